package org.igrexplorer.ui.mlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.PerturbationPoint;
import org.igrexplorer.core.mlp.RunControl;
import org.igrexplorer.core.mlp.RunSummary;
import org.igrexplorer.core.mlp.TrainingConfig;
import org.igrexplorer.core.mlp.landscape.Snapshot;
import org.igrexplorer.core.mlp.landscape.SnapshotStore;

/**
 * One run of the lab grid. Fields under "worker side" are written by the run's worker thread and
 * are thread-safe mailboxes; fields under "UI side" are owned by the thread that calls
 * {@link MlpLabViewModel#drain()} (the FX thread in the app).
 */
public final class LabRun {

    /** Life cycle as the UI shows it. */
    public enum State { QUEUED, RUNNING, PAUSED, FINISHED, DIVERGED, CANCELLED, FAILED }

    /** Where this run is in the Figure 3 experiment. */
    public enum PerturbationState { NONE, QUEUED, RUNNING, DONE, CANCELLED, FAILED }

    /** Progress as posted by the worker. */
    record Progress(long step, long total) {
    }

    final int index;
    final TrainingConfig config;
    final int hIndex;
    final int width;
    final RunControl control = new RunControl();

    // worker side
    final ConcurrentLinkedQueue<MlpMetrics> pendingMetrics = new ConcurrentLinkedQueue<>();
    final LatestValue<Progress> progressBox = new LatestValue<>();
    final LatestValue<Object> endBox = new LatestValue<>(); // RunSummary or a Throwable message
    final LatestValue<List<PerturbationPoint>> perturbationBox = new LatestValue<>();
    final LatestValue<Progress> perturbationProgressBox = new LatestValue<>();
    /** A perturbation job's end: null while it runs; "" when it was cancelled, else an error message. */
    final LatestValue<String> perturbationEndBox = new LatestValue<>();
    volatile MlpTrainer trainer;
    /** The run's parameter snapshots (set by the worker when training starts). */
    volatile SnapshotStore snapshots;
    /** The data the run trains on (set by the worker when training starts). */
    volatile DataSplit data;
    volatile boolean started;
    /** The control of the current Figure 3 job (a fresh one per job, so a cancelled job does not stick). */
    volatile RunControl perturbationControl;

    // UI side
    private final List<MlpMetrics> history = new ArrayList<>();
    private MlpMetrics best;
    private long step;
    private long totalSteps;
    private State state = State.QUEUED;
    private String message = "";
    private RunSummary summary;
    private List<PerturbationPoint> perturbation = List.of();
    private PerturbationState perturbationState = PerturbationState.NONE;
    private long perturbationDone;
    private long perturbationTotal;

    LabRun(int index, TrainingConfig config, int hIndex, int width) {
        this.index = index;
        this.config = config;
        this.hIndex = hIndex;
        this.width = width;
    }

    /** Moves what the worker posted into the UI-side state. @return whether anything changed */
    boolean drain() {
        boolean changed = false;
        MlpMetrics m;
        while ((m = pendingMetrics.poll()) != null) {
            history.add(m);
            if (m.finite() && (best == null || m.testAccuracy() > best.testAccuracy())) {
                best = m;
            }
            changed = true;
        }
        Progress p = progressBox.take();
        if (p != null) {
            step = p.step();
            totalSteps = p.total();
            changed = true;
        }
        if (state == State.QUEUED && started) {
            state = State.RUNNING;
            changed = true;
        }
        if (state == State.RUNNING && control.isPaused()) {
            state = State.PAUSED;
            changed = true;
        } else if (state == State.PAUSED && !control.isPaused()) {
            state = State.RUNNING;
            changed = true;
        }
        Object end = endBox.take();
        if (end instanceof RunSummary s) {
            summary = s;
            state = switch (s.status()) {
                case FINISHED -> State.FINISHED;
                case DIVERGED -> State.DIVERGED;
                case CANCELLED -> State.CANCELLED;
            };
            changed = true;
        } else if (end instanceof String err) {
            state = State.FAILED;
            message = err;
            changed = true;
        }
        Progress pr = perturbationProgressBox.take();
        if (pr != null) {
            perturbationDone = pr.step();
            perturbationTotal = pr.total();
            if (perturbationState == PerturbationState.QUEUED) {
                perturbationState = PerturbationState.RUNNING;
            }
            changed = true;
        }
        List<PerturbationPoint> pp = perturbationBox.take();
        if (pp != null) {
            perturbation = List.copyOf(pp);
            perturbationState = PerturbationState.DONE;
            perturbationDone = perturbationTotal;
            changed = true;
        }
        String pend = perturbationEndBox.take();
        if (pend != null && perturbationState != PerturbationState.DONE) {
            perturbationState = pend.isEmpty() ? PerturbationState.CANCELLED : PerturbationState.FAILED;
            if (!pend.isEmpty()) {
                message = pend;
            }
            changed = true;
        }
        return changed;
    }

