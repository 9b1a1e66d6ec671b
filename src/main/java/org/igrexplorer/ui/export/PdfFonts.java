package org.igrexplorer.ui.export;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fonts a PDF export embeds: DejaVu Sans, DejaVu Sans Bold and DejaVu Sans Mono, shipped in the
 * jar (with their licence, {@code fonts/LICENSE.txt} beside them) and written into each PDF as subsets
 * with a Unicode map, so every viewer draws µ, λ, θ, ², ‖ and the subscript digits as the PNG shows them
 * and text extraction gives the same characters. One instance per document (OpenPDF records the glyphs
 * used in the BaseFont it wrote); the font files are read once per process.
 *
 * <p>The plots draw with the logical fonts SansSerif (or Dialog) and Monospaced: those map onto the
 * DejaVu faces. Any other font (JLaTeXMath's TeX fonts in the formula panel) has no embedded
 * counterpart here: {@link #textFont} returns empty and {@link PdfTextGraphics2D} draws its glyphs as
 * outlines.
 */
final class PdfFonts implements FontMapper {

    /** The shipped faces. */
    enum Face {
        SANS("DejaVuSans.ttf"), SANS_BOLD("DejaVuSans-Bold.ttf"), MONO("DejaVuSansMono.ttf");

        final String file;
        private volatile byte[] bytes;

        Face(String file) {
            this.file = file;
        }

        byte[] bytes() {
            byte[] b = bytes;
            if (b == null) {
                try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("the font " + file + " is missing from the application");
                    }
                    b = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the font " + file, e);
                }
                bytes = b;
            }
            return b;
        }
    }

    private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);

    /**
     * @return the shipped face that draws {@code f} as PDF text, or empty for a font that is not one of
     *         the plots' logical fonts (its glyphs go into the PDF as outlines)
     */
    static Optional<Face> faceOf(Font f) {
        String family = f.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT);
        boolean mono = family.equals(Font.MONOSPACED.toLowerCase(Locale.ROOT)) || family.equals("dialoginput")
                || family.equals("dejavu sans mono");
        boolean sans = family.equals(Font.SANS_SERIF.toLowerCase(Locale.ROOT))
                || family.equals(Font.DIALOG.toLowerCase(Locale.ROOT)) || family.equals("dejavu sans");
        if (mono) {
            return Optional.of(Face.MONO);
        }
        if (sans) {
            return Optional.of(f.isBold() ? Face.SANS_BOLD : Face.SANS);
        }
        return Optional.empty();
    }

    /**
     * @return the embedded font that draws {@code text} in {@code f}, or empty when {@code f} has no
     *         shipped face or the face lacks one of the characters
     */
    Optional<BaseFont> textFont(Font f, String text) {
        Optional<BaseFont> bf = faceOf(f).map(this::baseFont);
        if (bf.isPresent() && text.codePoints().allMatch(c -> Character.isWhitespace(c) || bf.get().charExists(c))) {
            return bf;
        }
        return Optional.empty();
    }

    /** Maps every font OpenPDF asks about: the plots' fonts to their face, any other to DejaVu Sans. */
    @Override
    public BaseFont awtToPdf(Font font) {
        return baseFont(faceOf(font).orElse(Face.SANS));
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        String name = font.getPostscriptFontName().toLowerCase(Locale.ROOT);
        String family = name.contains("mono") ? Font.MONOSPACED : Font.SANS_SERIF;
        return new Font(family, name.contains("bold") ? Font.BOLD : Font.PLAIN, size);
    }

    private BaseFont baseFont(Face face) {
        return fonts.computeIfAbsent(face, k -> {
            try {
                // Identity-H: any Unicode character; embedded as a subset with a ToUnicode map
                return BaseFont.createFont(k.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, k.bytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the font " + k.file, e);
            }
        });
    }
}
