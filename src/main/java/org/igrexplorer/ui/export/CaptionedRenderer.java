package org.igrexplorer.ui.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.igrexplorer.ui.plot.PlotRenderer;

/**
 * A figure with a caption line under it: the figure is painted in the top part and the caption in a
 * band of {@link #bandHeight()} at the bottom, so the whole still fills the requested size.
 */
public final class CaptionedRenderer implements PlotRenderer {

    /** Caption font size in logical units (points in PDF). */
    public static final float FONT_SIZE = 12f;

    private final PlotRenderer figure;
    private final String caption;
    private final Color background;

    /**
     * @param figure     what to draw above the caption
     * @param caption    one line of text
     * @param background fill of the caption band, e.g. white
     */
    public CaptionedRenderer(PlotRenderer figure, String caption, Color background) {
        this.figure = Objects.requireNonNull(figure);
        this.caption = Objects.requireNonNull(caption);
        this.background = Objects.requireNonNull(background);
    }

    /** @return the height of the caption band */
    public double bandHeight() {
        return Math.ceil(FONT_SIZE * 2.0);
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        double band = bandHeight();
        double top = Math.max(1, height - band);
        Graphics2D fg = (Graphics2D) g.create();
        try {
            fg.clip(new Rectangle2D.Double(0, 0, width, top));
            figure.paint(fg, width, top);
        } finally {
            fg.dispose();
        }
        Graphics2D cg = (Graphics2D) g.create();
        try {
            cg.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            cg.setColor(background);
            cg.fill(new Rectangle2D.Double(0, top, width, height - top));
            cg.setColor(new Color(0x22, 0x22, 0x22));
            cg.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(FONT_SIZE));
            float baseline = (float) (top + (height - top) / 2 + FONT_SIZE * 0.35);
            cg.drawString(caption, 8f, baseline);
        } finally {
            cg.dispose();
        }
    }
}
