package org.igrexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.ui.teaching.FormulaRenderer;
import org.junit.jupiter.api.Test;

/**
 * The PDF export's text (issue 18 #6): set in the shipped DejaVu faces, embedded as subsets, extracted
 * with every symbol, and placed where the PNG of the same renderer places it.
 */
class PdfFontsTest {

    /** Strings the plots draw with characters outside ASCII (the colour key, the EGR legend, a title). */
    private static final String KEY = "log₁₀ E";
    private static final String LEGEND = "EGR (µ = 1.00)";
    private static final String TITLE = "R_IG/E = x²‖θ‖² (λ, θ) \\ (unbalanced";
    /** Font size of the text-placement figure, points (= PNG pixels at scale 1). */
    private static final float SIZE = 24f;
    /** A glyph's origin in the PDF may differ from the PNG layout by this much (points). */
    private static final double POSITION_TOL = 0.5;
    /** The ink of the same string in the PDF (rendered at 72 DPI) and the PNG differs by at most this (pixels). */
    private static final int INK_TOL = 2;
    /** Whole faces are 340–760 KB; a plane with subsets stays far below this. */
    private static final int SUBSET_BYTES = 150_000;

    private static XYChart chart() {
        XYChart c = new XYChart().title(TITLE);
        c.xAxis().label(KEY);
        c.yAxis().label("b");
        c.addSeries(Series.line(LEGEND, new double[] {0, 1, 2}, new double[] {1, 0.5, 0.2}, Color.BLUE));
        return c;
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage p : doc.getPages()) {
            PDResources res = p.getResources();
            for (COSName n : res.getFontNames()) {
                out.add(res.getFont(n));
            }
        }
        return out;
    }

    @Test
    void everyFontIsAnEmbeddedDejaVuSubsetAndTheSymbolsAreText() throws Exception {
        byte[] pdf = FigureExport.pdf(chart(), FigureExport.Options.of(640, 480), "fonts");
        assertTrue(pdf.length < SUBSET_BYTES, "subsets, not whole faces: " + pdf.length + " bytes");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fonts(doc);
            assertFalse(fonts.isEmpty(), "the text is PDF text");
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName() + " is embedded");
                assertTrue(f instanceof PDType0Font, f.getName() + " is a Unicode (Type 0) font");
                PDFontDescriptor d = ((PDType0Font) f).getDescendantFont().getFontDescriptor();
                assertNotNull(d.getFontFile2(), f.getName() + " carries its TrueType program (FontFile2)");
                assertTrue(f.getName().matches("[A-Z]{6}\\+DejaVuSans.*"), "a DejaVu subset: " + f.getName());
            }
            String text = new PDFTextStripper().getText(doc);
            for (String s : List.of(KEY, LEGEND, TITLE)) {
                assertTrue(text.contains(s), "'" + s + "' extracted whole from:\n" + text);
            }
        }
    }

    /** One string at a known place: where the PNG draws each glyph, the PDF draws it too. */
    private static final PlotRenderer LINE = (g, w, h) -> {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(SIZE));
        g.drawString(KEY + "  " + LEGEND, 20f, 60f);
    };

    @Test
    void eachGlyphSitsWhereThePngLayoutPutsIt() throws Exception {
        String s = KEY + "  " + LEGEND;
        Font f = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(SIZE);
        GlyphVector gv = f.createGlyphVector(new FontRenderContext(null, true, true), s);
        byte[] pdf = FigureExport.pdf(LINE, FigureExport.Options.of(400, 100), null);
        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    positions.add(t);
                }
            };
            stripper.getText(doc);
        }
        List<TextPosition> visible = positions.stream().filter(t -> !t.getUnicode().isBlank()).toList();
        String nonBlank = s.replace(" ", "");
        assertEquals(nonBlank.length(), visible.size(), "one text glyph per character: " + visible);
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                continue;
            }
            TextPosition t = visible.get(k++);
            assertEquals(String.valueOf(s.charAt(i)), t.getUnicode());
            assertEquals(20 + gv.getGlyphPosition(i).getX(), t.getXDirAdj(), POSITION_TOL, "x of '" + s.charAt(i) + "'");
            assertEquals(60, t.getYDirAdj(), POSITION_TOL, "baseline of '" + s.charAt(i) + "'");
        }
    }

    @Test
    void thePdfLooksLikeThePng() throws Exception {
        FigureExport.Options o = FigureExport.Options.of(400, 100);
        Rectangle png = ink(FigureExport.image(LINE, o));
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(FigureExport.pdf(LINE, o, null))) {
            page = new PDFRenderer(doc).renderImage(0, 1f); // 72 DPI: one pixel per point
        }
        Rectangle pdf = ink(page);
        assertTrue(Math.abs(png.x - pdf.x) <= INK_TOL && Math.abs(png.y - pdf.y) <= INK_TOL
                && Math.abs(png.width - pdf.width) <= INK_TOL && Math.abs(png.height - pdf.height) <= INK_TOL,
                "ink of the PNG " + png + " vs the PDF " + pdf);
    }

    @Test
    void formulasInTexFontsBecomeOutlinesNotMissingText() throws Exception {
        FormulaRenderer r = new FormulaRenderer(List.of("\\tilde E = E + \\frac{h}{4}\\|\\nabla E\\|^2"),
                FormulaRenderer.DEFAULT_SIZE, Color.BLACK, Color.WHITE);
        FigureExport.Options o = FigureExport.Options.of(400, 80);
        try (PDDocument doc = Loader.loadPDF(FigureExport.pdf(r, o, null))) {
            assertTrue(fonts(doc).isEmpty(), "no TeX font is referenced (a viewer has none)");
            Rectangle pdf = ink(new PDFRenderer(doc).renderImage(0, 1f));
            Rectangle png = ink(FigureExport.image(r, o));
            assertTrue(Math.abs(png.width - pdf.width) <= INK_TOL && Math.abs(png.height - pdf.height) <= INK_TOL,
                    "the formula is drawn: PNG " + png + " vs PDF " + pdf);
        }
    }

    @Test
    void onlyThePlotsFontsAreMappedAndAMissingGlyphFallsBackToOutlines() {
        PdfFonts fonts = new PdfFonts();
        Font sans = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        assertEquals(Optional.of(PdfFonts.Face.SANS), PdfFonts.faceOf(sans));
        assertEquals(Optional.of(PdfFonts.Face.SANS_BOLD), PdfFonts.faceOf(sans.deriveFont(Font.BOLD)));
        assertEquals(Optional.of(PdfFonts.Face.MONO), PdfFonts.faceOf(new Font(Font.MONOSPACED, Font.PLAIN, 12)));
        assertEquals(Optional.empty(), PdfFonts.faceOf(new Font(Font.SERIF, Font.PLAIN, 12)));
        assertTrue(fonts.textFont(sans, KEY + LEGEND + TITLE).isPresent());
        assertTrue(fonts.textFont(sans, "漢").isEmpty(), "DejaVu Sans has no CJK: drawn as outlines");
    }

    /** @return the bounding box of the dark pixels */
    private static Rectangle ink(BufferedImage img) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                if (lum < 3 * 128) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        assertTrue(x1 >= 0, "something is drawn");
        return new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }
}