    public int index() {
        return index;
    }

    public TrainingConfig config() {
        return config;
    }

    /** @return position of this run's h in the lab's h list (its colour) */
    public int hIndex() {
        return hIndex;
    }

    public int width() {
        return width;
    }

    public double learningRate() {
        return config.learningRate();
    }

    public double lambda() {
        return config.lambda();
    }

    public List<MlpMetrics> history() {
        return Collections.unmodifiableList(history);
    }

    /** @return metrics at the maximum test accuracy so far, or null */
    public MlpMetrics best() {
        return best;
    }

    /** @return whether some evaluation so far had 100% train accuracy */
    public boolean reachedFullTrainAccuracy() {
        return history.stream().anyMatch(m -> m.trainAccuracy() >= 1.0);
    }

    public long step() {
        return step;
    }

    public long totalSteps() {
        return totalSteps == 0 ? config.epochs() : totalSteps;
    }

    public State state() {
        return state;
    }

    public boolean isDone() {
        return state == State.FINISHED || state == State.DIVERGED || state == State.CANCELLED || state == State.FAILED;
    }

    public String message() {
        return message;
    }

    public RunSummary summary() {
        return summary;
    }

    public List<PerturbationPoint> perturbation() {
        return perturbation;
    }

    public PerturbationState perturbationState() {
        return perturbationState;
    }

    /** @return whether this run's Figure 3 job has ended (done, cancelled or failed), or never started */
    public boolean isPerturbationSettled() {
        return perturbationState != PerturbationState.QUEUED && perturbationState != PerturbationState.RUNNING;
    }

    /** @return draws measured so far in the current or last Figure 3 job */
    public long perturbationDone() {
        return perturbationDone;
    }

    /** @return draws in the current or last Figure 3 job (0 before the first) */
    public long perturbationTotal() {
        return perturbationTotal;
    }

    /** UI side: a Figure 3 job of {@code total} draws was just submitted for this run. */
    void perturbationQueued(long total) {
        perturbationState = PerturbationState.QUEUED;
        perturbationDone = 0;
        perturbationTotal = total;
        perturbationProgressBox.take();
        perturbationEndBox.take();
        perturbationBox.take();
    }

    /** @return the parameter snapshots taken so far (empty before training starts) */
    public List<Snapshot> snapshots() {
        SnapshotStore s = snapshots;
        return s == null ? List.of() : s.snapshots();
    }

    /** @return a short name: h, width and seed */
    public String label() {
        return String.format(Locale.ROOT, "h=%s w=%d seed %d", MlpLabCharts.num(config.learningRate()), width,
                config.seed());
    }

    /** @return a one-line description for the run list */
    public String describe() {
        String acc = best == null ? "" : String.format(Locale.ROOT, " · test %.1f%% · R_IG %.1e",
                100 * best.testAccuracy(), best.rIg());
        String fig3 = switch (perturbationState) {
            case NONE -> "";
            case QUEUED -> " · Fig. 3 queued";
            case RUNNING -> String.format(Locale.ROOT, " · Fig. 3 %d/%d", perturbationDone, perturbationTotal);
            case DONE -> " · Fig. 3 done";
            case CANCELLED -> " · Fig. 3 cancelled";
            case FAILED -> " · Fig. 3 failed";
        };
        MlpMetrics sharp = null;
        for (int i = history.size() - 1; i >= 0 && sharp == null; i--) {
            sharp = history.get(i).hasSharpness() ? history.get(i) : null;
        }
        String s = sharp == null ? "" : String.format(Locale.ROOT, " · λ_max %.3g (h·λ_max/2 = %.2f)",
                sharp.sharpness(), config.learningRate() * sharp.sharpness() / 2);
        return String.format(Locale.ROOT, "%s: %s%s%s%s%s", label(),
                state.name().toLowerCase(Locale.ROOT), acc, s, fig3, message.isEmpty() ? "" : " — " + message);
    }
}
