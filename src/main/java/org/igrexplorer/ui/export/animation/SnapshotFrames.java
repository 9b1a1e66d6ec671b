package org.igrexplorer.ui.export.animation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import org.igrexplorer.core.session.Camera;
import org.igrexplorer.ui.explorer.SurfaceView;
import org.igrexplorer.ui.export.CaptionedRenderer;
import org.igrexplorer.ui.export.NodeImages;
import org.igrexplorer.ui.export.SnapshotReady;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.teaching.PlaybackViewModel;

/**
 * Frames that are snapshots of a live node (the 3D view, the whole window): on the JavaFX thread, a
 * few frames per visit ({@link #batchSize()}), each after moving the playback to its step and, for
 * the 3D view, turning the camera; the window keeps answering between visits. The conversion to AWT
 * images and the caption happen on the export thread. {@link #close()} puts the playback step and the
 * camera back as they were.
 */
public final class SnapshotFrames implements FrameSource {

    /** Frames per visit to the FX thread: small, so that input and repaints interleave. */
    public static final int BATCH = 2;
    /** Longest wait for one visit to the FX thread, seconds. */
    private static final long FX_TIMEOUT_S = 120;

    private final Node node;
    private final PlaybackViewModel playback;
    private final SurfaceView orbitView;
    private final double orbitDegrees;
    private final double scale;
    private final int width;
    private final int height;
    private final IntFunction<String> caption;
    private final int lastStep;
    private int savedStep = -1;
    /** Puts the view's controls back after the animation (set with the first batch). */
    private Runnable putBack = () -> { };
    private Camera savedCamera;

    /**
     * @param node         what to snapshot
     * @param playback     the playback whose step the node shows
     * @param orbitView    the 3D view whose camera turns, or {@code null}
     * @param orbitDegrees how far it turns over the animation
     * @param scale        snapshot pixels per logical unit of the node
     * @param width        frame width, pixels
     * @param height       frame height, pixels (the caption band included)
     * @param caption      the caption of a step, or {@code null}
     */
    public SnapshotFrames(Node node, PlaybackViewModel playback, SurfaceView orbitView, double orbitDegrees,
                          double scale, int width, int height, IntFunction<String> caption) {
        this.node = node;
        this.playback = playback;
        this.orbitView = orbitView;
        this.orbitDegrees = orbitDegrees;
        this.scale = scale;
        this.width = width;
        this.height = height;
        this.caption = caption;
        this.lastStep = playback.lastStepProperty().get();
    }

    /**
     * @return the frame size for a node of {@code w} × {@code h} logical units at {@code scale}, even
     *         when {@code even} (MP4), the caption band added below when {@code caption}
     */
    public static int[] frameSize(double w, double h, double scale, boolean caption, boolean even) {
        int pw = (int) Math.floor(w * scale);
        int ph = (int) Math.floor(h * scale) + (caption ? (int) Math.ceil(captionBand() * scale) : 0);
        return even ? new int[] {pw & ~1, ph & ~1} : new int[] {pw, ph};
    }

    private static double captionBand() {
        return Math.ceil(CaptionedRenderer.FONT_SIZE * 2.0);
    }

    @Override
    public int lastStep() {
        return lastStep;
    }

    @Override
    public int batchSize() {
        return BATCH;
    }

    @Override
    public List<BufferedImage> render(List<Request> batch) throws Exception {
        CompletableFuture<List<WritableImage>> shots = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                if (savedStep < 0) {
                    savedStep = playback.stepProperty().get();
                    savedCamera = orbitView == null ? null : orbitView.cameraState();
                    // once for the whole animation: the view hides its buttons and hints and stays at full
                    // quality (NodeImages asks again per frame; a view already ready has nothing to undo)
                    putBack = node instanceof SnapshotReady ready ? ready.readyForSnapshot() : () -> { };
                }
                List<WritableImage> out = new ArrayList<>();
                for (Request q : batch) {
                    playback.seek(q.step());
                    if (orbitView != null && savedCamera != null) {
                        double yaw = Math.IEEEremainder(savedCamera.yaw() + orbitDegrees * q.progress(), 360);
                        orbitView.setCameraState(new Camera(yaw, savedCamera.pitch(), savedCamera.distance(),
                                savedCamera.panX(), savedCamera.panY()));
                    }
                    node.applyCss();
                    if (node instanceof Parent p) {
                        p.layout();
                    }
                    out.add(NodeImages.snapshot(node, scale));
                }
                shots.complete(out);
            } catch (Throwable t) {
                shots.completeExceptionally(t);
            }
        });
        List<BufferedImage> frames = new ArrayList<>();
        int k = 0;
        for (WritableImage shot : shots.get(FX_TIMEOUT_S, TimeUnit.SECONDS)) {
            frames.add(frame(SwingFXUtils.fromFXImage(shot, null), batch.get(k++).step()));
        }
        return frames;
    }

    /** Places a snapshot on a white frame of the exact size, the caption (if any) in a band below. */
    private BufferedImage frame(BufferedImage shot, int step) {
        String text = caption == null ? null : caption.apply(step);
        double lw = width / scale;
        double lh = height / scale;
        PlotRenderer picture = (g, w, h) -> {
            Graphics2D c = (Graphics2D) g.create();
            c.scale(1 / scale, 1 / scale);
            c.drawImage(shot, 0, 0, null);
            c.dispose();
        };
        return PngExport.render(text == null ? picture : new CaptionedRenderer(picture, text, Color.WHITE), lw, lh,
                scale, Color.WHITE);
    }

    @Override
    public void close() {
        if (savedStep < 0) {
            return;
        }
        int step = savedStep;
        Camera cam = savedCamera;
        Runnable view = putBack;
        Runnable restore = () -> {
            view.run();
            playback.seek(step);
            if (orbitView != null && cam != null) {
                orbitView.setCameraState(cam);
            }
        };
        if (Platform.isFxApplicationThread()) {
            restore.run();
        } else {
            Platform.runLater(restore);
        }
    }
}
