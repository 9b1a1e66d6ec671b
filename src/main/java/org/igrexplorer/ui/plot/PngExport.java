package org.igrexplorer.ui.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.igrexplorer.core.io.AtomicFileWriter;

/** Renders a {@link PlotRenderer} into an image or a PNG file, without any JavaFX toolkit. */
public final class PngExport {

    private PngExport() {
    }

    /**
     * @param renderer   what to draw
     * @param width      logical width
     * @param height     logical height
     * @param scale      pixels per logical unit (2 for a sharp slide), &gt; 0
     * @param background fill before painting, or {@code null} for transparent
     * @return an ARGB image of round(width·scale) × round(height·scale) pixels
     */
    public static BufferedImage render(PlotRenderer renderer, double width, double height, double scale,
                                       Color background) {
        if (!(scale > 0) || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("width, height and scale must be > 0");
        }
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, w, h);
            }
            g.scale(scale, scale);
            renderer.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Writes {@link #render} with a white background as a PNG file, atomically.
     *
     * @throws IOException if the file cannot be written
     */
    public static void write(PlotRenderer renderer, double width, double height, double scale, Path out)
            throws IOException {
        BufferedImage img = render(renderer, width, height, scale, Color.WHITE);
        writePng(img, out);
    }

    /** Writes an image as PNG through {@link AtomicFileWriter} (the folder must exist). */
    public static void writePng(BufferedImage img, Path out) throws IOException {
        AtomicFileWriter.write(out, os -> {
            if (!ImageIO.write(img, "png", os)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
