package org.igrexplorer.ui.export.animation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.igrexplorer.core.io.AtomicFileWriter;

/**
 * Exports an animation: checks the target before anything is rendered, plans the frames, renders them
 * in batches from a {@link FrameSource} while the previous batch is being encoded on a thread of its
 * own, and writes the file atomically, so a failed or cancelled export leaves no partial file and does
 * not touch an existing one. Runs on the calling thread (never the JavaFX thread: an FX source would
 * wait for itself).
 */
public final class AnimationExport {

    /** Told after each encoded frame. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done  frames encoded so far
         * @param total frames in the animation
         */
        void frames(int done, int total);
    }

    /**
     * What was written.
     *
     * @param file          the file
     * @param frames        frames in it
     * @param seconds       playing time
     * @param bytes         file size
     * @param elapsedNanos  wall time of rendering and encoding
     */
    public record Result(Path file, int frames, double seconds, long bytes, long elapsedNanos) {
        /** @return frames rendered and encoded per second of wall time */
        public double framesPerSecond() {
            return frames / (elapsedNanos / 1e9);
        }
    }

    private AnimationExport() {
    }

    /**
     * Fails with a message naming the target and the problem when it cannot be written (missing folder,
     * no permission, a folder as target), before anything is rendered: {@link AtomicFileWriter#check}.
     */
    public static void checkTarget(Path target) throws IOException {
        AtomicFileWriter.check(target);
    }

    /**
     * @param target    the file to create or replace
     * @param settings  format, frame size and timing (its size must be the source's frame size)
     * @param source    the frames; closed by the caller
     * @param progress  told after each frame
     * @param cancelled polled between frames; when it turns true the export stops
     * @return what was written
     * @throws CancellationException if cancelled (nothing was written, an existing file is untouched)
     * @throws IOException           if the target cannot be written or encoding fails (same guarantee)
     * @throws IllegalArgumentException if the frame count is outside the allowed range
     */
    public static Result export(Path target, AnimationSettings settings, FrameSource source, Progress progress,
                                BooleanSupplier cancelled) throws Exception {
        checkTarget(target);
        AnimationSettings.Plan plan = settings.plan(source.lastStep());
        long t0 = System.nanoTime();
        int n = plan.frames();
        // the first and the last frame: the GIF palette is made from them, then they are encoded in turn
        List<BufferedImage> ends = source.render(List.of(request(plan, 0), request(plan, n - 1)));
        check(ends, settings);
        ExecutorService encoderThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "igr-animation-encoder");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicFileWriter.write(target, out -> {
                try (FrameEncoder enc = FrameEncoder.open(settings.format(), out, settings.width(),
                        settings.height(), plan.fps(), ends)) {
                    encodeAll(enc, plan, source, settings, ends, progress, cancelled, encoderThread);
                    enc.finish();
                }
            });
        } catch (WrappedException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } finally {
            encoderThread.shutdownNow();
        }
        long elapsed = System.nanoTime() - t0;
        return new Result(target, n, plan.seconds(), Files.size(target), elapsed);
    }

    private static void encodeAll(FrameEncoder enc, AnimationSettings.Plan plan, FrameSource source,
                                  AnimationSettings settings, List<BufferedImage> ends, Progress progress,
                                  BooleanSupplier cancelled, ExecutorService encoderThread) throws IOException {
        int n = plan.frames();
        int[] done = {0};
        Future<?> pending = null;
        try {
            int k = 0;
            while (k < n) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("animation export cancelled");
                }
                int size = Math.max(1, Math.min(source.batchSize(), n - k));
                List<FrameSource.Request> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    batch.add(request(plan, k + i));
                }
                List<BufferedImage> images = renderBatch(source, batch, ends, n);
                check(images, settings);
                if (pending != null) {
                    pending.get();
                }
                pending = encoderThread.submit(() -> {
                    for (BufferedImage img : images) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("animation export cancelled");
                        }
                        enc.add(img);
                        done[0]++;
                        progress.frames(done[0], n);
                    }
                    return null;
                });
                k += size;
            }
            pending.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new WrappedException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("animation export interrupted");
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new WrappedException(e);
        } finally {
            if (pending != null && !pending.isDone()) {
                pending.cancel(true);
                try {
                    pending.get();
                } catch (Exception ignored) {
                    // the encoder thread has stopped touching the encoder
                }
            }
        }
    }

    /** Renders a batch, reusing the first and last frame already rendered for the palette. */
    private static List<BufferedImage> renderBatch(FrameSource source, List<FrameSource.Request> batch,
                                                   List<BufferedImage> ends, int n) throws Exception {
        List<FrameSource.Request> todo = new ArrayList<>();
        for (FrameSource.Request q : batch) {
            if (q.index() != 0 && q.index() != n - 1) {
                todo.add(q);
            }
        }
        List<BufferedImage> drawn = todo.isEmpty() ? List.of() : source.render(todo);
        List<BufferedImage> out = new ArrayList<>(batch.size());
        int j = 0;
        for (FrameSource.Request q : batch) {
            out.add(q.index() == 0 ? ends.get(0) : q.index() == n - 1 ? ends.get(1) : drawn.get(j++));
        }
        return out;
    }

    private static FrameSource.Request request(AnimationSettings.Plan plan, int k) {
        return new FrameSource.Request(k, plan.step(k), plan.progress(k));
    }

    private static void check(List<BufferedImage> images, AnimationSettings s) {
        for (BufferedImage img : images) {
            if (img.getWidth() != s.width() || img.getHeight() != s.height()) {
                throw new IllegalStateException("a frame came out " + img.getWidth() + "×" + img.getHeight()
                        + ", expected " + s.width() + "×" + s.height());
            }
        }
    }

    /** Carries a checked failure of a frame source through the file writer's IOException-only callback. */
    private static final class WrappedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedException(Throwable cause) {
            super(cause);
        }
    }
}
