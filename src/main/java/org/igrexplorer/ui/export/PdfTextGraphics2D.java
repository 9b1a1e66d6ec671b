package org.igrexplorer.ui.export;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;

/**
 * What a PDF page receives as text: a string in one of the plots' fonts whose characters the embedded
 * DejaVu face has goes to OpenPDF's Graphics2D as real text (selectable, searchable; OpenPDF spaces
 * it to the width the plot measured, so it sits where the PNG shows it). A string in any other font
 * (JLaTeXMath's TeX fonts) or with a character DejaVu lacks is drawn as glyph outlines of the font the
 * plot chose, so it looks right in every viewer.
 */
final class PdfTextGraphics2D extends DelegatingGraphics2D {

    private final PdfFonts fonts;

    PdfTextGraphics2D(Graphics2D pdf, PdfFonts fonts) {
        super(pdf);
        this.fonts = fonts;
    }

    @Override
    public Graphics create() {
        return new PdfTextGraphics2D((Graphics2D) g.create(), fonts);
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (fonts.textFont(g.getFont(), str).isPresent()) {
            g.drawString(str, x, y);
        } else {
            GlyphVector gv = g.getFont().createGlyphVector(g.getFontRenderContext(), str);
            g.fill(gv.getOutline(x, y));
        }
    }
}
