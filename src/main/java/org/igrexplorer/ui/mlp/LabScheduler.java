package org.igrexplorer.ui.mlp;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpDataSet;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.Perturbation;
import org.igrexplorer.core.mlp.RunControl;
import org.igrexplorer.core.mlp.RunStatus;
import org.igrexplorer.core.mlp.RunSummary;
import org.igrexplorer.core.mlp.landscape.SnapshotStore;

/**
 * Runs the lab's jobs on a bounded pool, one batch at a time: the training runs of a grid, or the
 * Figure 3 experiment on trained runs. Workers write only to their run's mailboxes
 * ({@link LabRun}); pausing, resuming and cancelling act on the current batch through its
 * {@link RunControl}s. Keeps the data set of the last batch (a new grid on the same data does not
 * reload MNIST) and the time spent, pauses excluded. Uses no JavaFX at all: the caller's thread
 * (the FX thread in the app) is the only one calling its methods.
 */
public final class LabScheduler {

    /** Which data a batch trains on. */
    public record DataRequest(MlpDataSet dataSet, Path folder, int trainExamples, int testExamples) {
    }

    private record DataCache(DataRequest request, DataSplit split) {
    }

    /**
     * Memory for the parameter snapshots of one batch (the network landscape), shared among its
     * runs, each run getting at least {@link #SNAPSHOT_BYTES_MIN} and at most 200 snapshots.
     */
    static final long SNAPSHOT_BYTES = 512L << 20;
    static final long SNAPSHOT_BYTES_MIN = 16L << 20;

    private final IntFunction<ExecutorService> poolFactory;
    private final LongSupplier clock;
    private final Blas blas;
    private ExecutorService pool;
    private List<LabRun> batch = List.of();
    private boolean perturbing;
    private long startNanos;
    private long pausedNanos;
    private long pauseStarted = -1;
    private DataCache dataCache;

    /**
     * @param poolFactory makes the bounded pool of a batch (given its size)
     * @param clock       nanoseconds, for the time spent
     * @param blas        the kernel, or null for {@link Blas#best()} looked up by the workers (so loading the
     *                    native library never blocks the caller's thread)
     */
    public LabScheduler(IntFunction<ExecutorService> poolFactory, LongSupplier clock, Blas blas) {
        this.poolFactory = poolFactory;
        this.clock = clock;
        this.blas = blas;
    }

    /** @return the app's scheduler: daemon workers, the system clock, the fastest kernel */
    public static LabScheduler standard() {
        return new LabScheduler(LabScheduler::daemonPool, System::nanoTime, null);
    }

