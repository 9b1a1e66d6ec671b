package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.igrexplorer.ui.export.animation.GifFrames;
import org.igrexplorer.ui.export.animation.ImageDifference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --animate}: GIF and MP4 read back, and the frames against the stills of the same steps. */
class RenderAnimationTest {

    /** A run that goes to its last step (60: GD from (2.8, 3.5) with h = 0.05 has not converged by then). */
    private static final String[] RUN = {"--view", "plane", "--steps", "60", "--width", "640", "--height", "400"};
    /** 60 steps at 100 steps per second and 10 fps: 7 frames of playback, then 0.5 s (5 frames) of hold. */
    private static final int FRAMES = 12;
    /** GIF delay at 10 fps, hundredths of a second. */
    private static final int DELAY = 10;

    /** Palette quantisation of the smooth heatmap moves a channel by about one level on average (measured 0.85). */
    private static final double GIF_MEAN_TOLERANCE = 1.5;
    /** A pixel counts as different when a channel moves further than this... */
    private static final int GIF_PIXEL_THRESHOLD = 40;
    /** ...and at most this share of pixels may (measured: 1 pixel of 256 000; the curves grown over the run: 0.4 %). */
    private static final double GIF_SHARE_TOLERANCE = 0.0005;
    /**
     * H.264 at 0.2 bits per pixel is lossy: measured mean 3.0 levels, 0.25–0.26 % of pixels beyond 40 (the thin
     * coloured curves lose their chroma in 4:2:0; the flows drawn smooth from dense output, 0.258 %)...
     */
    private static final double MP4_MEAN_TOLERANCE = 4.0;
    /** ...against 0.55 % between the last frame and the first still. */
    private static final double MP4_SHARE_TOLERANCE = 0.0035;

    private static String[] args(String[] head, String... tail) {
        String[] all = new String[1 + head.length + tail.length];
        all[0] = "render";
        System.arraycopy(head, 0, all, 1, head.length);
        System.arraycopy(tail, 0, all, 1 + head.length, tail.length);
        return all;
    }

    private static BufferedImage still(Path dir, int step) throws Exception {
        Path png = dir.resolve("step" + step + ".png");
        CliRun r = CliRun.of(args(RUN, "--step", Integer.toString(step), "--out", png.toString()));
        assertEquals(0, r.code(), r.err());
        return ImageIO.read(png.toFile());
    }

