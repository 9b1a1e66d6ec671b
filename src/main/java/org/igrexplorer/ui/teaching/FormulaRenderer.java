package org.igrexplorer.ui.teaching;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets the formula panel's lines with JLaTeXMath through {@link Graphics2D}, one line under the
 * other, shrunk if needed to fit the width. Immutable once built; paint on one thread at a time.
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
     * Paints the formulas from the top-left corner (so it exports like every other panel).
     *
     * @param g      target. Modified (colour).
     * @param width  available width
     * @param height available height
     */
    @Override
    public void paint(Graphics2D g, double width, double height) {
        if (background != null) {
            g.setColor(background);
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        }
        double natural = naturalWidth();
        float s = natural > width && natural > 0 ? (float) (size * width / natural) : size;
        List<TeXIcon> icons = icons(Math.max(6f, s));
        int y = 0;
        for (TeXIcon icon : icons) {
            icon.paintIcon(null, g, 0, y); // the foreground is set on the icon: no Swing component needed
            y += icon.getIconHeight();
        }
    }
}
