package org.igrexplorer.ui.export.animation;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Where the frames of an animation come from: the view at a playback step. Called from the export
 * thread only; a source that needs the JavaFX thread (snapshots) hops onto it per batch, so the
 * window keeps answering between batches.
 */
public interface FrameSource extends AutoCloseable {

    /**
     * One frame to render.
     *
     * @param index    frame number, from 0
     * @param step     the playback step it shows
     * @param progress how far through the animation it is, 0 at the first frame and 1 at the last (the
     *                 3D orbit turns with it)
     */
    record Request(int index, int step, double progress) {
    }

    /** @return the last playback step of the run */
    int lastStep();

    /**
     * @param batch frames to render, in order
     * @return one image per request, each exactly the animation's frame size, in order
     */
    List<BufferedImage> render(List<Request> batch) throws Exception;

    /** @return how many frames to ask for at a time */
    default int batchSize() {
        return 8;
    }

    /** Releases threads or restores the view the source changed. */
    @Override
    default void close() {
    }
}
