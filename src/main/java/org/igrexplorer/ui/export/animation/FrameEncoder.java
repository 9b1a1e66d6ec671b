package org.igrexplorer.ui.export.animation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Encodes the frames of an animation, in order, into one file's bytes. {@link #finish()} completes
 * the file; {@link #close()} releases what the encoder holds (and after a failure or a cancel it
 * simply abandons the file).
 */
public interface FrameEncoder extends AutoCloseable {

    /** Adds the next frame, exactly the size the encoder was opened with. */
    void add(BufferedImage frame) throws IOException;

    /** Writes the end of the file; no frame may follow. */
    void finish() throws IOException;

    @Override
    void close();

    /**
     * @param format   GIF or MP4
     * @param out      where the file's bytes go (not closed)
     * @param width    frame width, pixels
     * @param height   frame height, pixels
     * @param fps      frames per second
     * @param samples  frames that together show every colour of the animation (the GIF palette is
     *                 made from them), e.g. the first and the last
     * @return an encoder ready for the first frame
     */
    static FrameEncoder open(AnimationFormat format, OutputStream out, int width, int height,
                             double fps, List<BufferedImage> samples) throws IOException {
        return switch (format) {
            case GIF -> new GifEncoder(out, width, height, fps, GifPalette.of(samples));
            case MP4 -> new Mp4Encoder(out, width, height, fps);
        };
    }
}
