package org.igrexplorer.ui.teaching;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.Momentum;
import org.igrexplorer.core.loss.Hessians;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LossRange;
import org.igrexplorer.core.loss.StabilityArc;
import org.igrexplorer.core.teaching.BackwardErrorPanel;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.core.teaching.Balance;
import org.igrexplorer.core.teaching.DistanceOverTime;
import org.igrexplorer.core.teaching.Figure1b;
import org.igrexplorer.core.teaching.PlaybackFrame;
import org.igrexplorer.core.sgd.SgdBackwardError;
import org.igrexplorer.core.sgd.SgdRun;
import org.igrexplorer.core.teaching.SharpnessTrace;
import org.igrexplorer.ui.concurrent.CoalescingExecutor;
import org.igrexplorer.ui.explorer.ParameterField;

/**
 * The state of the teaching panels. Fed with the explorer's parameters and trajectories through
 * {@link #update}, it recomputes the panel data off the FX thread (newest request wins, one
 * {@link CoalescingExecutor} per panel so a slow Figure 1b sweep never holds back the others) and
 * publishes immutable results as read-only properties. Figure 1b and the backward-error study depend
 * only on x, y and the start, so changing h or µ only moves Figure 1b's marker. With β &gt; 0 it also
 * computes heavy-ball momentum and its modified flow and adds them to distance, balance and playback.
 * <p>
 * Call {@link #update} and the setters on the UI thread; in tests inject {@code Runnable::run} for
 * both executors and everything runs on the caller's thread without the FX toolkit.
 */
public final class TeachingViewModel {

    /** Learning rates of the live Figure 1b panel. */
    public static final int FIGURE1B_POINTS = TeachingPanels.FIGURE1B_POINTS;

    /**
     * Everything that depends on the full parameters and the trajectories.
     *
     * @param gdSharpness       the sharpness along GD (computed even when GD is hidden in the explorer)
     * @param momentumSharpness the sharpness along heavy-ball momentum, or null for β = 0
     * @param around            the loss around the start (a flat loss: each curve "stays at the start")
     */
    public record Curves(RunParameters parameters, double beta, Map<Method, Trajectory> trajectories,
                         List<DistanceOverTime.Series> distance, List<Balance.Series> balance,
                         List<StabilityArc> band, SharpnessTrace.Result gdSharpness,
                         SharpnessTrace.Result momentumSharpness, LossRange around) {

        /** @return the sharpness panel's chart (no playback mark) */
        public XYChart sharpnessChart() {
            return TeachingCharts.sharpness(gdSharpness, momentumSharpness);
        }

        /** @return the chart of the conserved quantity, or a chart whose title says why there is none */
        public XYChart balanceChart() {
            Landscape l = parameters.landscape();
            return l.conservedQuantity().map(q -> TeachingCharts.balance(balance, q))
                    .orElseGet(() -> TeachingCharts.absent("No balance panel: " + l.displayName()
                            + " has no known quantity that the exact flow conserves"));
        }
    }

