package org.igrexplorer.ui.export;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.igrexplorer.core.io.AtomicFileWriter;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.plot.PngExport;
import org.jfree.svg.SVGGraphics2D;

/**
 * Exports any {@link PlotRenderer} (the same drawing code as the screen) as PNG, SVG or PDF.
 * SVG and PDF are vector output (JFreeSVG's and OpenPDF's Graphics2D): lines stay lines and text
 * stays text. Files are written atomically. Safe on any thread (no JavaFX here).
 *
 * <p>Sizes are logical units: CSS pixels for PNG and SVG (1/96 inch), points for the PDF page.
 */
public final class FigureExport {

    /** Logical units per inch: a PNG at scale 1 is {@value} DPI. */
    public static final double BASE_DPI = 96.0;
    /** Smallest and largest PNG scale accepted. */
    public static final double MIN_SCALE = 0.25;
    public static final double MAX_SCALE = 8.0;
    /** Largest PNG accepted, in pixels. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Largest logical size accepted for one side. */
    public static final double MAX_SIDE = 20_000;

    private FigureExport() {
    }

    /**
     * What to export.
     *
     * @param width   logical width of the whole figure (caption included), &gt; 0
     * @param height  logical height of the whole figure, &gt; 0
     * @param scale   PNG pixels per logical unit (1–4 in the menus); ignored for SVG and PDF
     * @param caption a caption line under the figure, or {@code null} for none
     */
    public record Options(double width, double height, double scale, String caption) {
        public Options {
            if (!(width > 0 && width <= MAX_SIDE) || !(height > 0 && height <= MAX_SIDE)) {
                throw new IllegalArgumentException("figure size must be in (0, " + MAX_SIDE + "], got " + width
                        + " × " + height);
            }
            if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
                throw new IllegalArgumentException("scale must be between " + MIN_SCALE + " and " + MAX_SCALE
                        + ", got " + scale);
            }
            if ((double) Math.round(width * scale) * Math.round(height * scale) > MAX_PIXELS) {
                throw new IllegalArgumentException("the image would exceed " + MAX_PIXELS + " pixels");
            }
        }

        /** @return options at scale 1 without caption */
        public static Options of(double width, double height) {
            return new Options(width, height, 1, null);
        }

        /** @return a copy with the PNG scale that gives {@code dpi} dots per inch */
        public Options withDpi(double dpi) {
            return new Options(width, height, dpi / BASE_DPI, caption);
        }

        public Options withScale(double s) {
            return new Options(width, height, s, caption);
        }

        public Options withCaption(String c) {
            return new Options(width, height, scale, c);
        }

        /** @return the DPI a PNG at this scale has */
        public double dpi() {
            return scale * BASE_DPI;
        }

        /** @return PNG width in pixels */
        public int pixelWidth() {
            return Math.max(1, (int) Math.round(width * scale));
        }

        /** @return PNG height in pixels */
        public int pixelHeight() {
            return Math.max(1, (int) Math.round(height * scale));
        }
    }

    /** @return the renderer with the caption of {@code o} added, if it has one */
    public static PlotRenderer withCaption(PlotRenderer r, Options o) {
        return o.caption() == null || o.caption().isBlank() ? r : new CaptionedRenderer(r, o.caption(), Color.WHITE);
    }

    /** @return the figure as an ARGB image on white, {@link Options#pixelWidth()} × {@link Options#pixelHeight()} */
    public static BufferedImage image(PlotRenderer r, Options o) {
        BufferedImage img = PngExport.render(withCaption(r, o), o.width(), o.height(), o.scale(), Color.WHITE);
        if (img.getWidth() != o.pixelWidth() || img.getHeight() != o.pixelHeight()) {
            throw new IllegalStateException("rendered " + img.getWidth() + "×" + img.getHeight() + ", expected "
                    + o.pixelWidth() + "×" + o.pixelHeight());
        }
        return img;
    }

    /** @return PNG bytes of {@link #image}, with its DPI recorded (pHYs chunk) */
    public static byte[] png(PlotRenderer r, Options o) throws IOException {
        return pngBytes(image(r, o), o.dpi());
    }

    /** @return a standalone SVG document (UTF-8) of the figure */
    public static byte[] svg(PlotRenderer r, Options o) {
        SVGGraphics2D g = new SVGGraphics2D(o.width(), o.height());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        withCaption(r, o).paint(g, o.width(), o.height());
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @return a one-page PDF the size of the figure (in points); its text is set in DejaVu Sans (and
     *         Mono), embedded as subsets, see {@link PdfFonts}
     */
    public static byte[] pdf(PlotRenderer r, Options o, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        float w = (float) o.width();
        float h = (float) o.height();
        Document doc = new Document(new Rectangle(w, h), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(title == null ? "IGR Explorer figure" : title);
        doc.addAuthor("IGR Explorer");
        doc.addCreator("IGR Explorer");
        doc.open();
        PdfFonts fonts = new PdfFonts();
        Graphics2D pdf = new PdfGraphics2D(writer.getDirectContent(), w, h, fonts, false, false, 0);
        try {
            pdf.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            withCaption(r, o).paint(new PdfTextGraphics2D(pdf, fonts), o.width(), o.height());
        } finally {
            pdf.dispose();
        }
        doc.close();
        return out.toByteArray();
    }

    /** @return the file content for {@code format} */
    public static byte[] bytes(ImageFormat format, PlotRenderer r, Options o, String title) throws IOException {
        return switch (format) {
            case PNG -> png(r, o);
            case SVG -> svg(r, o);
            case PDF -> pdf(r, o, title);
        };
    }

    /**
     * Writes the figure atomically (an interrupted export leaves any previous file intact).
     *
     * @throws IOException if the file cannot be written
     */
    public static void write(Path out, ImageFormat format, PlotRenderer r, Options o, String title)
            throws IOException {
        byte[] data = bytes(format, r, o, title);
        AtomicFileWriter.write(out, data);
    }

    /**
     * Encodes an image as PNG and records its resolution.
     *
     * @param img the image. Not modified.
     * @param dpi dots per inch to record (&gt; 0)
     */
    public static byte[] pngBytes(BufferedImage img, double dpi) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            setDpi(meta, dpi);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(img, null, meta), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static void setDpi(IIOMetadata meta, double dpi) throws IIOInvalidTreeException {
        long perMetre = Math.round(dpi / 0.0254);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", Long.toString(perMetre));
        phys.setAttribute("pixelsPerUnitYAxis", Long.toString(perMetre));
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }

    /** Paints {@code r} into {@code g} at logical size: a hook for other Graphics2D targets. */
    public static void paint(Graphics2D g, PlotRenderer r, Options o) {
        withCaption(r, o).paint(g, o.width(), o.height());
    }
}
