package org.igrexplorer.ui.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.RunControl;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;

/**
 * The network landscape of a lab run: which runs can be drawn, the computation of the landscape
 * (PCA plane of a reference run, loss grid, the reference path and optionally a second run's path
 * on the same plane) on a pool of the lab's kind with progress and cancel, and its result. Uses no
 * JavaFX toolkit: results and progress reach the properties through the {@code ui} executor
 * (Platform::runLater in the app, Runnable::run in tests); call the methods on that thread.
 */
public final class NetworkLandscapeViewModel {

    private final Executor ui;
    private final IntFunction<ExecutorService> poolFactory;
    private final Blas blas;
    private final ReadOnlyObjectWrapper<NetworkLandscape> landscape = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private NetworkLandscape.Settings settings = NetworkLandscape.Settings.DEFAULT;
    private RunControl control;
    /** Counts jobs, so that news from a cancelled job never overwrites a newer one. */
    private long job;

    /**
     * @param ui runs property updates (the FX thread in the app)
     * @param poolFactory makes a pool of n threads for one computation
     * @param blas the kernel, or null for {@link Blas#best()} looked up on the worker
     */
    public NetworkLandscapeViewModel(Executor ui, IntFunction<ExecutorService> poolFactory, Blas blas) {
        this.ui = ui;
        this.poolFactory = poolFactory;
        this.blas = blas;
    }

    /** @return the app's view-model: daemon workers like the lab's, updates on the FX thread */
    public static NetworkLandscapeViewModel standard(Executor fxThread) {
        return new NetworkLandscapeViewModel(fxThread, LabScheduler::daemonPool, null);
    }

    /** @return runs whose landscape can be drawn: at least two snapshots (finished, cancelled or diverged) */
    public static List<LabRun> candidates(List<LabRun> runs) {
        List<LabRun> out = new ArrayList<>();
        for (LabRun r : runs) {
            if (r.isDone() && r.data != null && r.snapshots().size() >= 2) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return runs that can share {@code reference}'s plane: same network and data, other than it */
    public static List<LabRun> comparable(List<LabRun> runs, LabRun reference) {
        List<LabRun> out = new ArrayList<>();
        for (LabRun r : candidates(runs)) {
            if (r != reference && reference != null && r.data == reference.data
                    && r.config().architecture().equals(reference.config().architecture())) {
                out.add(r);
            }
        }
        return out;
    }

    public ReadOnlyObjectProperty<NetworkLandscape> landscapeProperty() {
        return landscape.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return 0..1 of the current computation */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public NetworkLandscape.Settings settings() {
        return settings;
    }

    public void setSettings(NetworkLandscape.Settings s) {
        settings = s;
    }

    /**
     * Starts computing the landscape of {@code reference}, with {@code compare}'s path on the same
     * plane when it is not null; a computation still running is cancelled first.
     *
     * @param threads workers (the calling pool thread counts as one)
     * @return false (and a message in the status) when the runs cannot be drawn
     */
    public boolean compute(LabRun reference, LabRun compare, int threads) {
        if (reference == null || !candidates(List.of(reference)).contains(reference)) {
            status.set("choose a finished lab run with parameter snapshots");
            return false;
        }
        if (compare != null && !comparable(List.of(reference, compare), reference).contains(compare)) {
            status.set(compare.label() + " has another network or other data than " + reference.label()
                    + ": it cannot share its plane");
            return false;
        }
        cancel();
        long id = ++job;
        RunControl c = new RunControl();
        control = c;
        List<NetworkLandscape.Run> runs = new ArrayList<>();
        runs.add(new NetworkLandscape.Run(reference.label(), reference.snapshots()));
        if (compare != null) {
            runs.add(new NetworkLandscape.Run(compare.label(), compare.snapshots()));
        }
        NetworkLandscape.Settings s = settings;
        int n = Math.max(1, threads);
        ExecutorService pool = poolFactory.apply(n);
        busy.set(true);
        progress.set(0);
        status.set(String.format(Locale.ROOT, "computing the landscape of %s: PCA of %d snapshots, %d × %d grid on %d "
                + "examples, %d thread(s)…", reference.label(), runs.get(0).snapshots().size(), s.cells(), s.cells(),
                s.subset(), n));
        var arch = reference.config().architecture();
        var data = reference.data;
        int[] lastPercent = {-1};
        pool.execute(() -> {
            try {
                NetworkLandscape land = NetworkLandscape.compute(arch, runs, data, s, blas != null ? blas : Blas.best(),
                        pool, n, c, (done, total) -> {
                            int percent = (int) (100L * done / total);
                            synchronized (lastPercent) {
                                if (percent <= lastPercent[0]) {
                                    return;
                                }
                                lastPercent[0] = percent;
                            }
                            ui.execute(() -> {
                                if (job == id) {
                                    progress.set(percent / 100.0);
                                }
                            });
                        });
                ui.execute(() -> finished(id, land, null));
            } catch (CancellationException e) {
                ui.execute(() -> finished(id, null, "cancelled"));
            } catch (RuntimeException | OutOfMemoryError e) {
                String m = e.getMessage() == null ? e.toString() : e.getMessage();
                ui.execute(() -> finished(id, null, "landscape failed: " + m));
            } finally {
                pool.shutdown();
            }
        });
        return true;
    }

    private void finished(long id, NetworkLandscape land, String problem) {
        if (id != job) {
            return;
        }
        busy.set(false);
        control = null;
        if (land == null) {
            status.set(problem);
            return;
        }
        progress.set(1);
        landscape.set(land);
        var t = land.timings();
        status.set(String.format(Locale.ROOT, "%s: d₁ explains %.1f%%, d₂ %.1f%% of the path's variance%s; "
                + "grid %d × %d on %d examples in %.1f s, path points in %.1f s", land.paths().get(0).label(),
                100 * land.plane().ratio1(), 100 * land.plane().ratio2(),
                land.plane().secondRandom() ? " (straight path: d₂ random)" : "", land.grid().nAlpha(),
                land.grid().nBeta(), land.subsetSize(), t.grid(), t.path()));
    }

    /** Shows a message (e.g. an export's outcome) in the status line. */
    public void report(String message) {
        status.set(message);
    }

    /** Cancels the computation in progress, if any (its workers stop within a grid cell). */
    public void cancel() {
        if (control != null) {
            control.cancel();
            control = null;
            job++;
            busy.set(false);
            status.set("cancelled");
        }
    }
}