    @Test
    void gifHasFramesDelayLoopAndEndsEqualToTheStills(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("run.gif");
        CliRun r = CliRun.of(args(RUN, "--animate", "--format", "gif", "--fps", "10", "--steps-per-second", "100",
                "--hold", "0.5", "--out", gif.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(FRAMES + " frames"), r.out());

        GifFrames g = GifFrames.read(gif);
        assertEquals(640, g.width());
        assertEquals(400, g.height());
        assertEquals(FRAMES, g.frames().size());
        assertEquals(java.util.Collections.nCopies(FRAMES, DELAY), g.delays());
        assertEquals(0, g.loopCount(), "loops forever");

        BufferedImage first = still(dir, 0);
        BufferedImage last = still(dir, 60);
        ImageDifference d0 = ImageDifference.of(g.frames().get(0), first, GIF_PIXEL_THRESHOLD);
        ImageDifference d1 = ImageDifference.of(g.frames().get(FRAMES - 1), last, GIF_PIXEL_THRESHOLD);
        assertTrue(d0.meanAbs() < GIF_MEAN_TOLERANCE && d0.shareOver() < GIF_SHARE_TOLERANCE, d0.toString());
        assertTrue(d1.meanAbs() < GIF_MEAN_TOLERANCE && d1.shareOver() < GIF_SHARE_TOLERANCE, d1.toString());
        // the two ends differ (the curves grew), so the comparison above can tell frames apart
        ImageDifference ends = ImageDifference.of(first, last, GIF_PIXEL_THRESHOLD);
        assertTrue(ends.shareOver() > 4 * GIF_SHARE_TOLERANCE, ends.toString());
        ImageDifference wrong = ImageDifference.of(g.frames().get(FRAMES - 1), first, GIF_PIXEL_THRESHOLD);
        assertTrue(wrong.shareOver() > GIF_SHARE_TOLERANCE, wrong.toString());
    }

    @Test
    void mp4HasFramesSizeAndDuration(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("run.mp4");
        CliRun r = CliRun.of(args(RUN, "--animate", "--format", "mp4", "--fps", "10", "--steps-per-second", "100",
                "--hold", "0.5", "--out", mp4.toString()));
        assertEquals(0, r.code(), r.err());
        BufferedImage firstFrame = null;
        BufferedImage lastFrame = null;
        int frames = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile());
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            grabber.start();
            assertEquals("h264", grabber.getVideoCodecName());
            assertEquals(640, grabber.getImageWidth());
            assertEquals(400, grabber.getImageHeight());
            assertEquals(FRAMES / 10.0, grabber.getLengthInTime() / 1e6, 0.5 / 10, "duration, s (half a frame)");
            Frame f;
            while ((f = grabber.grabImage()) != null) {
                BufferedImage img = deepCopy(conv.convert(f));
                if (frames == 0) {
                    firstFrame = img;
                }
                lastFrame = img;
                frames++;
            }
            grabber.stop();
        }
        assertEquals(FRAMES, frames);
        BufferedImage first = still(dir, 0);
        BufferedImage last = still(dir, 60);
        ImageDifference d0 = ImageDifference.of(firstFrame, first, GIF_PIXEL_THRESHOLD);
        ImageDifference d1 = ImageDifference.of(lastFrame, last, GIF_PIXEL_THRESHOLD);
        ImageDifference wrong = ImageDifference.of(lastFrame, first, GIF_PIXEL_THRESHOLD);
        assertTrue(d0.meanAbs() < MP4_MEAN_TOLERANCE && d0.shareOver() < MP4_SHARE_TOLERANCE, d0.toString());
        assertTrue(d1.meanAbs() < MP4_MEAN_TOLERANCE && d1.shareOver() < MP4_SHARE_TOLERANCE, d1.toString());
        assertTrue(wrong.shareOver() > MP4_SHARE_TOLERANCE, "the last frame is not the first still: " + wrong);
    }

    private static BufferedImage deepCopy(BufferedImage src) {
        BufferedImage copy = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(src, 0, 0, null);
        return copy;
    }

    @Test
    void badValuesAreRefusedWithTheirRangeAndNothingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("x.gif");
        List<String[]> cases = List.of(
                new String[] {"--fps", "0"},
                new String[] {"--fps", "55"},
                new String[] {"--width", "20"},
                new String[] {"--width", "5000"},
                new String[] {"--steps-per-second", "0.1"},
                new String[] {"--hold", "-1"},
                new String[] {"--steps-per-second", "0.25", "--fps", "50", "--hold", "0"},
                new String[] {"--orbit", "30"});
        List<String> expected = List.of("between 1 and 50", "between 1 and 50", "between 64 and 3840",
                "between 64 and 3840", "between 0.25 and 2000", "between 0 and 30", "allowed are 2 to 6000",
                "--view 3d only");
        for (int i = 0; i < cases.size(); i++) {
            CliRun r = CliRun.of(args(new String[] {"--view", "plane", "--animate", "--format", "gif"},
                    concat(cases.get(i), "--out", out.toString())));
            assertEquals(2, r.code(), String.join(" ", cases.get(i)));
            assertTrue(r.err().contains(expected.get(i)), r.err());
            assertFalse(Files.exists(out));
        }
        CliRun odd = CliRun.of("render", "--view", "plane", "--animate", "--format", "mp4", "--width", "641",
                "--height", "360", "--out", dir.resolve("x.mp4").toString());
        assertEquals(2, odd.code());
        assertTrue(odd.err().contains("even width and height"), odd.err());
        CliRun noFolder = CliRun.of("render", "--view", "plane", "--animate", "--format", "gif", "--out",
                dir.resolve("missing/x.gif").toString());
        assertTrue(noFolder.code() != 0 && noFolder.err().contains("does not exist"), noFolder.err());
        CliRun still = CliRun.of("render", "--view", "fig1b", "--animate", "--format", "gif", "--out", out.toString());
        assertEquals(2, still.code());
        assertTrue(still.err().contains("does not change along the playback"), still.err());
        assertFalse(Files.exists(out));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
