package org.igrexplorer.ui.mlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * State of the MLP lab: the {@link MlpLabForm} with the inputs, the runs of the current grid, and
 * what the view shows about them (status, progress, ETA). {@link #start()} turns the form's plan
 * into runs h × width × seed and hands them to the {@link LabScheduler}; {@link #drain()} (once
 * per frame) moves the workers' news into the runs and updates progress and ETA.
 *
 * <p>All methods must be called from one thread (the FX thread in the app; the test thread in
 * tests). No JavaFX scene-graph classes are used here.
 */
public final class MlpLabViewModel {

    /** What the lab's workers are doing. */
    public enum Phase { IDLE, TRAINING, PERTURBING }

    /** σ values of the Figure 3 experiment. */
    public static final double[] SIGMAS = {0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3};
    /** Seed of the Figure 3 noise draws. */
    public static final long PERTURBATION_SEED = 17;

    /** The time left is estimated after 1 % of the work, or after this many seconds. */
    static final double ETA_AFTER_SECONDS = 2;

    private final MlpLabForm form = new MlpLabForm();
    private final LabScheduler scheduler;
    private final BooleanProperty fullTrainOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("ready");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final List<LabRun> runs = new ArrayList<>();
    private List<Double> hList = List.of();
    private Phase phase = Phase.IDLE;
    private List<LabRun> perturbing = List.of();

    /** The app's view-model, on {@link LabScheduler#standard()}. */
    public MlpLabViewModel() {
        this(LabScheduler.standard());
    }

    public MlpLabViewModel(LabScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** @return the inputs */
    public MlpLabForm form() {
        return form;
    }

    /**
     * Fills the form with a preset and says in the status what it shows (nothing starts; ignored while
     * runs are in progress).
     */
    public void applyPreset(LabPreset preset) {
        if (running.get()) {
            return;
        }
        preset.apply(form);
        status.set("preset " + preset.title() + ": " + preset.explanation() + ". Press Start.");
    }

    /** Figure 2 shows only runs that reached 100% train accuracy (the paper's condition). */
    public BooleanProperty fullTrainOnlyProperty() {
        return fullTrainOnly;
    }

    /** @return "" when the inputs are valid, else the problems joined by "; " */
    public ReadOnlyStringProperty problemsProperty() {
        return form.problemsProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }

    /** @return 0..1 over all steps of all runs */
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

    /**
     * Starts the grid of the form's plan.
     *
     * @return false (and nothing starts) when the inputs are invalid or runs are in progress
     */
    public boolean start() {
        if (running.get() || !form.problemsProperty().get().isEmpty() || !scheduler.isIdle()) {
            return false;
        }
        MlpLabForm.Plan plan = form.plan();
        runs.clear();
        hList = plan.learningRates();
        for (int hi = 0; hi < hList.size(); hi++) {
            for (int w : plan.widths()) {
                for (int seed : plan.seeds()) {
                    runs.add(new LabRun(runs.size(), plan.config(hList.get(hi), w, seed), hi, w));
                }
            }
        }
        int n = scheduler.train(runs, new LabScheduler.DataRequest(plan.dataSet(), plan.dataFolder(),
                plan.trainExamples(), plan.testExamples()), plan.workers());
        phase = Phase.TRAINING;
        perturbing = List.of();
        began("started " + runs.size() + " run(s) on " + n + " thread(s)");
        return true;
    }

    /**
     * Runs the Figure 3 experiment on every finished run (σ in {@link #SIGMAS}). Progress and ETA then
     * count perturbed draws ({@code SIGMAS.length ×} noise samples per run).
     *
     * @return false when runs are in progress or none has finished
     */
    public boolean startPerturbation() {
        if (running.get() || !form.problemsProperty().get().isEmpty() || !scheduler.isIdle()) {
            return false;
        }
        List<LabRun> done = runs.stream().filter(r -> r.state() == LabRun.State.FINISHED && r.trainer != null).toList();
        if (done.isEmpty()) {
            status.set(runs.isEmpty() ? "Figure 3 perturbs trained networks: start a grid first, then perturb"
                    : "Figure 3 perturbs trained networks: none of the last grid's runs finished");
            return false;
        }
        MlpLabForm.Plan plan = form.plan();
        int n = scheduler.perturb(done, SIGMAS, plan.noiseSamples(), PERTURBATION_SEED, plan.workers());
        perturbing = done;
        phase = Phase.PERTURBING;
        began(String.format(Locale.ROOT, "Figure 3: perturbing %d trained run(s) on %d thread(s), σ up to %s",
                done.size(), n, MlpLabCharts.num(SIGMAS[SIGMAS.length - 1])));
        return true;
    }

    private void began(String message) {
        running.set(true);
        paused.set(false);
        progress.set(0);
        eta.set("");
        status.set(message);
    }

    /** Pauses every job of the current phase (between steps, or between perturbed draws). */
    public void pause() {
        if (running.get() && !paused.get()) {
            scheduler.pause();
            paused.set(true);
            status.set("paused");
        }
    }

    public void resume() {
        if (paused.get()) {
            scheduler.resume();
            paused.set(false);
            status.set("running");
        }
    }

    /**
     * Cancels every job of the current phase. Cancelling the Figure 3 experiment keeps the trained
     * runs: it can be started again.
     */
    public void cancel() {
        scheduler.cancel();
        paused.set(false);
    }

    /**
     * Waits until the workers have ended (for tests and for closing the tab).
     *
     * @return whether they ended in time
     */
    public boolean awaitIdle(long millis) throws InterruptedException {
        return scheduler.awaitIdle(millis);
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
        long knownTotal = 0;
        int known = 0;
        for (LabRun r : runs) {
            if (r.totalSteps() > 0 && r.state() != LabRun.State.QUEUED) {
                knownTotal += r.totalSteps();
                known++;
            }
        }
        long perRun = known == 0 ? 0 : knownTotal / known;
        long total = 0;
        long done = 0;
        for (LabRun r : runs) {
            long t = r.state() == LabRun.State.QUEUED ? perRun : r.totalSteps();
            total += t;
            done += r.isDone() ? t : Math.min(r.step(), t);
        }
        double elapsed = updateProgress(total == 0 ? 0 : (double) done / total);
        if (runs.stream().allMatch(LabRun::isDone) && scheduler.isIdle()) {
            long fin = runs.stream().filter(r -> r.state() == LabRun.State.FINISHED).count();
            long cancelled = runs.stream().filter(r -> r.state() == LabRun.State.CANCELLED).count();
            if (cancelled > 0) {
                // the bar keeps the share of the work that was done; cancelled runs count only their steps
                long stepsDone = runs.stream().mapToLong(r -> r.state() == LabRun.State.CANCELLED
                        ? Math.min(r.step(), Math.max(r.totalSteps(), 0)) : Math.max(r.totalSteps(), 0)).sum();
                long stepsPlanned = runs.stream().mapToLong(r -> Math.max(r.totalSteps(), perRun)).sum();
                ended(String.format(Locale.ROOT, "cancelled after %s: %d of %d run(s) finished, %d cancelled",
                        duration(elapsed), fin, runs.size(), cancelled),
                        stepsPlanned == 0 ? 0 : Math.min(1, (double) stepsDone / stepsPlanned));
            } else {
                ended(String.format(Locale.ROOT, "done: %d of %d run(s) finished in %s", fin, runs.size(),
                        duration(elapsed)), 1);
            }
            changed = true;
        }
        return changed;
    }

    /** Sets the progress and the ETA (from the time spent, pauses excluded). @return seconds spent */
    private double updateProgress(double frac) {
        progress.set(frac);
        double elapsed = scheduler.elapsedSeconds();
        if (frac > 0 && frac < 1 && (frac > 0.01 || elapsed >= ETA_AFTER_SECONDS)) {
            eta.set(String.format(Locale.ROOT, "about %s left (%s so far)", duration(elapsed * (1 - frac) / frac),
                    duration(elapsed)));
        }
        return elapsed;
    }

    /** @param share the part of the work done, for the bar (1 unless cancelled) */
    private void ended(String message, double share) {
        running.set(false);
        paused.set(false);
        progress.set(share);
        eta.set("");
        phase = Phase.IDLE;
        status.set(message);
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
        if (!perturbing.stream().allMatch(LabRun::isPerturbationSettled) || !scheduler.isIdle()) {
            return false;
        }
        long ok = perturbing.stream().filter(r -> r.perturbationState() == LabRun.PerturbationState.DONE).count();
        long cancelled = perturbing.stream()
                .filter(r -> r.perturbationState() == LabRun.PerturbationState.CANCELLED).count();
        ended(String.format(Locale.ROOT, "Figure 3: %d of %d run(s) perturbed in %s%s", ok, perturbing.size(),
                duration(elapsed), cancelled > 0 ? " (" + cancelled + " cancelled: perturb again to redo)" : ""),
                cancelled > 0 ? progress.get() : 1);
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
