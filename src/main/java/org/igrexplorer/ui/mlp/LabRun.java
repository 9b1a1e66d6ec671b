package org.igrexplorer.ui.mlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.PerturbationPoint;
import org.igrexplorer.core.mlp.RunControl;
import org.igrexplorer.core.mlp.RunSummary;
import org.igrexplorer.core.mlp.TrainingConfig;

/**
 * One run of the lab grid. Fields under "worker side" are written by the run's worker thread and
 * are thread-safe mailboxes; fields under "UI side" are owned by the thread that calls
 * {@link MlpLabViewModel#drain()} (the FX thread in the app).
 */
public final class LabRun {

    /** Life cycle as the UI shows it. */
    public enum State { QUEUED, RUNNING, PAUSED, FINISHED, DIVERGED, CANCELLED, FAILED }

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
    volatile MlpTrainer trainer;
    volatile boolean started;

    // UI side
    private final List<MlpMetrics> history = new ArrayList<>();
    private MlpMetrics best;
    private long step;
    private long totalSteps;
    private State state = State.QUEUED;
    private String message = "";
    private RunSummary summary;
    private List<PerturbationPoint> perturbation = List.of();

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
        List<PerturbationPoint> pp = perturbationBox.take();
        if (pp != null) {
            perturbation = List.copyOf(pp);
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

    /** @return a one-line description for the run list */
    public String describe() {
        String acc = best == null ? "" : String.format(java.util.Locale.ROOT, ", best test %.2f%% (R_IG %.2e)",
                100 * best.testAccuracy(), best.rIg());
        return String.format(java.util.Locale.ROOT, "h=%s width %d seed %d: %s%s%s", MlpLabCharts.num(config.learningRate()), width,
                config.seed(), state.name().toLowerCase(java.util.Locale.ROOT), acc,
                message.isEmpty() ? "" : " — " + message);
    }
}
