package org.igrexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.RunSummary;
import org.igrexplorer.core.mlp.TrainingConfig;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.core.mlp.landscape.SnapshotStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The run(s) and landscape options shared by {@code mlp-landscape} and the {@code render} views
 * {@code mlp-landscape-3d} and {@code mlp-landscape-plane}: train one MLP with plain SGD ({@code train}'s run
 * options, {@link MlpRunOptions}) (and
 * optionally a second with another h), keep snapshots, and compute the loss on the first run's PCA plane.
 */
final class MlpLandscapeOptions {

    @Mixin
    MlpRunOptions run;

    @Option(names = "--compare-lr", description = "also train with this h (same seed) and project its path on the first run's plane")
    Double compareLr;

    @Option(names = "--snapshot-every", description = "steps between parameter snapshots; 0 = total steps / (--snapshots - 1) "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "0")
    long snapshotEvery;

    @Option(names = "--snapshots", description = "at most this many snapshots per run, thinned as the run grows; memory "
            + "(snapshots + 1) × parameters × 4 bytes (default: ${DEFAULT-VALUE})", defaultValue = "200")
    int snapshots;

    @Option(names = "--subset", description = "training examples of the full-batch loss (default: ${DEFAULT-VALUE})",
            defaultValue = "2000")
    int subset;

    @Option(names = "--grid", description = "grid points per side of the plane (default: ${DEFAULT-VALUE})",
            defaultValue = "41")
    int grid;

    @Option(names = "--margin", description = "grid margin around the paths, as a fraction of their span "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "0.2")
    double margin;

    @Option(names = "--workers", description = "threads computing the grid (default: the number of processors)")
    Integer workers;

    /** @return the validated landscape settings */
    NetworkLandscape.Settings settings() {
        return new NetworkLandscape.Settings(subset, grid, margin);
    }

    /** @return a caption line naming the run(s) and the landscape's settings */
    String caption() {
        return String.format(Locale.ROOT, "MLP %s, h = %s%s, batch %d, %d epochs, seed %d; E on %d training examples, "
                + "%d × %d grid", run.sizes, run.lr, compareLr == null ? "" : " (and h = " + compareLr + " on its plane)",
                run.batch, run.epochs, run.seed, subset, grid, grid);
    }

    int workerCount() {
        int w = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        if (w < 1 || w > 256) {
            throw new IllegalArgumentException("--workers must be between 1 and 256");
        }
        return w;
    }

    /**
     * Trains the run(s), printing progress to {@code err}, then computes the landscape.
     */
    NetworkLandscape compute(DataSplit data, Blas blas, PrintWriter err) {
        NetworkLandscape.Settings settings = settings();
        int w = workerCount();
        MlpArchitecture arch = run.architecture();
        if (snapshots < 4 || snapshots > 10_000) {
            throw new IllegalArgumentException("--snapshots must be between 4 and 10000");
        }
        if (snapshotEvery < 0) {
            throw new IllegalArgumentException("--snapshot-every must be >= 0 (0 = automatic)");
        }
        if (compareLr != null && !(compareLr > 0 && Double.isFinite(compareLr))) {
            throw new IllegalArgumentException("--compare-lr must be a positive number");
        }
        List<NetworkLandscape.Run> runs = new ArrayList<>();
        runs.add(train(arch, run.lr, data, blas, err));
        if (compareLr != null) {
            runs.add(train(arch, compareLr, data, blas, err));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, w - 1), r -> {
            Thread t = new Thread(r, "landscape-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int[] lastTenth = {-1};
            NetworkLandscape land = NetworkLandscape.compute(arch, runs, data, settings, blas, pool, w, null,
                    (done, total) -> {
                        int tenth = 10 * done / total;
                        synchronized (lastTenth) {
                            if (tenth > lastTenth[0]) {
                                lastTenth[0] = tenth;
                                err.println(String.format(Locale.ROOT, "landscape %d%% (%d of %d path points and grid cells)",
                                        10 * tenth, done, total));
                                err.flush();
                            }
                        }
                    });
            err.println(String.format(Locale.ROOT,
                    "PCA of %d snapshots: d1 explains %.2f%% of the path's variance, d2 %.2f%%%s",
                    land.paths().get(0).points().size(), 100 * land.plane().ratio1(), 100 * land.plane().ratio2(),
                    land.plane().secondRandom() ? " (a straight path: d2 is a random direction)" : ""));
            for (var p : land.paths()) {
                if (p.truncated()) {
                    err.println(p.label() + ": diverged; its path ends at its last finite snapshot");
                }
            }
            err.flush();
            return land;
        } finally {
            pool.shutdownNow();
        }
    }

    private NetworkLandscape.Run train(MlpArchitecture arch, double h, DataSplit data, Blas blas, PrintWriter err) {
        TrainingConfig cfg = new TrainingConfig(arch, h, run.batch, 0, run.epochs, 0, run.seed,
                TrainingConfig.DEFAULT_CHUNK);
        MlpTrainer trainer = new MlpTrainer(data, cfg, blas);
        long every = snapshotEvery > 0 ? snapshotEvery : SnapshotStore.periodFor(trainer.totalSteps(), snapshots);
        SnapshotStore store = new SnapshotStore(arch.paramCount(), snapshots, every);
        String label = "h=" + h;
        RunSummary s = store.record(trainer, m -> {
            err.println(String.format(Locale.ROOT, "%s step %d (epoch %.2f, %.1f s): E %.4f, train %.4f, test %.4f", label,
                    m.step(), m.epoch(), m.seconds(), m.loss(), m.trainAccuracy(), m.testAccuracy()));
            err.flush();
        }, null);
        err.println(String.format(Locale.ROOT, "%s: %s after %d steps; %d snapshots every %d steps (%.1f MB)", label,
                s.status().name().toLowerCase(Locale.ROOT), trainer.step(), store.size(), store.stride(),
                store.bytes() / 1e6));
        err.flush();
        return new NetworkLandscape.Run(label, store.snapshots());
    }
}
