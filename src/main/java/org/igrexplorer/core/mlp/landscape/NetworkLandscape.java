package org.igrexplorer.core.mlp.landscape;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.RunControl;

/**
 * A network's loss landscape on the PCA plane of a reference run (Li et al. 2018, §7): the plane,
 * the loss on a grid covering the paths, and the paths (the reference first, then any other runs
 * of the same architecture projected on the same plane, to compare learning rates).
 *
 * @param subsetSize examples of the full-batch loss (the first ones of the training set)
 * @param timings wall-clock seconds of the parts of the computation
 */
public record NetworkLandscape(PcaPlane plane, PlaneGrid grid, List<ProjectedPath> paths, int subsetSize,
        Timings timings) {

    public NetworkLandscape {
        paths = List.copyOf(paths);
    }

    /**
     * Seconds spent on the parts (wall clock, and CPU time summed over the workers where they run
     * in parallel; CPU time is steadier on a busy machine).
     *
     * @param pca the PCA (Gram matrix, eigen-decomposition, directions), wall
     * @param prepare the first layer's three products on the subset, wall
     * @param path every path point's loss and test accuracy, wall
     * @param grid the loss grid, wall
     * @param pathCpu the path points, CPU seconds of all workers
     * @param gridCpu the loss grid, CPU seconds of all workers
     */
    public record Timings(double pca, double prepare, double path, double grid, double pathCpu, double gridCpu) {
    }

    /** Told as work units finish (on a worker thread; keep it cheap). */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done units finished (path points, then grid cells)
         * @param total all units of the job
         */
        void onProgress(int done, int total);
    }

    /**
     * What to compute.
     *
     * @param subset training examples of the full-batch loss, and test examples of each snapshot's
     *     test accuracy (the first ones of each set; default 2,000)
     * @param cells grid points per side (default 41)
     * @param margin fraction of the paths' span added on each side of the grid (default 0.2)
     */
    public record Settings(int subset, int cells, double margin) {

        public static final Settings DEFAULT = new Settings(2000, 41, 0.2);
        /** Largest subset (memory: 3 × subset × first hidden width floats shared, plus a workspace per worker). */
        public static final int MAX_SUBSET = 20_000;

        public Settings {
            if (subset < 1 || subset > MAX_SUBSET) {
                throw new IllegalArgumentException("the loss subset must be 1 .. " + MAX_SUBSET + " examples");
            }
            if (cells < 2 || cells > PlaneGrid.MAX_SIDE) {
                throw new IllegalArgumentException("the grid must have 2 .. " + PlaneGrid.MAX_SIDE + " points per side");
            }
            if (!(margin >= 0 && margin <= 10)) {
                throw new IllegalArgumentException("the margin must be between 0 and 10");
            }
        }
    }

    /** A run to draw: its label and its snapshots in step order. */
    public record Run(String label, List<Snapshot> snapshots) {
        public Run {
            snapshots = List.copyOf(snapshots);
        }
    }

    /**
     * Computes the landscape of {@code runs.get(0)} with every run's path on its plane.
     *
     * @param data the runs' data: the first {@code settings.subset()} training examples give the
     *     loss, as many test examples the accuracies
     * @param executor runs {@code workers - 1} helper tasks (the calling thread is a worker too)
     * @param control may be null; cancels between cells
     * @param progress may be null
     * @throws CancellationException when cancelled
     * @throws IllegalArgumentException when a run has fewer than two finite snapshots or runs
     *     differ in architecture
     */
    public static NetworkLandscape compute(MlpArchitecture arch, List<Run> runs, DataSplit data, Settings settings,
            Blas blas, Executor executor, int workers, RunControl control, Progress progress) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run to draw");
        }
        List<Run> finite = new ArrayList<>();
        List<Boolean> truncated = new ArrayList<>();
        for (Run r : runs) {
            List<Snapshot> ok = new ArrayList<>();
            for (Snapshot s : r.snapshots()) {
                if (s.theta().length != arch.paramCount()) {
                    throw new IllegalArgumentException(r.label() + " has " + s.theta().length
                            + " parameters; the landscape's network " + arch + " has " + arch.paramCount());
                }
                if (!s.finite()) {
                    break;
                }
                ok.add(s);
            }
            if (ok.size() < 2) {
                throw new IllegalArgumentException(r.label() + ": fewer than two finite snapshots (the run "
                        + (ok.size() < r.snapshots().size() ? "diverged at once" : "has not trained yet") + ")");
            }
            finite.add(new Run(r.label(), ok));
            truncated.add(ok.size() < r.snapshots().size());
        }
        long t0 = System.nanoTime();
        PcaPlane plane = PcaPlane.of(finite.get(0).snapshots());
        long t1 = System.nanoTime();
        PlaneLoss loss = new PlaneLoss(arch, plane, data.train().head(settings.subset()),
                data.test().head(settings.subset()), blas, control);
        long t2 = System.nanoTime();
        int pointCount = finite.stream().mapToInt(r -> r.snapshots().size()).sum();
        int cells = settings.cells() * settings.cells();
        Progress overall = progress == null ? (d, t) -> { } : progress;
        List<ProjectedPath> paths = new ArrayList<>();
        LongAdder pathCpu = new LongAdder();
        LongAdder gridCpu = new LongAdder();
        int offset = 0;
        for (int k = 0; k < finite.size(); k++) {
            Run r = finite.get(k);
            int base = offset;
            paths.add(new ProjectedPath(r.label(), path(loss, r.snapshots(), executor, workers, control,
                    (d, t) -> overall.onProgress(base + d, pointCount + cells), pathCpu), truncated.get(k)));
            offset += r.snapshots().size();
        }
        long t3 = System.nanoTime();
        double[] box = PlaneGrid.covering(paths, settings.margin());
        PlaneGrid grid = grid(loss, box[0], box[1], box[2], box[3], settings.cells(), executor, workers, control,
                (d, t) -> overall.onProgress(pointCount + d, pointCount + cells), gridCpu);
        long t4 = System.nanoTime();
        return new NetworkLandscape(plane, grid, paths, loss.subsetSize(),
                new Timings((t1 - t0) * 1e-9, (t2 - t1) * 1e-9, (t3 - t2) * 1e-9, (t4 - t3) * 1e-9,
                        pathCpu.sum() * 1e-9, gridCpu.sum() * 1e-9));
    }

    /**
     * Each snapshot's coordinates, residual, loss on the subset and test accuracy, in parallel.
     *
     * @param progress may be null
     * @param cpuNanos may be null; receives the CPU time of the workers
     */
    public static List<PathPoint> path(PlaneLoss loss, List<Snapshot> snapshots, Executor executor, int workers,
            RunControl control, Progress progress, LongAdder cpuNanos) {
        PathPoint[] out = new PathPoint[snapshots.size()];
        forEach(out.length, executor, workers, control, progress, cpuNanos, loss::evaluator, (ev, i) -> {
            Snapshot s = snapshots.get(i);
            double[] c = loss.plane().project(s.theta());
            out[i] = new PathPoint(s.step(), c[0], c[1], c[2], ev.lossOf(s.theta()), ev.testAccuracyOf(s.theta(), control));
        });
        return List.of(out);
    }

    /**
     * The loss on a {@code side} × {@code side} grid of the box, in parallel.
     *
     * @param progress may be null
     * @param cpuNanos may be null; receives the CPU time of the workers
     */
    public static PlaneGrid grid(PlaneLoss loss, double alphaMin, double alphaMax, double betaMin, double betaMax,
            int side, Executor executor, int workers, RunControl control, Progress progress, LongAdder cpuNanos) {
        double[] values = new double[side * side];
        forEach(values.length, executor, workers, control, progress, cpuNanos, loss::evaluator, (ev, c) -> {
            int i = c % side;
            int j = c / side;
            double a = alphaMin + (alphaMax - alphaMin) * i / (side - 1);
            double b = betaMin + (betaMax - betaMin) * j / (side - 1);
            values[c] = ev.loss(a, b);
        });
        return new PlaneGrid(alphaMin, alphaMax, betaMin, betaMax, side, side, values);
    }

    /** A unit of work on a worker's own workspace. */
    @FunctionalInterface
    interface Task<W> {
        void run(W workspace, int index);
    }

    /**
     * Runs {@code task} for indices 0 .. count-1 on up to {@code workers} workers pulling from a
     * shared counter: the calling thread, and helpers submitted to the executor. The caller never
     * waits for a helper that has not started (a busy pool cannot stall it): once the caller's own
     * loop ends, helpers that start later do nothing. Returns when every started helper has
     * stopped; rethrows the first failure (a cancellation included).
     */
    static <W> void forEach(int count, Executor executor, int workers, RunControl control, Progress progress,
            LongAdder cpuNanos, Supplier<W> workspace, Task<W> task) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Object lock = new Object();
        int[] active = {0};
        boolean[] closed = {false};
        Runnable loop = () -> {
            long cpu0 = cpuTime();
            try {
                W w = null;
                int i;
                while (failure.get() == null && (i = next.getAndIncrement()) < count) {
                    if (control != null) {
                        control.checkpoint();
                    }
                    if (w == null) {
                        w = workspace.get();
                    }
                    task.run(w, i);
                    int d = done.incrementAndGet();
                    if (progress != null) {
                        progress.onProgress(d, count);
                    }
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                if (cpuNanos != null) {
                    cpuNanos.add(cpuTime() - cpu0);
                }
            }
        };
        Runnable helper = () -> {
            synchronized (lock) {
                if (closed[0]) {
                    return;
                }
                active[0]++;
            }
            try {
                loop.run();
            } finally {
                synchronized (lock) {
                    active[0]--;
                    lock.notifyAll();
                }
            }
        };
        int helpers = Math.min(workers, Math.max(1, count)) - 1;
        for (int k = 0; k < helpers; k++) {
            try {
                executor.execute(helper);
            } catch (RejectedExecutionException e) {
                break; // a shut-down pool: the calling thread does the rest
            }
        }
        loop.run();
        synchronized (lock) {
            closed[0] = true;
            while (active[0] > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, new CancellationException("interrupted"));
                    break;
                }
            }
        }
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** @return the current thread's CPU time in nanoseconds (its wall clock where CPU time is not measured) */
    private static long cpuTime() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
