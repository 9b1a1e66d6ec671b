package org.igrexplorer.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;
import org.igrexplorer.core.io.AtomicFileWriter;
import org.igrexplorer.ui.plot.PlotRenderer;

/**
 * Raster exports that need the JavaFX toolkit: a node (the 3D view, the whole window) rendered again
 * at a larger scale (not an upscaled screenshot), and copies to the clipboard. FX thread only.
 */
public final class NodeImages {

    private NodeImages() {
    }

    /**
     * @param node  what to render (its scene graph is rendered again, offscreen; a {@link SnapshotReady}
     *              node leaves out its controls and renders at full quality)
     * @param scale pixels per logical unit, e.g. 2 for twice the on-screen resolution
     * @return the image, round(width·scale) × round(height·scale)
     */
    public static WritableImage snapshot(Node node, double scale) {
        if (!(scale >= FigureExport.MIN_SCALE && scale <= FigureExport.MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be between " + FigureExport.MIN_SCALE + " and "
                    + FigureExport.MAX_SCALE + ", got " + scale);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        Runnable restore = node instanceof SnapshotReady ready ? ready.readyForSnapshot() : () -> { };
        try {
            return node.snapshot(params, null);
        } finally {
            restore.run();
        }
    }

    /** Writes {@link #snapshot} as a PNG (atomically, with its DPI recorded). */
    public static void writePng(Node node, double scale, Path out) throws IOException {
        BufferedImage img = SwingFXUtils.fromFXImage(snapshot(node, scale), null);
        AtomicFileWriter.write(out, FigureExport.pngBytes(img, scale * FigureExport.BASE_DPI));
    }

    /** Copies {@link #snapshot} to the system clipboard. */
    public static void copy(Node node, double scale) {
        put(snapshot(node, scale));
    }

    /** Copies a figure, drawn by the same code as the screen, to the system clipboard as an image. */
    public static void copy(PlotRenderer renderer, FigureExport.Options options) {
        put(SwingFXUtils.toFXImage(FigureExport.image(renderer, options), null));
    }

    private static void put(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
