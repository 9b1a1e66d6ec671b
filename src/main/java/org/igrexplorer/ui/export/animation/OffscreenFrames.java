package org.igrexplorer.ui.export.animation;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.igrexplorer.ui.export.FigureExport;
import org.igrexplorer.ui.plot.PlotRenderer;

/**
 * Frames drawn through a figure's Graphics2D code, with no JavaFX toolkit (the plane, the teaching
 * charts, the formula): several frames at once on worker threads, each thread with its own renderer
 * (renderers are mutable), exactly as a still export of that step is drawn
 * ({@link FigureExport#image}).
 */
public final class OffscreenFrames implements FrameSource {

    /** A figure that can show any playback step; one per rendering thread. */
    @FunctionalInterface
    public interface StepFigure {
        /** @return the renderer showing {@code step} (may be this figure's one renderer, updated) */
        PlotRenderer at(int step);
    }

    private final int lastStep;
    private final ThreadLocal<StepFigure> figures;
    private final FigureExport.Options options;
    private final IntFunction<String> caption;
    private final ExecutorService pool;
    private final int threads;

    /**
     * @param lastStep  the run's last step
     * @param perThread makes the figure for one rendering thread
     * @param options   logical size and scale of a frame (its caption is ignored: see {@code caption})
     * @param caption   the caption line of a step, or {@code null} for none
     * @param threads   rendering threads (≥ 1)
     */
    public OffscreenFrames(int lastStep, Supplier<StepFigure> perThread, FigureExport.Options options,
                           IntFunction<String> caption, int threads) {
        this.lastStep = lastStep;
        this.figures = ThreadLocal.withInitial(perThread);
        this.options = options.withCaption(null);
        this.caption = caption;
        this.threads = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "igr-animation-frames");
            t.setDaemon(true);
            return t;
        });
    }

    /** @return rendering threads for this machine: all cores but one left to the encoder, at least one */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** @return a still of {@code step} exactly as the animation draws it (on the calling thread) */
    public BufferedImage still(int step) {
        return draw(step);
    }

    private BufferedImage draw(int step) {
        PlotRenderer r = figures.get().at(step);
        FigureExport.Options o = caption == null ? options : options.withCaption(caption.apply(step));
        return FigureExport.image(r, o);
    }

    @Override
    public int lastStep() {
        return lastStep;
    }

    @Override
    public List<BufferedImage> render(List<Request> batch) throws Exception {
        List<Future<BufferedImage>> jobs = new ArrayList<>(batch.size());
        for (Request q : batch) {
            jobs.add(pool.submit(() -> draw(q.step())));
        }
        List<BufferedImage> out = new ArrayList<>(batch.size());
        try {
            for (Future<BufferedImage> f : jobs) {
                out.add(f.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } finally {
            for (Future<BufferedImage> f : jobs) {
                f.cancel(true);
            }
        }
        return out;
    }

    @Override
    public int batchSize() {
        return 4 * threads;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