    /** @return a fixed pool of n daemon threads below normal priority (the UI stays responsive) */
    public static ExecutorService daemonPool(int n) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "mlp-lab-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        return Executors.newFixedThreadPool(n, tf);
    }

    /**
     * Trains every run on {@code threads} workers (call only when {@link #isIdle()}).
     *
     * @return the number of threads used
     */
    public int train(List<LabRun> runs, DataRequest data, int threads) {
        int n = begin(runs, false, threads);
        for (LabRun r : runs) {
            pool.submit(() -> train(r, data));
        }
        pool.shutdown(); // threads end when the last job ends
        return n;
    }

    /**
     * Runs the Figure 3 experiment on each (trained) run, each with a fresh control so that an
     * experiment cancelled earlier can simply be started again.
     *
     * @return the number of threads used
     */
    public int perturb(List<LabRun> runs, double[] sigmas, int samples, long seed, int threads) {
        int n = begin(runs, true, threads);
        for (LabRun r : runs) {
            RunControl c = new RunControl();
            r.perturbationControl = c;
            r.perturbationQueued((long) sigmas.length * samples);
            MlpTrainer trainer = r.trainer;
            pool.submit(() -> {
                try {
                    r.perturbationBox.post(Perturbation.run(trainer, sigmas, samples, seed, c,
                            (d, t) -> r.perturbationProgressBox.post(new LabRun.Progress(d, t))));
                } catch (CancellationException e) {
                    r.perturbationEndBox.post("");
                } catch (RuntimeException e) {
                    r.perturbationEndBox.post(message(e));
                }
            });
        }
        pool.shutdown();
        return n;
    }

    private int begin(List<LabRun> runs, boolean perturbation, int threads) {
        if (!isIdle()) {
            throw new IllegalStateException("a batch is still running");
        }
        int n = Math.max(1, Math.min(threads, runs.size()));
        pool = poolFactory.apply(n);
        batch = List.copyOf(runs);
        perturbing = perturbation;
        startNanos = clock.getAsLong();
        pausedNanos = 0;
        pauseStarted = -1;
        return n;
    }

    private synchronized DataSplit data(DataRequest key) throws Exception {
        if (dataCache == null || !dataCache.request().equals(key)) {
            dataCache = new DataCache(key, key.dataSet().load(key.folder(), key.trainExamples(), key.testExamples()));
        }
        return dataCache.split();
    }

    /** Worker side: one run. Touches only the run's mailboxes and control. */
    private void train(LabRun r, DataRequest key) {
        try {
            r.control.checkpoint();
            DataSplit split = data(key);
            MlpTrainer t = new MlpTrainer(split, r.config, blas != null ? blas : Blas.best());
            int params = r.config.architecture().paramCount();
            int capacity = SnapshotStore.capacityFor(params, Math.max(SNAPSHOT_BYTES_MIN, SNAPSHOT_BYTES / batch.size()));
            SnapshotStore store = new SnapshotStore(params, capacity, SnapshotStore.periodFor(t.totalSteps(), capacity));
            r.data = split;
            r.snapshots = store;
            r.trainer = t;
            r.started = true;
            r.progressBox.post(new LabRun.Progress(0, t.totalSteps()));
            r.endBox.post(store.record(t, new MlpTrainer.Listener() {
                @Override
                public void onMetrics(MlpMetrics m) {
                    r.pendingMetrics.add(m);
                }

                @Override
                public void onStep(long step, long total) {
                    r.progressBox.post(new LabRun.Progress(step, total));
                }
            }, r.control));
        } catch (CancellationException e) {
            r.endBox.post(cancelled(r));
        } catch (Throwable e) {
            r.endBox.post(message(e));
        }
    }

    private static RunSummary cancelled(LabRun r) {
        return new RunSummary(r.config, null, null, false, RunStatus.CANCELLED);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private List<RunControl> controls() {
        return perturbing ? batch.stream().map(r -> r.perturbationControl).filter(Objects::nonNull).toList()
                : batch.stream().map(r -> r.control).toList();
    }

    /** Pauses every job of the batch (between steps, or between perturbed draws); the clock stops. */
    public void pause() {
        if (pauseStarted < 0) {
            controls().forEach(RunControl::pause);
            pauseStarted = clock.getAsLong();
        }
    }

    /** Resumes the batch; the clock runs again. */
    public void resume() {
        if (pauseStarted >= 0) {
            controls().forEach(RunControl::resume);
            pausedNanos += clock.getAsLong() - pauseStarted;
            pauseStarted = -1;
        }
    }

    /**
     * Cancels every job of the batch; their threads end within a step or a chunk of an evaluation.
     * Jobs the pool drops before they start get their end posted here, so every run settles.
     */
    public void cancel() {
        controls().forEach(RunControl::cancel);
        for (LabRun r : batch) {
            if (perturbing) {
                r.perturbationEndBox.post("");
            } else if (!r.started) {
                r.endBox.post(cancelled(r));
            }
        }
        if (pool != null) {
            pool.shutdownNow();
        }
        pauseStarted = -1;
    }

    /** @return whether no batch is running: every thread of the last one has ended */
    public boolean isIdle() {
        return pool == null || pool.isTerminated();
    }

    /**
     * Waits until the threads of the batch have ended (for tests and for closing the tab).
     *
     * @return whether they ended in time
     */
    public boolean awaitIdle(long millis) throws InterruptedException {
        return pool == null || pool.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    /** @return seconds since the batch started, pauses excluded */
    public double elapsedSeconds() {
        long now = clock.getAsLong();
        return (now - startNanos - pausedNanos - (pauseStarted >= 0 ? now - pauseStarted : 0)) * 1e-9;
    }
}
