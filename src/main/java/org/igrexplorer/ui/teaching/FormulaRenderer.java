package org.igrexplorer.ui.teaching;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.ui.plot.ChartColors;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.jfree.fx.FXGraphics2D;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets the formula panel's lines with JLaTeXMath through {@link Graphics2D}, one line under the
 * other in one or, when the card is wide, two columns, scaled to fit the width and the height (shrunk if
 * needed, grown up to {@link #MAX_GROW}× to fill a large card). Immutable once built; paint on one thread at a time.
 */
public final class FormulaRenderer implements PlotRenderer {

    /** Default point size of the formulas. */
    public static final float DEFAULT_SIZE = 18f;

    private final List<TeXFormula> formulas;
    private final float size;
    private final Color lightForeground;
    private final Color lightBackground;
    private Color foreground;
    private Color background;

    /**
     * @param latexLines lines from {@link FormulaText#lines}
     * @param size       point size
     * @param foreground text colour
     * @param background fill colour, or null for none
     * @throws org.scilab.forge.jlatexmath.ParseException if a line is not valid LaTeX
     */
    public FormulaRenderer(List<String> latexLines, float size, Color foreground, Color background) {
        List<TeXFormula> list = new ArrayList<>();
        for (String s : latexLines) {
            list.add(new TeXFormula(s));
        }
        this.formulas = List.copyOf(list);
        this.size = size;
        this.lightForeground = foreground;
        this.lightBackground = background;
        this.foreground = foreground;
        this.background = background;
    }

    /** Under a dark scheme the formulas are drawn in its ink on its card; otherwise in the colours given. */
    @Override
    public void colors(ChartColors c) {
        foreground = c.dark() ? c.ink() : lightForeground;
        background = c.dark() && lightBackground != null ? c.background() : lightBackground;
    }

    /** @return the number of typeset lines */
    public int lineCount() {
        return formulas.size();
    }

    private List<TeXIcon> icons(float pointSize) {
        List<TeXIcon> out = new ArrayList<>();
        for (TeXFormula f : formulas) {
            TeXIcon icon = f.createTeXIcon(TeXConstants.STYLE_DISPLAY, pointSize);
            icon.setInsets(new Insets(4, 8, 4, 8));
            icon.setForeground(foreground);
            out.add(icon);
        }
        return out;
    }

    /** @return the natural width of the widest line at the configured size, in logical units */
    public double naturalWidth() {
        double w = 0;
        for (TeXIcon i : icons(size)) {
            w = Math.max(w, i.getIconWidth());
        }
        return w;
    }

    /**
     * Paints the formulas from the top-left corner (so it exports like every other panel). JLaTeXMath
     * draws with its own embedded TeX fonts, which a JavaFX canvas cannot use: on the screen
     * ({@link FXGraphics2D}) the formulas are typeset into an image at twice the resolution by Java2D and
     * that image is drawn; any other Graphics2D (PNG, SVG, PDF) receives the glyphs directly, as outlines
     * in SVG and PDF.
     *
     * @param g      target. Modified (colour).
     * @param width  available width
     * @param height available height
     */
    @Override
    public void paint(Graphics2D g, double width, double height) {
        if (g instanceof FXGraphics2D) {
            int oversample = 2;
            int w = (int) Math.max(1, Math.ceil(width * oversample));
            int h = (int) Math.max(1, Math.ceil(height * oversample));
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D ig = img.createGraphics();
            try {
                ig.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                ig.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                ig.scale(oversample, oversample);
                paintDirect(ig, width, height);
            } finally {
                ig.dispose();
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, (int) Math.round(width), (int) Math.round(height), null);
        } else {
            // vector exports: glyphs of the embedded TeX fonts become outlines (a viewer has no cmr10);
            // the PDF export does that itself for every font it does not embed
            if (g instanceof SVGGraphics2D) {
                g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            }
            paintDirect(g, width, height);
        }
    }

    /** Largest growth over the configured size when the card has room to spare. */
    static final double MAX_GROW = 1.75;
    /** Horizontal gap between two columns of formulas, logical pixels. */
    static final double COLUMN_GAP = 28;

    /**
     * How the lines sit in a box: one column, or two (the lines split where the column heights are
     * most even), at a size scaled by {@code scale} from the configured one.
     *
     * @param split index of the first line of the second column ({@code lineCount} for one column)
     */
    record Arrangement(int columns, int split, double scale) {
    }

    /**
     * Chooses the arrangement for a box: the one that lets the formulas be largest (up to
     * {@link #MAX_GROW}× the configured size); two columns win a near tie, so a wide card is filled
     * across instead of leaving its right half empty.
     *
     * @return the arrangement; never null
     */
    Arrangement arrange(double width, double height) {
        return arrange(icons(size), width, height);
    }

    private static Arrangement arrange(List<TeXIcon> natural, double width, double height) {
        int n = natural.size();
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = natural.get(i).getIconWidth();
            h[i] = natural.get(i).getIconHeight();
        }
        Arrangement one = new Arrangement(1, n, fit(maxOf(w, 0, n), sumOf(h, 0, n), width, height));
        if (n < 2) {
            return one;
        }
        int split = 1;
        double bestTall = Double.POSITIVE_INFINITY;
        for (int s = 1; s < n; s++) {
            double tall = Math.max(sumOf(h, 0, s), sumOf(h, s, n));
            if (tall < bestTall - 1e-9) {
                bestTall = tall;
                split = s;
            }
        }
        double twoWidth = maxOf(w, 0, split) + COLUMN_GAP + maxOf(w, split, n);
        Arrangement two = new Arrangement(2, split, fit(twoWidth, bestTall, width, height));
        return two.scale() >= 0.98 * one.scale() ? two : one;
    }

    private static double fit(double naturalWidth, double naturalHeight, double width, double height) {
        double f = MAX_GROW;
        if (naturalWidth > 0) {
            f = Math.min(f, width / naturalWidth);
        }
        if (naturalHeight > 0) {
            f = Math.min(f, height / naturalHeight);
        }
        // insets do not scale with the font: stay a little inside the box
        return f * 0.98;
    }

    private static double maxOf(double[] v, int from, int to) {
        double m = 0;
        for (int i = from; i < to; i++) {
            m = Math.max(m, v[i]);
        }
        return m;
    }

    private static double sumOf(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s;
    }

    private void paintDirect(Graphics2D g, double width, double height) {
        if (background != null) {
            g.setColor(background);
            g.fill(new Rectangle2D.Double(0, 0, width, height));
        }
        Arrangement arr = arrange(icons(size), width, height);
        List<TeXIcon> icons = icons(Math.max(6f, (float) (size * arr.scale())));
        // the block is centred vertically in a card taller than it
        double blockHeight = 0;
        double leftHeight = 0;
        for (int i = 0; i < icons.size(); i++) {
            if (i < arr.split()) {
                leftHeight += icons.get(i).getIconHeight();
            }
        }
        blockHeight = Math.max(leftHeight, sumHeights(icons) - leftHeight);
        int top = (int) Math.max(0, Math.floor((height - blockHeight) / 2));
        if (arr.columns() == 1) {
            int y = top;
            for (TeXIcon icon : icons) {
                icon.paintIcon(null, g, 0, y); // the foreground is set on the icon: no Swing component needed
                y += icon.getIconHeight();
            }
            return;
        }
        double leftWidth = 0;
        for (int i = 0; i < arr.split(); i++) {
            leftWidth = Math.max(leftWidth, icons.get(i).getIconWidth());
        }
        // the second column starts at the middle of the card when there is room, else right after the first
        double x2 = Math.max(leftWidth + COLUMN_GAP, width / 2);
        if (x2 > leftWidth + COLUMN_GAP) {
            double rightWidth = 0;
            for (int i = arr.split(); i < icons.size(); i++) {
                rightWidth = Math.max(rightWidth, icons.get(i).getIconWidth());
            }
            x2 = Math.max(leftWidth + COLUMN_GAP, Math.min(x2, width - rightWidth - 8));
        }
        int y = top;
        for (int i = 0; i < icons.size(); i++) {
            if (i == arr.split()) {
                y = top;
            }
            icons.get(i).paintIcon(null, g, i < arr.split() ? 0 : (int) Math.round(x2), y);
            y += icons.get(i).getIconHeight();
        }
        Color divider = new Color(foreground.getRed(), foreground.getGreen(), foreground.getBlue(), 60);
        g.setColor(divider);
        g.setStroke(new BasicStroke(1f));
        double dx = x2 - COLUMN_GAP / 2;
        g.draw(new Line2D.Double(dx, top + 6, dx, Math.min(height, top + blockHeight) - 6));
    }

    private static double sumHeights(List<TeXIcon> icons) {
        double s = 0;
        for (TeXIcon i : icons) {
            s += i.getIconHeight();
        }
        return s;
    }
}
