package org.igrexplorer.ui.teaching;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.jfree.fx.FXGraphics2D;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets the formula panel's lines with JLaTeXMath through {@link Graphics2D}, one line under the
 * other, shrunk if needed to fit the width and the height. Immutable once built; paint on one thread at a time.
 */
public final class FormulaRenderer implements PlotRenderer {

    /** Default point size of the formulas. */
    public static final float DEFAULT_SIZE = 18f;

    private final List<TeXFormula> formulas;
    private final float size;
    private final Color foreground;
    private final Color background;

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
        this.foreground = foreground;
        this.background = background;
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
            // vector exports: glyphs of the embedded TeX fonts become outlines (a viewer has no cmr10)
            if (g instanceof SVGGraphics2D) {
                g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            } else if (g instanceof PDFGraphics2D) {
                g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            }
            paintDirect(g, width, height);
        }
    }

    private void paintDirect(Graphics2D g, double width, double height) {
        if (background != null) {
            g.setColor(background);
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        }
        List<TeXIcon> natural = icons(size);
        double naturalWidth = 0;
        double naturalHeight = 0;
        for (TeXIcon i : natural) {
            naturalWidth = Math.max(naturalWidth, i.getIconWidth());
            naturalHeight += i.getIconHeight();
        }
        double fit = Math.min(1.0, Math.min(naturalWidth > 0 ? width / naturalWidth : 1.0,
                naturalHeight > 0 ? height / naturalHeight : 1.0));
        List<TeXIcon> icons = fit < 1.0 ? icons(Math.max(6f, (float) (size * fit))) : natural;
        int y = 0;
        for (TeXIcon icon : icons) {
            icon.paintIcon(null, g, 0, y); // the foreground is set on the icon: no Swing component needed
            y += icon.getIconHeight();
        }
    }
}
