package org.igrexplorer.ui.export.animation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's guarantees: checks before rendering, the frame plan, cancel and failure leave files alone. */
class AnimationExportTest {

    /** A source that draws the step as a bar and counts what it rendered. */
    private static class Bars implements FrameSource {
        final int last;
        final int w;
        final int h;
        final AtomicInteger rendered = new AtomicInteger();

        Bars(int last, int w, int h) {
            this.last = last;
            this.w = w;
            this.h = h;
        }

        @Override
        public int lastStep() {
            return last;
        }

        @Override
        public List<BufferedImage> render(List<Request> batch) {
            List<BufferedImage> out = new ArrayList<>();
            for (Request q : batch) {
                BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = img.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setColor(new Color(30, 90, 200));
                g.fillRect(0, 0, (int) Math.round((double) w * q.step() / last), h / 2);
                g.dispose();
                out.add(img);
                rendered.incrementAndGet();
            }
            return out;
        }
    }

    private static AnimationSettings gif(int w, int h) {
        return new AnimationSettings(AnimationFormat.GIF, w, h, 10, 10, 0, AnimationSettings.Trail.GROWING, 0, false);
    }

    @Test
    void planPlaysEveryStepRangeAndHoldsTheLast() {
        AnimationSettings s = new AnimationSettings(AnimationFormat.GIF, 100, 100, 20, 50, 1,
                AnimationSettings.Trail.GROWING, 0, false);
        AnimationSettings.Plan p = s.plan(400);
        // 400 steps at 50 steps/s = 8 s = 160 frame intervals at 20 fps, + 1 for step 0, + 20 held
        assertEquals(181, p.frames());
        assertEquals(0, p.step(0));
        assertEquals(3, p.step(1), "2.5 steps per frame, rounded half up");
        assertEquals(400, p.step(160));
        assertEquals(400, p.step(180));
        for (int k = 1; k < p.frames(); k++) {
            assertTrue(p.step(k) >= p.step(k - 1));
        }
        assertEquals(181 / 20.0, p.seconds(), 1e-12);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> s.plan(0));
        assertTrue(none.getMessage().contains("nothing to animate"));
        AnimationSettings slow = new AnimationSettings(AnimationFormat.GIF, 100, 100, 50, 0.25, 0,
                AnimationSettings.Trail.GROWING, 0, false);
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> slow.plan(400));
        assertTrue(many.getMessage().contains("80001 frames") && many.getMessage().contains("allowed are 2 to 6000"),
                many.getMessage());
    }

    @Test
    void sizesAndRatesOutsideTheirRangeAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gif(0, 100)).getMessage()
                .contains("between 64 and 3840"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gif(3841, 100)).getMessage()
                .contains("between 64 and 3840"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gif(3840, 3840)).getMessage()
                .contains("at most"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AnimationSettings(AnimationFormat.GIF, 100,
                100, Double.NaN, 10, 0, AnimationSettings.Trail.FULL, 0, false)).getMessage()
                .contains("between 1 and 50"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AnimationSettings(AnimationFormat.MP4, 101,
                100, 20, 10, 0, AnimationSettings.Trail.FULL, 0, false)).getMessage().contains("even"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AnimationSettings(AnimationFormat.MP4, 100,
                100, 20, 10, 0, AnimationSettings.Trail.FULL, 721, false)).getMessage().contains("orbit"));
    }

    @Test
    void anUnwritableTargetFailsBeforeAnythingIsRendered(@TempDir Path dir) throws Exception {
        Bars src = new Bars(40, 80, 64);
        Path file = dir.resolve("file.txt");
        Files.writeString(file, "x");
        IOException notFolder = assertThrows(IOException.class,
                () -> AnimationExport.export(file.resolve("a.gif"), gif(80, 64), src, (d, n) -> { }, () -> false));
        assertTrue(notFolder.getMessage().contains("does not exist"), notFolder.getMessage());
        IOException folder = assertThrows(IOException.class,
                () -> AnimationExport.export(dir, gif(80, 64), src, (d, n) -> { }, () -> false));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        assertEquals(0, src.rendered.get(), "nothing rendered");
    }

    @Test
    void cancelHalfwayLeavesNoFileAndAnExistingOneUntouched(@TempDir Path dir) throws Exception {
        for (AnimationFormat format : AnimationFormat.values()) {
            Path fresh = dir.resolve("fresh." + format.id());
            Path existing = dir.resolve("existing." + format.id());
            byte[] old = {1, 2, 3, 4, 5};
            Files.write(existing, old);
            for (Path target : List.of(fresh, existing)) {
                Bars src = new Bars(40, 80, 64);
                AtomicInteger done = new AtomicInteger();
                AnimationSettings s = gif(80, 64).with(format, 80, 64);
                int total = s.plan(40).frames();
                assertThrows(CancellationException.class, () -> AnimationExport.export(target, s, src,
                        (d, n) -> done.set(d), () -> done.get() >= total / 2));
                assertTrue(done.get() >= total / 2 && done.get() < total, "stopped halfway: " + done.get());
            }
            assertFalse(Files.exists(fresh));
            assertArrayEquals(old, Files.readAllBytes(existing));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("existing.gif", "existing.mp4"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file is left behind");
        }
        // and the same exporter then completes normally
        Bars src = new Bars(40, 80, 64);
        AnimationExport.Result r = AnimationExport.export(dir.resolve("existing.gif"), gif(80, 64), src,
                (d, n) -> { }, () -> false);
        assertEquals(41, r.frames());
        assertEquals(41, GifFrames.read(r.file()).frames().size());
    }

    @Test
    void aFailingSourceLeavesTheExistingFile(@TempDir Path dir) throws Exception {
        Path existing = dir.resolve("a.gif");
        Files.write(existing, new byte[] {9});
        FrameSource broken = new Bars(40, 80, 64) {
            @Override
            public List<BufferedImage> render(List<Request> batch) {
                if (rendered.get() > 10) {
                    throw new IllegalStateException("renderer failed");
                }
                return super.render(batch);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AnimationExport.export(existing, gif(80, 64), broken, (d, n) -> { }, () -> false));
        assertEquals("renderer failed", e.getMessage());
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(existing));
    }

    @Test
    void gifDelaysKeepTheTotalTimeAtFrameRatesThatDoNotDivideOneHundred(@TempDir Path dir) throws Exception {
        AnimationSettings s = new AnimationSettings(AnimationFormat.GIF, 80, 64, 30, 30, 0,
                AnimationSettings.Trail.GROWING, 0, false);
        AnimationExport.Result r = AnimationExport.export(dir.resolve("a.gif"), s, new Bars(29, 80, 64),
                (d, n) -> { }, () -> false);
        GifFrames g = GifFrames.read(r.file());
        assertEquals(30, g.delays().size());
        assertEquals(100, g.delays().stream().mapToInt(Integer::intValue).sum(), "30 frames at 30 fps = 1 s");
        assertTrue(g.delays().stream().allMatch(d -> d == 3 || d == 4), g.delays().toString());
    }
}
