package org.igrexplorer.ui.export;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;

/**
 * Works around the standard PDF fonts, which OrsonPDF writes in ASCII only (other characters come
 * out as '?'): strings are split into ASCII runs, drawn as PDF text (selectable, searchable), and
 * the other characters (µ, λ, θ, ², ‖, subscripts), drawn as glyph outlines so they look right.
 * Parentheses and backslashes are drawn as outlines too: OrsonPDF 2.0.1 does not escape them in PDF
 * string literals, and an unbalanced one would corrupt the page.
 */
final class PdfTextGraphics2D extends DelegatingGraphics2D {

    PdfTextGraphics2D(Graphics2D g) {
        super(g);
    }

    @Override
    public Graphics create() {
        return new PdfTextGraphics2D((Graphics2D) g.create());
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (str.chars().allMatch(PdfTextGraphics2D::isPlain)) {
            g.drawString(str, x, y);
            return;
        }
        float at = x;
        int i = 0;
        while (i < str.length()) {
            boolean plain = isPlain(str.charAt(i));
            int j = i + 1;
            while (j < str.length() && isPlain(str.charAt(j)) == plain) {
                j++;
            }
            String run = str.substring(i, j);
            GlyphVector gv = g.getFont().createGlyphVector(g.getFontRenderContext(), run);
            if (plain) {
                g.drawString(run, at, y);
            } else {
                g.fill(gv.getOutline(at, y));
            }
            at += (float) gv.getLogicalBounds().getWidth();
            i = j;
        }
    }

    private static boolean isPlain(int c) {
        return c >= 0x20 && c < 0x7F && c != '(' && c != ')' && c != '\\';
    }
}