    private final CoalescingExecutor sweepJobs;
    private final CoalescingExecutor studyJobs;
    private final CoalescingExecutor curveJobs;
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final DoubleProperty beta = new SimpleDoubleProperty(this, "beta", 0.0) {
        @Override
        public void set(double v) {
            super.set(Double.isNaN(v) ? 0.0 : Math.max(0.0, Math.min(Momentum.MAX_BETA, v)));
        }
    };
    /** β as a typed field and a slider (0 … 0.95 on the slider, 0 … {@value Momentum#MAX_BETA} typed), kept equal to {@link #beta}. */
    private final ParameterField betaField = new ParameterField("β", ParameterField.Scale.LINEAR, 0, 0.95, 0,
            Momentum.MAX_BETA, false, 0.0);
    private final ReadOnlyObjectWrapper<Figure1b.Result> figure1b = new ReadOnlyObjectWrapper<>(this, "figure1b");
    private final ReadOnlyObjectWrapper<BackwardErrorPanel.Result> backwardError =
            new ReadOnlyObjectWrapper<>(this, "backwardError");
    private final ReadOnlyObjectWrapper<Curves> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyObjectWrapper<List<String>> formula = new ReadOnlyObjectWrapper<>(this, "formula",
            List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The current problem of each panel job; a job's next result clears its own. */
    private final Map<Job, String> problems = new EnumMap<>(Job.class);

    private enum Job { SWEEP, STUDY, CURVES, SGD }

    /**
     * The panel "SGD's one-epoch error" for a data set: the study, or why there is none.
     *
     * @param result the study ({@code null} when {@code absent} says why there is none)
     * @param absent why the panel is empty, or "" when there is a result
     * @param points n
     * @param batch  B
     */
    public record SgdError(SgdBackwardError.Result result, String absent, int points, int batch) {
    }

    private final CoalescingExecutor sgdJobs;
    private final ReadOnlyObjectWrapper<SgdError> sgdError = new ReadOnlyObjectWrapper<>(this, "sgdError");
    private String sgdKey;
    /** The last SGD run while the studies were not wanted (computed when they are), or null. */
    private SgdRun sgdPending;
    private double[] sgdPendingStart;

    private RunParameters parameters;
    private Map<Method, Trajectory> baseTrajectories = Map.of();
    private String startKey;
    /** Whether Figure 1b and the one-step error are computed (only the Teaching tab shows them). */
    private boolean studiesWanted = true;
    /** The start changed while the studies were not wanted: compute them when they are. */
    private boolean studiesStale;

    /**
     * @param background where the panels compute
     * @param ui         where results are published (the FX thread in the application)
     */
    public TeachingViewModel(Executor background, Executor ui) {
        sweepJobs = new CoalescingExecutor(background, ui);
        studyJobs = new CoalescingExecutor(background, ui);
        curveJobs = new CoalescingExecutor(background, ui);
        sgdJobs = new CoalescingExecutor(background, ui);
        beta.addListener((o, was, is) -> {
            if (parameters != null) {
                requestCurves();
            }
        });
        playback.frameProperty().addListener((o, was, is) -> refreshFormula());
        betaField.valueProperty().addListener((o, was, is) -> beta.set(is.doubleValue()));
        beta.addListener((o, was, is) -> {
            if (betaField.getValue() != is.doubleValue()) {
                betaField.setValue(is.doubleValue());
            }
        });
    }

    /**
     * New parameters and trajectories from the explorer (UI thread).
     *
     * @param p            current parameters
     * @param trajectories GD and the flows computed for {@code p}
     */
    public void update(RunParameters p, Map<Method, Trajectory> trajectories) {
        parameters = Objects.requireNonNull(p);
        baseTrajectories = Map.copyOf(trajectories);
        String key = p.model() + "," + p.a0() + "," + p.b0();
        if (!key.equals(startKey)) {
            startKey = key;
            if (studiesWanted) {
                requestStudies(p);
            } else {
                studiesStale = true;
            }
        } else if (figure1b.get() != null) {
            Figure1b.Result old = figure1b.get();
            figure1b.set(new Figure1b.Result(p, old.points(), old.regimes(), old.ranges()));
        }
        requestCurves();
    }

    /**
     * Says whether Figure 1b and the one-step error study are shown (the Teaching tab is selected). While they
     * are not, a new start does not compute them, so that dragging in the explorer leaves the cores to the
     * explorer; they are computed for the current start when they are wanted again.
     */
    public void setStudiesWanted(boolean wanted) {
        studiesWanted = wanted;
        if (wanted && studiesStale && parameters != null) {
            studiesStale = false;
            requestStudies(parameters);
        }
        if (wanted && sgdPending != null) {
            SgdRun run = sgdPending;
            sgdPending = null;
            updateSgd(run, sgdPendingStart);
        }
    }

    /**
     * SGD's run from the explorer (UI thread): the one-epoch error study at the start, recomputed when the
     * data set, the batch or the start change.
     *
     * @param run   the data-set loss and batch size, or {@code null} without a data set (the panel goes)
     * @param start (a₀, b₀)
     */
    public void updateSgd(SgdRun run, double[] start) {
        if (run == null) {
            sgdPending = null;
            sgdKey = null;
            sgdError.set(null);
            problem(Job.SGD, null);
            return;
        }
        String key = run.loss().data() + "," + run.loss().exampleLoss() + "," + run.batch() + "," + start[0] + ","
                + start[1];
        if (key.equals(sgdKey)) {
            return;
        }
        if (!studiesWanted) {
            // like the other studies: computed once the Teaching tab shows it
            sgdPending = run;
            sgdPendingStart = start.clone();
            return;
        }
        sgdKey = key;
        int n = run.points();
        int b = run.batch();
        if (!run.exactFirstEpoch()) {
            sgdError.set(new SgdError(null, String.format(Locale.ROOT, "SGD's one-epoch error needs the exact "
                    + "mean over all n! orders: n ≤ %d points (n = %d here)", SgdRun.MAX_EXACT_POINTS, n), n, b));
            problem(Job.SGD, null);
            return;
        }
        double[] s = start.clone();
        // a study that arrives after its data set went (or changed) is dropped
        sgdJobs.submit(() -> SgdBackwardError.compute(run.loss(), b, s, SgdBackwardError.DEFAULT_COUNT), r -> {
            if (key.equals(sgdKey)) {
                sgdError.set(new SgdError(r, "", n, b));
                problem(Job.SGD, null);
            }
        }, e -> {
            if (key.equals(sgdKey)) {
                sgdError.set(new SgdError(null, "No one-epoch error study here: " + e.getMessage(), n, b));
                fail(Job.SGD, e);
            }
        });
    }

    /** @return SGD's one-epoch error study for the explorer's data set, or {@code null} without a data set */
    public ReadOnlyObjectProperty<SgdError> sgdErrorProperty() {
        return sgdError.getReadOnlyProperty();
    }

    private void requestStudies(RunParameters p) {
        double[] rates;
        try {
            rates = Figure1b.defaultLearningRates(p, FIGURE1B_POINTS);
        } catch (IllegalArgumentException e) {
            rates = null;
            figure1b.set(null);
            problem(Job.SWEEP, e.getMessage());
        }
        if (rates != null) {
            problem(Job.SWEEP, null);
            double[] hs = rates;
            sweepJobs.submit(() -> Figure1b.compute(p, hs,
                    Figure1b.DEFAULT_MAX_STEPS), r -> {
                        RunParameters now = parameters;
                        figure1b.set(new Figure1b.Result(now != null && sameStart(now, p) ? now : p, r.points(),
                                r.regimes(), r.ranges()));
                        problem(Job.SWEEP, null);
                    }, e -> fail(Job.SWEEP, e));
        }
        studyJobs.submit(() -> BackwardErrorPanel.compute(p, BackwardErrorPanel.DEFAULT_COUNT), r -> {
            backwardError.set(r);
            problem(Job.STUDY, null);
        }, e -> {
            backwardError.set(null);
            fail(Job.STUDY, e);
        });
    }

    private static boolean sameStart(RunParameters a, RunParameters b) {
        return a.model().equals(b.model()) && a.a0() == b.a0() && a.b0() == b.b0();
    }

    private void requestCurves() {
        RunParameters p = parameters;
        Map<Method, Trajectory> base = baseTrajectories;
        double b = beta.get();
        curveJobs.submit(() -> computeCurves(p, base, b), c -> {
            curves.set(c);
            playback.setTrajectories(c.trajectories(), p.h());
            refreshFormula();
            problem(Job.CURVES, null);
        }, e -> fail(Job.CURVES, e));
    }

    /**
     * The curve job: momentum runs (if β &gt; 0), distances, balances, the band, the sharpness along GD (and
     * momentum). Off the UI thread.
     */
    static Curves computeCurves(RunParameters p, Map<Method, Trajectory> base, double beta) {
        Map<Method, Trajectory> all = new EnumMap<>(Method.class);
        all.putAll(base);
        if (beta > 0) {
            all.putAll(TrajectoryService.computeAll(EnumSet.of(Method.MOMENTUM, Method.MOMENTUM_MODIFIED), p, beta,
                    RunLimits.DEFAULT, FlowTolerances.DEFAULT));
        }
        Landscape l = p.landscape();
        List<Balance.Series> balance = l.conservedQuantity().map(q -> Balance.compute(all, q)).orElse(List.of());
        Trajectory gd = all.containsKey(Method.GD) ? all.get(Method.GD)
                : TrajectoryService.compute(Method.GD, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        Trajectory heavyBall = beta > 0 ? all.get(Method.MOMENTUM) : null;
        return new Curves(p, beta, Map.copyOf(all), DistanceOverTime.compute(all), balance,
                Hessians.stableMinima(l, p.h(), l.frame(p.a0(), p.b0())), SharpnessTrace.of(l, gd, 0),
                heavyBall == null ? null : SharpnessTrace.of(l, heavyBall, beta),
                LossRange.sample(l, l.frame(p.a0(), p.b0()), LossRange.SAMPLES));
    }

    private void refreshFormula() {
        if (parameters == null) {
            return;
        }
        PlaybackFrame f = playback.frameProperty().get();
        double[] point = f == null ? null : f.point(Method.GD).orElse(null);
        double a = point == null ? parameters.a0() : point[0];
        double b = point == null ? parameters.b0() : point[1];
        formula.set(FormulaText.lines(parameters, a, b, beta.get()));
    }

    private void fail(Job job, Throwable e) {
        problem(job, e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** Sets (or, with null, clears) one job's problem; the message lists those that remain. */
    private void problem(Job job, String text) {
        if (text == null) {
            problems.remove(job);
        } else {
            problems.put(job, text);
        }
        message.set(String.join("; ", problems.values()));
    }

    /** @return the playback over the current trajectories */
    public PlaybackViewModel playback() {
        return playback;
    }

    /** @return heavy-ball momentum β in [0, {@value Momentum#MAX_BETA}]; 0 hides the momentum curves */
    public DoubleProperty betaProperty() {
        return beta;
    }

    /** @return β as the field the momentum controls show (slider and text), always equal to {@link #betaProperty()} */
    public ParameterField betaField() {
        return betaField;
    }

    /**
     * @return one line per momentum curve shown (how each ended), or why there are none (β = 0); empty
     *         before the first result
     */
    public static String momentumStatus(Curves c) {
        if (c == null) {
            return "";
        }
        if (!(c.beta() > 0)) {
            return "β = 0: momentum is plain GD; raise β to compare GD with momentum and its modified flow";
        }
        StringBuilder sb = new StringBuilder();
        for (Method m : List.of(Method.MOMENTUM, Method.MOMENTUM_MODIFIED)) {
            Trajectory t = c.trajectories().get(m);
            if (t != null) {
                sb.append(sb.length() > 0 ? "\n" : "").append(m.label()).append(": ").append(t.message(c.around()));
            }
        }
        return sb.toString();
    }

    /** @return the Figure 1b sweep from the current start, its marker at the current h */
    public ReadOnlyObjectProperty<Figure1b.Result> figure1bProperty() {
        return figure1b.getReadOnlyProperty();
    }

    /** @return the one-step backward-error study at the current start */
    public ReadOnlyObjectProperty<BackwardErrorPanel.Result> backwardErrorProperty() {
        return backwardError.getReadOnlyProperty();
    }

    /** @return distances, balances and the stability band for the current parameters */
    public ReadOnlyObjectProperty<Curves> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** @return the formula panel's LaTeX lines, evaluated at the playback's GD point */
    public ReadOnlyObjectProperty<List<String>> formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    /** @return what keeps panels from showing now (each cleared by its panel's next result), or empty */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
