package org.igrexplorer.ui.plot;

import java.awt.Color;

/**
 * The colours a chart draws its frame with: the card, the plot area, the ink of axes, ticks and text, the
 * grid, and the legend's box. Data colours (the method palette) stay; a near-black data colour is drawn in
 * the ink ({@link #data}) so that it stays visible on a dark card. Exports use {@link #LIGHT}; the screen
 * uses {@link #DARK} under the dark theme ({@link PlotCanvas}).
 *
 * @param background  the card around the plot area
 * @param plot        the plot area
 * @param ink         axes, ticks, tick labels, titles and legend text
 * @param grid        grid lines
 * @param legendFill  the legend box
 * @param legendEdge  the legend box's border
 */
public record ChartColors(Color background, Color plot, Color ink, Color grid, Color legendFill, Color legendEdge) {

    /** Dark ink on white: the look of every exported figure. */
    public static final ChartColors LIGHT = new ChartColors(Color.WHITE, Color.WHITE, new Color(40, 40, 40),
            new Color(0, 0, 0, 28), new Color(255, 255, 255, 225), new Color(0, 0, 0, 90));

    /** Light ink on the dark theme's panel colours. */
    public static final ChartColors DARK = new ChartColors(new Color(0x2f, 0x31, 0x34), new Color(0x1f, 0x20, 0x23),
            new Color(0xe0, 0xe0, 0xe0), new Color(255, 255, 255, 36), new Color(0x2b, 0x2d, 0x30, 230),
            new Color(255, 255, 255, 110));

    /** A colour none of whose channels reaches this is near black (e.g. the palette's ink, #222222). */
    static final int NEAR_BLACK = 64;

    /** @return {@code c}, or the ink when {@code c} is near black (it would vanish on a dark card) */
    public Color data(Color c) {
        if (c == null || this == LIGHT) {
            return c;
        }
        boolean nearBlack = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue())) < NEAR_BLACK;
        return nearBlack ? new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), c.getAlpha()) : c;
    }

    /** @return whether this is a dark scheme (light ink) */
    public boolean dark() {
        return ink.getRed() + ink.getGreen() + ink.getBlue() > 3 * 128;
    }
}
