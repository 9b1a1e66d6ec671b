package org.igrexplorer.ui.mlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.MnistLoader;
import org.igrexplorer.core.mlp.Perturbation;
import org.igrexplorer.core.mlp.SyntheticData;
import org.igrexplorer.core.mlp.TrainingConfig;

/**
 * State and jobs of the MLP lab. Inputs are string properties validated into {@link #problems()};
 * {@link #start()} builds the grid h × width × seed and submits one job per run to a bounded
 * pool; workers post to per-run mailboxes; {@link #drain()} (once per frame, on the thread that
 * owns this view-model) moves the news into the runs and updates progress and ETA.
 *
 * <p>Except for the worker jobs, all methods must be called from one thread (the FX thread in the
 * app; the test thread in tests). No JavaFX scene-graph classes are used here.
 */
public final class MlpLabViewModel {

    /** What the lab's workers are doing. */
    public enum Phase { IDLE, TRAINING, PERTURBING }

    /** σ values of the Figure 3 experiment. */
    public static final double[] SIGMAS = {0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3};

    private final StringProperty dataset = new SimpleStringProperty("spirals");
    /** The MNIST folder; empty: the copy built into the application. */
    private final StringProperty dataFolder = new SimpleStringProperty("");
    private final StringProperty trainLimit = new SimpleStringProperty("10000");
    private final StringProperty testLimit = new SimpleStringProperty("2000");
    private final StringProperty widths = new SimpleStringProperty("32,128");
    private final StringProperty depth = new SimpleStringProperty("2");
    private final StringProperty learningRates = new SimpleStringProperty("0.01,0.05,0.2");
    private final StringProperty mu = new SimpleStringProperty("0");
    private final StringProperty batch = new SimpleStringProperty("32");
    private final StringProperty epochs = new SimpleStringProperty("20");
    private final StringProperty evalEvery = new SimpleStringProperty("0");
    private final StringProperty seeds = new SimpleStringProperty("1");
    private final StringProperty workers = new SimpleStringProperty(
            Integer.toString(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()))));
    private final StringProperty perturbationSamples = new SimpleStringProperty("3");

    private final javafx.beans.property.BooleanProperty fullTrainOnly =
            new javafx.beans.property.SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("ready");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);

    /** The time left is estimated after 1 % of the work, or after this many seconds. */
    static final double ETA_AFTER_SECONDS = 2;

    private final IntFunction<ExecutorService> poolFactory;
    private final LongSupplier clock;
    private final Blas blas;
    private ExecutorService pool;
    private final List<LabRun> runs = new ArrayList<>();
    private List<Double> hList = List.of();
    private Phase phase = Phase.IDLE;
    private List<LabRun> perturbing = List.of();
    private long startNanos;
    private long pausedNanos;
    private long pauseStarted;
    private volatile DataCache dataCache;

    private record DataKey(String dataset, String folder, int trainLimit, int testLimit) {
    }

    private record DataCache(DataKey key, DataSplit split) {
    }

    /**
     * The app's view-model: daemon worker threads, the system clock, and the fastest BLAS kernel,
     * chosen on the first worker thread (loading the native library never blocks the FX thread).
     */
    public MlpLabViewModel() {
        this(MlpLabViewModel::daemonPool, System::nanoTime, null);
    }

    /**
     * @param poolFactory makes the bounded pool for a start (given its size)
     * @param clock nanoseconds, for the ETA
     * @param blas the kernel, or null for {@link Blas#best()} looked up by the workers
     */
    public MlpLabViewModel(IntFunction<ExecutorService> poolFactory, LongSupplier clock, Blas blas) {
        this.poolFactory = poolFactory;
        this.clock = clock;
        this.blas = blas;
        for (StringProperty p : List.of(dataset, dataFolder, trainLimit, testLimit, widths, depth, learningRates, mu, batch, epochs,
                evalEvery, seeds, workers, perturbationSamples)) {
            p.addListener((o, a, b) -> validate());
        }
        validate();
    }

    static ExecutorService daemonPool(int n) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "mlp-lab-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        return Executors.newFixedThreadPool(n, tf);
    }

    // ---- inputs
    public StringProperty datasetProperty() {
        return dataset;
    }

    public StringProperty dataFolderProperty() {
        return dataFolder;
    }

    public StringProperty trainLimitProperty() {
        return trainLimit;
    }

    public StringProperty testLimitProperty() {
        return testLimit;
    }

    public StringProperty widthsProperty() {
        return widths;
    }

    public StringProperty depthProperty() {
        return depth;
    }

    public StringProperty learningRatesProperty() {
        return learningRates;
    }

    public StringProperty muProperty() {
        return mu;
    }

    public StringProperty batchProperty() {
        return batch;
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty evalEveryProperty() {
        return evalEvery;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    public StringProperty workersProperty() {
        return workers;
    }

    public StringProperty perturbationSamplesProperty() {
        return perturbationSamples;
    }

    /** Figure 2 shows only runs that reached 100% train accuracy (the paper's condition). */
    public javafx.beans.property.BooleanProperty fullTrainOnlyProperty() {
        return fullTrainOnly;
    }

    // ---- outputs
    /** @return "" when the inputs are valid, else the problems joined by "; " */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }

    /** @return 0..1 over all steps of all runs (−1 while nothing is known) */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** @return what the workers are doing: training, the Figure 3 experiment, or nothing */
    public Phase phase() {
        return phase;
    }

    public List<LabRun> runs() {
        return Collections.unmodifiableList(runs);
    }

    /** @return the lab's h values in order (colour index = position) */
    public List<Double> learningRates() {
        return hList;
    }

    // ---- parsing
    private static List<Double> doubles(String s) {
        List<Double> out = new ArrayList<>();
        for (String t : s.split("[,\\s]+")) {
            if (!t.isBlank()) {
                out.add(Double.parseDouble(t.trim()));
            }
        }
        return out;
    }

    private static List<Integer> ints(String s) {
        List<Integer> out = new ArrayList<>();
        for (String t : s.split("[,\\s]+")) {
            if (!t.isBlank()) {
                out.add(Integer.parseInt(t.trim()));
            }
        }
        return out;
    }

    private String validate() {
        List<String> p = new ArrayList<>();
        String ds = dataset.get() == null ? "" : dataset.get().toLowerCase(Locale.ROOT);
        if (!List.of("mnist", "spirals", "blobs", "xor").contains(ds)) {
            p.add("dataset must be mnist, spirals, blobs or xor");
        }
        String folder = dataFolder.get() == null ? "" : dataFolder.get().trim();
        if (ds.equals("mnist") && !folder.isEmpty()) {
            check(p, "MNIST folder " + folder + " (not a folder; clear it to use the built-in copy)",
                    () -> java.nio.file.Files.isDirectory(Path.of(folder)));
        }
        check(p, "train examples", () -> ints(trainLimit.get()).size() == 1 && ints(trainLimit.get()).get(0) >= 1);
        check(p, "test examples", () -> ints(testLimit.get()).size() == 1 && ints(testLimit.get()).get(0) >= 1);
        check(p, "widths (e.g. 32,128; 1.." + MlpArchitecture.MAX_WIDTH + ")", () -> !ints(widths.get()).isEmpty()
                && ints(widths.get()).stream().allMatch(w -> w >= 1 && w <= MlpArchitecture.MAX_WIDTH));
        check(p, "depth (hidden layers, 1..8)", () -> ints(depth.get()).size() == 1 && ints(depth.get()).get(0) >= 1
                && ints(depth.get()).get(0) <= 8);
        check(p, "h list (positive numbers)", () -> !doubles(learningRates.get()).isEmpty()
                && doubles(learningRates.get()).stream().allMatch(h -> h > 0 && Double.isFinite(h)));
        check(p, "mu (>= 0)", () -> doubles(mu.get()).size() == 1 && doubles(mu.get()).get(0) >= 0);
        check(p, "batch (>= 1)", () -> ints(batch.get()).size() == 1 && ints(batch.get()).get(0) >= 1);
        check(p, "epochs (1..10000)", () -> ints(epochs.get()).size() == 1 && ints(epochs.get()).get(0) >= 1
                && ints(epochs.get()).get(0) <= 10000);
        check(p, "evaluate every (steps, 0 = each epoch)", () -> ints(evalEvery.get()).size() == 1
                && ints(evalEvery.get()).get(0) >= 0);
        check(p, "seeds (e.g. 1,2,3)", () -> !ints(seeds.get()).isEmpty());
        check(p, "parallel runs (1..16)", () -> ints(workers.get()).size() == 1 && ints(workers.get()).get(0) >= 1
                && ints(workers.get()).get(0) <= 16);
        check(p, "noise samples (1..50)", () -> ints(perturbationSamples.get()).size() == 1
                && ints(perturbationSamples.get()).get(0) >= 1 && ints(perturbationSamples.get()).get(0) <= 50);
        if (p.isEmpty()) {
            long grid = (long) doubles(learningRates.get()).size() * ints(widths.get()).size() * ints(seeds.get()).size();
            if (grid > 64) {
                p.add("the grid has " + grid + " runs; at most 64");
            }
        }
        String joined = String.join("; ", p);
        problems.set(joined);
        return joined;
    }

    private interface Check {
        boolean ok();
    }

    private static void check(List<String> p, String what, Check c) {
        try {
            if (!c.ok()) {
                p.add("invalid " + what);
            }
        } catch (RuntimeException e) {
            p.add("invalid " + what);
        }
    }

    /**
     * @return what quitting now would throw away, in words ("4 of 6 MLP runs are still training"), or
     *     null when nothing is running
     */
    public String unfinishedWork() {
        if (!running.get()) {
            return null;
        }
        if (phase == Phase.PERTURBING) {
            return "the Figure 3 perturbation experiment is still running";
        }
        long open = runs.stream().filter(r -> !r.isDone()).count();
        return open + " of " + runs.size() + " MLP run" + (runs.size() == 1 ? " is" : "s are") + " still training"
                + (paused.get() ? " (paused)" : "");
    }

    // ---- commands
    /**
     * Starts the grid (cancelling nothing: call only when not running).
     *
     * @return false (and nothing starts) when the inputs are invalid or runs are in progress
     */
    public boolean start() {
        if (running.get() || !validate().isEmpty()) {
            return false;
        }
        runs.clear();
        hList = List.copyOf(doubles(learningRates.get()));
        List<Integer> ws = ints(widths.get());
        List<Integer> seedList = ints(seeds.get());
        int d = ints(depth.get()).get(0);
        String ds = dataset.get().toLowerCase(Locale.ROOT);
        DataKey key = new DataKey(ds, dataFolder.get() == null ? "" : dataFolder.get().trim(), ints(trainLimit.get()).get(0), ints(testLimit.get()).get(0));
        int inputs = ds.equals("mnist") ? 784 : 2;
        int classes = ds.equals("mnist") ? 10 : SyntheticData.Kind.valueOf(ds.toUpperCase(Locale.ROOT)).classes();
        int b = ints(batch.get()).get(0);
        double m = doubles(mu.get()).get(0);
        int ep = ints(epochs.get()).get(0);
        int ev = ints(evalEvery.get()).get(0);
        int chunk = 512; // keeps the memory of several concurrent runs small
        for (int hi = 0; hi < hList.size(); hi++) {
            for (int w : ws) {
                for (int seed : seedList) {
                    MlpArchitecture a = MlpArchitecture.of(inputs, w, d, classes);
                    TrainingConfig cfg = new TrainingConfig(a, hList.get(hi), b, m, ep, ev, seed, chunk);
                    runs.add(new LabRun(runs.size(), cfg, hi, w));
                }
            }
        }
        int n = Math.min(ints(workers.get()).get(0), runs.size());
        pool = poolFactory.apply(n);
        startNanos = clock.getAsLong();
        pausedNanos = 0;
        for (LabRun r : runs) {
            pool.submit(() -> work(r, key));
        }
        pool.shutdown(); // threads end when the last job ends
        phase = Phase.TRAINING;
        perturbing = List.of();
        running.set(true);
        paused.set(false);
        progress.set(0);
        status.set("started " + runs.size() + " run(s) on " + n + " thread(s)");
        eta.set("");
        return true;
    }

    private DataSplit data(DataKey key) throws Exception {
        synchronized (this) {
            DataCache c = dataCache;
            if (c != null && c.key().equals(key)) {
                return c.split();
            }
            DataSplit s;
            if (key.dataset().equals("mnist")) {
                s = MnistLoader.loadFolderOrBundled(key.folder().isEmpty() ? null : Path.of(key.folder()));
            } else {
                SyntheticData.Kind kind = SyntheticData.Kind.valueOf(key.dataset().toUpperCase(Locale.ROOT));
                s = SyntheticData.generate(kind, key.trainLimit(), key.testLimit(), kind == SyntheticData.Kind.BLOBS
                        ? 0.25 : 0.08, 1);
            }
            s = s.limit(key.trainLimit(), key.testLimit());
            dataCache = new DataCache(key, s);
            return s;
        }
    }

    /** Worker side: one run. Touches only the run's mailboxes and control. */
    private void work(LabRun r, DataKey key) {
        try {
            r.control.checkpoint();
            DataSplit split = data(key);
            MlpTrainer t = new MlpTrainer(split, r.config, blas != null ? blas : Blas.best());
            r.trainer = t;
            r.started = true;
            r.progressBox.post(new LabRun.Progress(0, t.totalSteps()));
            var summary = t.run(new MlpTrainer.Listener() {
                @Override
                public void onMetrics(MlpMetrics m) {
                    r.pendingMetrics.add(m);
                }

                @Override
                public void onStep(long step, long total) {
                    r.progressBox.post(new LabRun.Progress(step, total));
                }
            }, r.control);
            r.endBox.post(summary);
        } catch (java.util.concurrent.CancellationException e) {
            r.endBox.post(new org.igrexplorer.core.mlp.RunSummary(r.config, null, null, false,
                    org.igrexplorer.core.mlp.RunStatus.CANCELLED));
        } catch (Throwable e) {
            r.endBox.post(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** @return the controls of the jobs of the current phase */
    private List<org.igrexplorer.core.mlp.RunControl> activeControls() {
        if (phase == Phase.PERTURBING) {
            return perturbing.stream().map(r -> r.perturbationControl).filter(java.util.Objects::nonNull).toList();
        }
        return runs.stream().map(r -> r.control).toList();
    }

    /** Pauses every job of the current phase (between steps, or between perturbed draws). */
    public void pause() {
        if (running.get() && !paused.get()) {
            activeControls().forEach(org.igrexplorer.core.mlp.RunControl::pause);
            paused.set(true);
            pauseStarted = clock.getAsLong();
            status.set("paused");
        }
    }

    public void resume() {
        if (paused.get()) {
            activeControls().forEach(org.igrexplorer.core.mlp.RunControl::resume);
            paused.set(false);
            pausedNanos += clock.getAsLong() - pauseStarted;
            status.set("running");
        }
    }

    /**
     * Cancels every job of the current phase; their threads end within a step or a chunk of an
     * evaluation. Cancelling the Figure 3 experiment keeps the trained runs: it can be started again.
     */
    public void cancel() {
        if (phase == Phase.PERTURBING) {
            for (LabRun r : perturbing) {
                if (r.perturbationControl != null) {
                    r.perturbationControl.cancel();
                }
                // a job that shutdownNow drops before it starts never reports its end itself
                r.perturbationEndBox.post("");
            }
            if (pool != null) {
                pool.shutdownNow();
            }
            paused.set(false);
            return;
        }
        runs.forEach(r -> r.control.cancel());
        for (LabRun r : runs) {
            if (!r.started) { // queued jobs that shutdownNow drops never post an end themselves
                r.endBox.post(new org.igrexplorer.core.mlp.RunSummary(r.config, null, null, false,
                        org.igrexplorer.core.mlp.RunStatus.CANCELLED));
            }
        }
        if (pool != null) {
            pool.shutdownNow();
        }
        paused.set(false);
    }

    /**
     * Waits until the pool's threads have ended (for tests and for closing the tab).
     *
     * @return whether they ended in time
     */
    public boolean awaitIdle(long millis) throws InterruptedException {
        return pool == null || pool.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs the Figure 3 experiment on every finished run (σ in {@link #SIGMAS}), on a new pool. Each
     * job gets a fresh control, so an experiment cancelled earlier can simply be started again.
     * Progress and ETA then count perturbed draws ({@code SIGMAS.length ×} noise samples per run).
     *
     * @return false when runs are in progress or none has finished
     */
    public boolean startPerturbation() {
        if (running.get() || !validate().isEmpty()) {
            return false;
        }
        List<LabRun> done = runs.stream().filter(r -> r.state() == LabRun.State.FINISHED && r.trainer != null).toList();
        if (done.isEmpty()) {
            status.set(runs.isEmpty() ? "Figure 3 perturbs trained networks: start a grid first, then perturb"
                    : "Figure 3 perturbs trained networks: none of the last grid's runs finished");
            return false;
        }
        int samples = ints(perturbationSamples.get()).get(0);
        int n = Math.min(ints(workers.get()).get(0), done.size());
        pool = poolFactory.apply(n);
        perturbing = done;
        phase = Phase.PERTURBING;
        for (LabRun r : done) {
            org.igrexplorer.core.mlp.RunControl c = new org.igrexplorer.core.mlp.RunControl();
            r.perturbationControl = c;
            r.perturbationQueued((long) SIGMAS.length * samples);
            MlpTrainer trainer = r.trainer;
            pool.submit(() -> {
                try {
                    r.perturbationBox.post(Perturbation.run(trainer, SIGMAS, samples, 17, c,
                            (d, t) -> r.perturbationProgressBox.post(new LabRun.Progress(d, t))));
                } catch (java.util.concurrent.CancellationException e) {
                    r.perturbationEndBox.post("");
                } catch (RuntimeException e) {
                    r.perturbationEndBox.post(e.getMessage() == null ? e.toString() : e.getMessage());
                }
            });
        }
        pool.shutdown();
        startNanos = clock.getAsLong();
        pausedNanos = 0;
        running.set(true);
        paused.set(false);
        progress.set(0);
        eta.set("");
        status.set(String.format(Locale.ROOT, "Figure 3: perturbing %d trained run(s) on %d thread(s), σ up to 3",
                done.size(), n));
        return true;
    }

    /**
     * Moves worker news into the runs and updates progress, ETA and status. Call once per frame.
     *
     * @return whether anything changed (the view redraws only then)
     */
    public boolean drain() {
        boolean changed = false;
        for (LabRun r : runs) {
            changed |= r.drain();
        }
        if (!running.get()) {
            return changed;
        }
        if (phase == Phase.PERTURBING) {
            return drainPerturbation() || changed;
        }
        long total = 0;
        long done = 0;
        long knownTotal = 0;
        int known = 0;
        for (LabRun r : runs) {
            if (r.totalSteps() > 0 && r.state() != LabRun.State.QUEUED) {
                knownTotal += r.totalSteps();
                known++;
            }
        }
        long perRun = known == 0 ? 0 : knownTotal / known;
        for (LabRun r : runs) {
            long t = r.state() == LabRun.State.QUEUED ? perRun : r.totalSteps();
            total += t;
            done += r.isDone() ? t : Math.min(r.step(), t);
        }
        double frac = total == 0 ? 0 : (double) done / total;
        double elapsed = updateProgress(frac);
        boolean allDone = runs.stream().allMatch(LabRun::isDone)
                && (pool == null || pool.isTerminated());
        if (allDone) {
            running.set(false);
            paused.set(false);
            long fin = runs.stream().filter(r -> r.state() == LabRun.State.FINISHED).count();
            long cancelled = runs.stream().filter(r -> r.state() == LabRun.State.CANCELLED).count();
            if (cancelled > 0) {
                // the bar keeps the share of the work that was done; cancelled runs count only their steps
                long stepsDone = runs.stream().mapToLong(r -> r.state() == LabRun.State.CANCELLED
                        ? Math.min(r.step(), Math.max(r.totalSteps(), 0)) : Math.max(r.totalSteps(), 0)).sum();
                long stepsPlanned = runs.stream().mapToLong(r -> Math.max(r.totalSteps(), perRun)).sum();
                progress.set(stepsPlanned == 0 ? 0 : Math.min(1, (double) stepsDone / stepsPlanned));
                status.set(String.format(Locale.ROOT, "cancelled after %s: %d of %d run(s) finished, %d cancelled",
                        duration(elapsed), fin, runs.size(), cancelled));
            } else {
                progress.set(1);
                status.set(String.format(Locale.ROOT, "done: %d of %d run(s) finished in %s", fin, runs.size(),
                        duration(elapsed)));
            }
            eta.set("");
            phase = Phase.IDLE;
            changed = true;
        }
        return changed;
    }

    /** Sets the progress and the ETA (from the time spent, pauses excluded). @return seconds spent */
    private double updateProgress(double frac) {
        progress.set(frac);
        long now = clock.getAsLong();
        double elapsed = (now - startNanos - pausedNanos - (paused.get() ? now - pauseStarted : 0)) * 1e-9;
        if (frac > 0 && frac < 1 && (frac > 0.01 || elapsed >= ETA_AFTER_SECONDS)) {
            eta.set(String.format(Locale.ROOT, "about %s left (%s so far)", duration(elapsed * (1 - frac) / frac),
                    duration(elapsed)));
        }
        return elapsed;
    }

    /** The Figure 3 part of {@link #drain()}: progress over perturbed draws; the end of the experiment. */
    private boolean drainPerturbation() {
        long total = 0;
        long done = 0;
        for (LabRun r : perturbing) {
            total += r.perturbationTotal();
            done += r.isPerturbationSettled() ? r.perturbationTotal() : Math.min(r.perturbationDone(), r.perturbationTotal());
        }
        double elapsed = updateProgress(total == 0 ? 0 : (double) done / total);
        boolean allSettled = perturbing.stream().allMatch(LabRun::isPerturbationSettled)
                && (pool == null || pool.isTerminated());
        if (!allSettled) {
            return false;
        }
        long ok = perturbing.stream().filter(r -> r.perturbationState() == LabRun.PerturbationState.DONE).count();
        long cancelled = perturbing.stream()
                .filter(r -> r.perturbationState() == LabRun.PerturbationState.CANCELLED).count();
        running.set(false);
        paused.set(false);
        progress.set(1);
        eta.set("");
        phase = Phase.IDLE;
        status.set(String.format(Locale.ROOT, "Figure 3: %d of %d run(s) perturbed in %s%s", ok, perturbing.size(),
                duration(elapsed), cancelled > 0 ? " (" + cancelled + " cancelled: perturb again to redo)" : ""));
        return true;
    }

    /** A duration in words: "59 s", "20 min 49 s", "1 h 05 min". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        return s >= 3600 ? String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
