package org.igrexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.igrexplorer.core.Numbers;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.LossRange;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.SgdSettings;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.loss.ExampleLoss;
import org.igrexplorer.core.sgd.MeanIterate;
import org.igrexplorer.core.sgd.SgdRun;
import org.igrexplorer.core.sgd.SgdTrajectories;
import org.igrexplorer.ui.concurrent.CoalescingExecutor;
import org.igrexplorer.ui.plane.FieldGrid;
import org.igrexplorer.ui.render.HeightGrid;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneGeometry;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.ui.render.SurfaceSampler;
import org.igrexplorer.ui.render.SurfaceTexture;

/**
 * View-model of the explorer: the parameters (each a validated {@link ParameterField}), which
 * curves are shown, the height mode; and, as read-only properties, the latest curves, surface and
 * plane field, computed off the UI thread by {@link CoalescingExecutor}s (newest request wins) and
 * published on the UI executor. Needs no FX toolkit: pass {@code Runnable::run} for both executors
 * to compute synchronously.
 */
public final class ExplorerViewModel {

    /** Vertices per side of the 3D surface mesh. */
    public static final int SURFACE_RESOLUTION = 160;
    /** Vertices per side of the surface drawn while the user orbits or drags (interactive quality). */
    public static final int COARSE_SURFACE_RESOLUTION = 64;
    /** Samples per side of the plane's heatmap. */
    public static final int FIELD_RESOLUTION = 220;

    /**
     * The curves for one parameter set, as a drag step computes them: the trajectories and the mapping they are
     * drawn with, no 3D geometry ({@link #meshes} builds that when the 3D view shows the snapshot). With a data set,
     * SGD's run and the few seeded sample paths drawn faint (the {@link Method#SGD} curve is the first of them).
     *
     * @param sgd         the SGD run (data-set loss, batch, seed, samples), or {@code null} without a data set
     * @param samplePaths SGD's sample paths to draw (empty unless {@link Method#SGD} is shown)
     * @param mean        the mean SGD iterate with its standard errors (for the data export), or {@code null}
     */
    public record CurveSnapshot(RunParameters parameters, Map<Method, Trajectory> trajectories,
                                SceneMapping mapping, SgdRun sgd, List<Trajectory> samplePaths, MeanIterate mean) {
        public CurveSnapshot {
            samplePaths = List.copyOf(samplePaths);
        }
    }

    /**
     * The 3D geometry of one {@link CurveSnapshot}: a tube and markers per curve (SGD's mesh holds all its sample
     * paths) and the edge of the stability region h·λ_max(H) &lt; 2 on the surface.
     */
    public record CurveMeshSet(Map<Method, SceneGeometry.CurveMeshes> meshes, MeshData stableEdge) {
    }

    /**
     * The surface for one (landscape, box, height mode): its heights at full and at interactive resolution,
     * the colour image draped over both, and the known minima.
     */
    public record SurfaceSnapshot(SceneMapping mapping, HeightGrid surface, HeightGrid coarseSurface,
                                  SurfaceTexture texture, MeshData minima) {
    }

    /** Largest |constant| a landscape's constant may be typed to. */
    public static final double CONSTANT_LIMIT = 1000;

    private final ParameterField a0;
    private final ParameterField b0;
    private final ParameterField h;
    private final ParameterField mu;
    private final ParameterField steps;

    private final Map<Method, BooleanProperty> visible = new EnumMap<>(Method.class);
    private final ObjectProperty<HeightMode> heightMode = new SimpleObjectProperty<>(this, "heightMode",
            HeightMode.LOG);
    private final ReadOnlyObjectWrapper<RunParameters> parameters = new ReadOnlyObjectWrapper<>(this, "parameters");
    private final ReadOnlyObjectWrapper<List<ParameterField>> constants =
            new ReadOnlyObjectWrapper<>(this, "constants", List.of());
    private final ReadOnlyStringWrapper lossError = new ReadOnlyStringWrapper(this, "lossError", "");
    private final ReadOnlyObjectWrapper<ViewBox> box = new ReadOnlyObjectWrapper<>(this, "box");
    private final ReadOnlyObjectWrapper<CurveSnapshot> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyObjectWrapper<SurfaceSnapshot> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private final ReadOnlyObjectWrapper<FieldGrid> planeField = new ReadOnlyObjectWrapper<>(this, "planeField");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper curveStatus = new ReadOnlyStringWrapper(this, "curveStatus", "");

    private final Executor background;
    private final Executor ui;
    private final CoalescingExecutor curveJobs;
    private final CoalescingExecutor surfaceJobs;
    private final CoalescingExecutor fieldJobs;
    private final InputHistory history = new InputHistory();
    // the data set and SGD (a ticked data set makes E the mean loss over its points)
    private final DataSetForm dataSet;
    private final BooleanProperty fitData = new SimpleBooleanProperty(this, "fitData", false);
    private final ReadOnlyBooleanWrapper dataSetAllowed = new ReadOnlyBooleanWrapper(this, "dataSetAllowed", true);
    private final ParameterField sgdSeed = new ParameterField("SGD seed", ParameterField.Scale.LINEAR, 0, 100, 0,
            SgdSettings.MAX_SEED, true, SgdSettings.DEFAULT.seed());
    private final ParameterField sgdSamples = new ParameterField("samples", ParameterField.Scale.LOG, 16, 4096,
            SgdRun.MIN_SAMPLES, SgdRun.MAX_SAMPLES, true, SgdSettings.DEFAULT.samples());
    private final ReadOnlyStringWrapper sgdExplanation = new ReadOnlyStringWrapper(this, "sgdExplanation", "");
    private ViewBox planeBox;
    /** The mapping of the current landscape, box and height mode ({@link #currentMapping()}). */
    private volatile SceneMapping mapping;
    /** While a whole state is being applied, field changes do not recompute one by one. */
    private boolean applying;

    /**
     * @param background where computations run
     * @param ui         where results are published (the FX thread in the application)
     */
    public ExplorerViewModel(Executor background, Executor ui) {
        this(background, ui, RunParameters.DEFAULT);
    }

    /**
     * @param background where computations run
     * @param ui         where results are published
     * @param initial    starting parameters (typed-value limits: |a₀|, |b₀| ≤ 1000, h ≤ 10, µ ≤ 1000,
     *                   steps ≤ 100,000, |constants| ≤ {@value #CONSTANT_LIMIT})
     * @throws IllegalArgumentException if {@code initial} lies outside those limits
     */
    public ExplorerViewModel(Executor background, Executor ui, RunParameters initial) {
        a0 = new ParameterField("a₀", ParameterField.Scale.LINEAR, -6, 6, -1000, 1000, false, initial.a0());
        b0 = new ParameterField("b₀", ParameterField.Scale.LINEAR, -6, 6, -1000, 1000, false, initial.b0());
        h = new ParameterField("h", ParameterField.Scale.LOG, 1e-4, 2, 1e-6, 10, false, initial.h());
        mu = new ParameterField("µ", ParameterField.Scale.LOG, 1e-3, 10, 0, 1000, false, initial.mu());
        steps = new ParameterField("steps", ParameterField.Scale.LINEAR, 1, 2000, 1, 100_000, true, initial.steps());
        parameters.set(initial);
        constants.set(constantFields(initial.model()));
        DataSet data = initial.model().hasData() ? initial.model().data() : DataSet.preset("four").data();
        dataSet = new DataSetForm(data, 1, this::dataSetProblem);
        fitData.set(initial.model().hasData());
        this.background = background;
        this.ui = ui;
        curveJobs = new CoalescingExecutor(background, ui);
        surfaceJobs = new CoalescingExecutor(background, ui);
        fieldJobs = new CoalescingExecutor(background, ui);
        for (Method m : Method.values()) {
            // momentum needs β, which the teaching panels own; here it would only repeat GD and its flows
            BooleanProperty p = new SimpleBooleanProperty(this, m.id(), Method.PAPER.contains(m));
            p.addListener((o, was, is) -> requestCurves());
            visible.put(m, p);
        }
        box.set(initial.landscape().frame(initial.a0(), initial.b0()));
        for (ParameterField f : fields()) {
            watch(f);
        }
        constants.get().forEach(this::watch);
        heightMode.addListener((o, was, is) -> {
            requestSurface();
            requestCurves();
        });
        watchDataSet();
        // the box is still the old one here: parametersChanged and apply set it after the parameters
        parameters.addListener((o, was, is) -> history.record(new InputsChange(this, was, box.get())));
        requestSurface();
        requestCurves();
    }

    private void watchDataSet() {
        dataSet.stateProperty().addListener((o, was, is) -> {
            if (!applying && fitData.get()) {
                parametersChanged(null);
            }
            explainSgd();
        });
        fitData.addListener((o, was, is) -> {
            if (!applying) {
                fitDataChanged(is);
            }
        });
        for (ParameterField f : new ParameterField[] {sgdSeed, sgdSamples}) {
            f.valueProperty().addListener((o, was, is) -> requestCurves());
            f.errorProperty().addListener((o, was, is) -> {
                if (!is.isEmpty()) {
                    message.set(is);
                } else if (message.get().startsWith(f.name())) {
                    message.set("");
                }
            });
        }
        parameters.addListener((o, was, is) -> {
            dataSetAllowed.set(ExampleLoss.accepts(is.model()));
            explainSgd();
        });
        dataSetAllowed.set(ExampleLoss.accepts(parameters.get().model()));
        explainSgd();
    }

    private void explainSgd() {
        RunParameters p = parameters.get();
        sgdExplanation.set(p.model().hasData() ? SgdExplanation.line(!p.model().isTyped(), p.model().data().size(),
                dataSet.batch()) : "");
    }

    /** Why the table's points cannot be the current loss's data set (e.g. a typed loss that fails on them). */
    private String dataSetProblem(DataSet d) {
        LandscapeSpec spec = parameters.get().model();
        if (!ExampleLoss.accepts(spec)) {
            return null;
        }
        try {
            spec.withData(d).landscape();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Ticking or unticking the data set: E becomes the mean loss over the table's points, or one point's again. */
    private void fitDataChanged(boolean on) {
        RunParameters old = parameters.get();
        LandscapeSpec spec = old.model();
        if (on && !ExampleLoss.accepts(spec)) {
            message.set("data set: " + old.landscape().displayName() + " has no data point; choose the paper's model or "
                    + "type a loss in a, b, x, y");
            setFitDataQuietly(false);
            return;
        }
        LandscapeSpec next = spec.withData(on ? dataSet.current() : null);
        if (!on && next.isTyped()) {
            try {
                next.landscape();
            } catch (IllegalArgumentException e) {
                // a typed loss in x and y keeps the first point as its constants
                DataSet d = spec.data();
                next = next.withConstant("x", d.x(0)).withConstant("y", d.y(0));
            }
        }
        RunParameters p = old.withModel(next);
        List<String> problems = problems(p);
        if (!problems.isEmpty()) {
            message.set(String.join("; ", problems));
            setFitDataQuietly(!on);
            return;
        }
        apply(p, null);
    }

    private void setFitDataQuietly(boolean on) {
        boolean was = applying;
        applying = true;
        try {
            fitData.set(on);
        } finally {
            applying = was;
        }
    }

    /** @return the data set's table: points and batch size (edits apply while {@link #fitDataProperty()} is on) */
    public DataSetForm dataSet() {
        return dataSet;
    }

    /**
     * @return whether E is the mean loss over the table's points (writable; refused with a message for a
     *         landscape without data point)
     */
    public BooleanProperty fitDataProperty() {
        return fitData;
    }

    /** @return whether the current landscape can take a data set (the paper's model or a typed loss) */
    public ReadOnlyBooleanProperty dataSetAllowedProperty() {
        return dataSetAllowed.getReadOnlyProperty();
    }

    /** @return the seed of SGD's reshuffles */
    public ParameterField sgdSeed() {
        return sgdSeed;
    }

    /** @return the number of Monte Carlo paths of the mean iterate (n &gt; 8) */
    public ParameterField sgdSamples() {
        return sgdSamples;
    }

    /** @return SGD's batch size, seed and samples now */
    public SgdSettings sgdSettings() {
        return new SgdSettings(dataSet.batch(), Math.round(sgdSeed.getValue()), (int) Math.round(sgdSamples.getValue()));
    }

    /**
     * Sets SGD's batch size, seed and samples (a session). With a data set in use, a batch that does not divide
     * its n is refused; without one, such a batch leaves the table's batch as it is.
     *
     * @throws IllegalArgumentException naming the problem; nothing changes then
     */
    public void applySgd(SgdSettings s) {
        DataSet d = dataSet.current();
        String problem = s.problems(d);
        if (problem != null && parameters.get().model().hasData()) {
            throw new IllegalArgumentException(problem);
        }
        boolean was = applying;
        applying = true;
        try {
            dataSet.set(d, problem == null ? s.batch() : dataSet.batch());
            sgdSeed.setValue(s.seed());
            sgdSamples.setValue(s.samples());
        } finally {
            applying = was;
        }
        explainSgd();
        requestCurves();
    }

    /** @return the window's one line on what SGD's term does here ("" without a data set) */
    public ReadOnlyStringProperty sgdExplanationProperty() {
        return sgdExplanation.getReadOnlyProperty();
    }

    private void watch(ParameterField f) {
        f.valueProperty().addListener((o, was, is) -> {
            if (!applying) {
                parametersChanged(f);
            }
        });
        f.errorProperty().addListener((o, was, is) -> {
            if (!is.isEmpty()) {
                message.set(is);
            } else if (message.get().startsWith(f.name())) {
                message.set("");
            }
        });
    }

    /** One field per constant of the landscape (the paper's x and y, Rosenbrock's k, …), linear sliders. */
    private List<ParameterField> constantFields(LandscapeSpec spec) {
        List<ParameterField> out = new ArrayList<>();
        for (Map.Entry<String, Double> c : spec.constants().entrySet()) {
            if (spec.hasData() && (c.getKey().equals("x") || c.getKey().equals("y"))) {
                continue; // the data set's points replace the single point
            }
            double v = Math.max(-CONSTANT_LIMIT, Math.min(CONSTANT_LIMIT, c.getValue()));
            double span = Math.max(3, Math.abs(v) * 2);
            double lo = Math.abs(v) < 3 ? -3 : Math.max(-CONSTANT_LIMIT, v - span);
            double hi = Math.abs(v) < 3 ? 3 : Math.min(CONSTANT_LIMIT, v + span);
            ParameterField f = new ParameterField(c.getKey(), ParameterField.Scale.LINEAR, lo, hi, -CONSTANT_LIMIT,
                    CONSTANT_LIMIT, false, v);
            out.add(f);
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the run fields in display order: a₀, b₀, h, µ, steps */
    public ParameterField[] fields() {
        return new ParameterField[] {a0, b0, h, mu, steps};
    }

    /**
     * @return one field per constant of the current landscape (replaced, with listeners, when the
     *         landscape changes; empty for a landscape without constants)
     */
    public ReadOnlyObjectProperty<List<ParameterField>> constantsProperty() {
        return constants.getReadOnlyProperty();
    }

    /** @return the field of the current landscape's constant {@code name}, if it has one */
    public Optional<ParameterField> constant(String name) {
        return constants.get().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** @return the problem with the last typed loss ("" when it was accepted or none was typed) */
    public ReadOnlyStringProperty lossErrorProperty() {
        return lossError.getReadOnlyProperty();
    }

    /**
     * Switches to another landscape (a built-in from the menu): its constants, default start, learning
     * rate and steps, and a box that frames it. µ and the shown curves stay.
     *
     * @throws IllegalArgumentException if the spec cannot be built (nothing changes then)
     */
    public void setLandscape(LandscapeSpec spec) {
        if (fitData.get() && ExampleLoss.accepts(spec)) {
            spec = spec.withData(dataSet.current());
        }
        Landscape l = spec.landscape();
        double[] s = l.defaultStart();
        RunParameters p = new RunParameters(spec, new RunSettings(s[0], s[1], l.defaultLearningRate(), mu.getValue(),
                l.defaultSteps()));
        apply(p, l.frame(s[0], s[1]));
        lossError.set("");
    }

    /**
     * Uses a typed loss: parsed and compiled; the start, h, µ and steps stay, the box frames the start.
     * A text that does not parse sets {@link #lossErrorProperty()} and the message, naming what and where,
     * and keeps the last valid loss.
     *
     * @return whether the text was accepted
     */
    public boolean setTypedLoss(String text) {
        LandscapeSpec spec;
        Landscape l;
        try {
            spec = LandscapeSpec.typed(text == null ? "" : text.strip(), Map.of());
            if (fitData.get()) {
                spec = spec.withData(dataSet.current());
            }
            l = spec.landscape();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            if (!fitData.get() && (m.contains("variable 'x'") || m.contains("variable 'y'"))) {
                m += "; tick \"Fit n points\" under Data set and SGD to use a data point's x and y";
            }
            lossError.set(m);
            message.set("loss: " + m);
            return false;
        }
        lossError.set("");
        if (message.get().startsWith("loss: ")) {
            message.set("");
        }
        RunParameters old = parameters.get();
        apply(old.withModel(spec), l.frame(old.a0(), old.b0()));
        return true;
    }

    /**
     * Shows a whole state at once (a preset, a session): landscape, constants and run settings, and
     * {@code frame} as the box (a preset frames its own effect; {@code null}: the landscape's frame of
     * the start). One recompute.
     *
     * @throws IllegalArgumentException if a value lies outside the fields' accepted ranges
     */
    public void apply(RunParameters p, ViewBox frame) {
        List<String> problems = problems(p);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        applying = true;
        try {
            if (!p.model().equals(parameters.get().model()) || constants.get().size() != p.model().constants().size()) {
                constants.set(constantFields(p.model()));
                constants.get().forEach(this::watch);
            } else {
                p.model().constants().forEach((k, v) -> constant(k).ifPresent(f -> f.setValue(v)));
            }
            a0.setValue(p.a0());
            b0.setValue(p.b0());
            h.setValue(p.h());
            mu.setValue(p.mu());
            steps.setValue(p.steps());
            if (p.model().hasData()) {
                DataSet d = p.model().data();
                if (!d.equals(dataSet.current())) {
                    dataSet.setPoints(d);
                }
            }
            fitData.set(p.model().hasData());
        } finally {
            applying = false;
        }
        parameters.set(p);
        ViewBox nb = frame != null ? frame : p.landscape().frame(p.a0(), p.b0());
        box.set(nb);
        recomputeAll();
    }

    /** @return why the window cannot show {@code p} (values outside its input ranges); empty if it can */
    public List<String> problems(RunParameters p) {
        List<String> out = new ArrayList<>();
        check(out, a0, p.a0());
        check(out, b0, p.b0());
        check(out, h, p.h());
        check(out, mu, p.mu());
        check(out, steps, p.steps());
        p.model().constants().forEach((k, v) -> {
            if (Math.abs(v) > CONSTANT_LIMIT) {
                out.add(String.format(Locale.ROOT, "%s = %s is outside the window's range %s … %s", k, v,
                        -CONSTANT_LIMIT, CONSTANT_LIMIT));
            }
        });
        try {
            p.landscape();
        } catch (IllegalArgumentException e) {
            out.add(e.getMessage());
        }
        if (p.model().hasData() && p.model().data().size() > DataSetForm.MAX_POINTS) {
            out.add(dataSet.problem(p.model().data(), 1));
        }
        return out;
    }

    private static void check(List<String> out, ParameterField f, double v) {
        if (v < f.acceptMin() || v > f.acceptMax()) {
            out.add(String.format(Locale.ROOT, "%s = %s is outside the window's range %s … %s", f.name(), f.format(v),
                    f.format(f.acceptMin()), f.format(f.acceptMax())));
        }
    }

    private void recomputeAll() {
        requestSurface();
        if (planeBox != null) {
            requestPlaneField(planeBox);
        }
        requestCurves();
    }

    public ParameterField a0() {
        return a0;
    }

    public ParameterField b0() {
        return b0;
    }

    public ParameterField h() {
        return h;
    }

    public ParameterField mu() {
        return mu;
    }

    public ParameterField steps() {
        return steps;
    }

    /** @return whether a curve is shown (writable; a change recomputes) */
    public BooleanProperty visibleProperty(Method m) {
        return visible.get(m);
    }

    public ObjectProperty<HeightMode> heightModeProperty() {
        return heightMode;
    }

    /** @return the last valid parameters */
    public ReadOnlyObjectProperty<RunParameters> parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    /** @return the (a, b) box the surface covers and the plane starts with */
    public ReadOnlyObjectProperty<ViewBox> boxProperty() {
        return box.getReadOnlyProperty();
    }

    /** @return the latest computed curves ({@code null} until the first arrives) */
    public ReadOnlyObjectProperty<CurveSnapshot> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** @return the latest surface mesh ({@code null} until the first arrives) */
    public ReadOnlyObjectProperty<SurfaceSnapshot> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    /** @return the heatmap and contours for the plane's current view ({@code null} until requested) */
    public ReadOnlyObjectProperty<FieldGrid> planeFieldProperty() {
        return planeField.getReadOnlyProperty();
    }

    /** @return the last input error or computation failure, empty when none */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return λ and the stability number for the status bar */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return one line per curve with its final status */
    public ReadOnlyStringProperty curveStatusProperty() {
        return curveStatus.getReadOnlyProperty();
    }

    /**
     * @return the mapping of the current landscape, box and height mode; made anew (it samples E on a small grid)
     *         only when one of them changed, so that the steps of a drag share it
     */
    public SceneMapping currentMapping() {
        SceneMapping m = mapping;
        Landscape l = parameters.get().landscape();
        if (m == null || m.landscape() != l || !m.box().equals(box.get()) || m.mode() != heightMode.get()) {
            m = new SceneMapping(l, box.get(), heightMode.get());
            mapping = m;
        }
        return m;
    }

    /**
     * Moves the start by dragging or clicking: the box grows when the start leaves it (and stays put
     * otherwise, so the view does not jump under the pointer).
     */
    public void setStart(double a, double b) {
        setStart(a, b, box.get());
    }

    /**
     * Moves the start to a point picked in a view: both coordinates to that view's {@link ViewBox#pick} place
     * (about a thousandth of it, the same decimal place for a₀ and b₀, what the plane's read-out shows there).
     *
     * @param pickedIn the box the point was picked in: the plane's visible view (finer when zoomed in), the 3D box
     */
    public void setStart(double a, double b, ViewBox pickedIn) {
        applying = true;
        try {
            a0.setValue(pickedIn.pick(a));
            b0.setValue(pickedIn.pick(b));
        } finally {
            applying = false;
        }
        parametersChanged(null);
    }

    private void parametersChanged(ParameterField source) {
        RunParameters old = parameters.get();
        var problems = RunSettings.problems(a0.getValue(), b0.getValue(), h.getValue(), mu.getValue(),
                Math.round(steps.getValue()));
        if (!problems.isEmpty()) {
            message.set(String.join("; ", problems));
            return;
        }
        LandscapeSpec spec = old.model();
        for (ParameterField c : constants.get()) {
            spec = spec.withConstant(c.name(), c.getValue());
        }
        spec = spec.withData(fitData.get() ? dataSet.current() : null);
        try {
            spec.landscape();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        RunParameters p = new RunParameters(spec, new RunSettings(a0.getValue(), b0.getValue(), h.getValue(),
                mu.getValue(), (int) Math.round(steps.getValue())));
        parameters.set(p);
        boolean surfaceChanged = !p.model().equals(old.model());
        ViewBox b = box.get();
        boolean typedStart = source == a0 || source == b0;
        if (surfaceChanged || typedStart || !b.contains(p.a0(), p.b0())) {
            // a new model or a typed start gets a box that frames it; a start dragged out of the box grows it
            ViewBox nb = surfaceChanged || typedStart ? p.landscape().frame(p.a0(), p.b0())
                    : b.including(0.05, p.start());
            if (!nb.equals(b)) {
                box.set(nb);
                surfaceChanged = true;
            }
        }
        if (surfaceChanged) {
            requestSurface();
            if (planeBox != null) {
                requestPlaneField(planeBox);
            }
        }
        requestCurves();
    }

    private Set<Method> visibleMethods() {
        Set<Method> s = EnumSet.noneOf(Method.class);
        visible.forEach((m, p) -> {
            if (p.get()) {
                s.add(m);
            }
        });
        return s;
    }

    private void requestCurves() {
        RunParameters p = parameters.get();
        Set<Method> methods = visibleMethods();
        SceneMapping mapping = currentMapping();
        SgdSettings sgd = sgdSettings();
        curveJobs.submit(() -> computeCurves(p, methods, mapping, sgd), this::publishCurves,
                e -> message.set("computation failed: " + e.getMessage()));
    }

    /**
     * The work of one curve request (a drag step): the curves only, no 3D geometry; pure, runs on the background
     * executor. With a data set every curve is computed on its loss and SGD's curves join (they are left out
     * without one).
     */
    public static CurveSnapshot computeCurves(RunParameters p, Set<Method> methods, SceneMapping mapping,
                                              SgdSettings sgd) {
        if (p.landscape() instanceof DataSetLoss loss) {
            SgdRun run = new SgdRun(loss, sgd.batch(), sgd.seed(), sgd.samples());
            SgdTrajectories.SgdResult r = SgdTrajectories.compute(methods, run, p.run(), 0.0, RunLimits.DEFAULT,
                    FlowTolerances.DEFAULT);
            return new CurveSnapshot(p, r.trajectories(), mapping, run,
                    methods.contains(Method.SGD) ? r.samplePaths() : List.of(), r.mean().orElse(null));
        }
        return new CurveSnapshot(p, TrajectoryService.computeAll(methods, p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT), mapping, null, List.of(), null);
    }

    /**
     * The 3D geometry of a snapshot, built only when a 3D view shows it (during a drag in the plane at most every
     * {@link SurfaceView#DRAG_UPDATE_MS} ms, not on every step); pure apart from the cached stability edge, runs
     * on the background executor.
     */
    public static CurveMeshSet meshes(CurveSnapshot c) {
        Map<Method, SceneGeometry.CurveMeshes> meshes = new EnumMap<>(Method.class);
        meshes.putAll(SceneGeometry.curves(c.trajectories(), c.mapping()));
        if (!c.samplePaths().isEmpty()) {
            meshes.put(Method.SGD, SceneGeometry.samplePaths(c.samplePaths(), c.mapping()));
        }
        return new CurveMeshSet(Collections.unmodifiableMap(meshes), stabilityEdge(c.mapping(), c.parameters().h()));
    }

    /** The last stability edge traced, with the mapping (by identity) and step it was traced for. */
    private record Edge(SceneMapping mapping, double h, MeshData mesh) {
    }

    private static final AtomicReference<Edge> LAST_EDGE = new AtomicReference<>();

    /**
     * @return the 3D stability edge h·λ_max = 2 over the mapping's box: traced again only when the mapping or h
     *         changed (about half the cost of the curves' meshes; a drag of the start changes neither)
     */
    static MeshData stabilityEdge(SceneMapping mapping, double h) {
        Edge e = LAST_EDGE.get();
        if (e == null || e.mapping() != mapping || Double.compare(e.h(), h) != 0) {
            e = new Edge(mapping, h, SceneGeometry.stabilityEdge(mapping, h, SceneGeometry.TUBE_RADIUS * 0.45));
            LAST_EDGE.set(e);
        }
        return e.mesh();
    }

    private void publishCurves(CurveSnapshot s) {
        curves.set(s);
        RunParameters p = s.parameters();
        Landscape model = p.landscape();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "λ = h/2 = %s", h.format(p.lambda())));
        Trajectory gd = s.trajectories().get(Method.GD);
        double[] end = gd != null ? gd.theta(gd.lastStep()) : p.start();
        double lmax = model.largestHessianEigenvalue(end);
        double stab = p.h() * lmax;
        LossRange range = s.mapping().range();
        if (range.flat()) {
            sb.append("    ").append(range.flatSentence());
        } else if (Double.isFinite(stab)) {
            sb.append(String.format(Locale.ROOT, "    λ_max(H) at the %s = %s, h·λ_max = %s %s 2 (%s)",
                    gd != null ? "GD end" : "start", Numbers.significant(lmax, 4), Numbers.significant(stab, 3),
                    stab < 2 ? "<" : "≥", stab < 2 ? "locally stable" : "unstable: GD cannot settle here"));
        } else {
            sb.append("    λ_max(H) is not finite at the GD end");
        }
        model.flattestMinimum(p.a0(), p.b0()).ifPresent(m -> {
            double f = model.stabilityNumber(p.h(), m[0], m[1]);
            sb.append("    at the flattest minimum: ").append(Numbers.significant(f, 3));
            if (!(f < 2)) {
                sb.append(" ≥ 2: no minimum is stable");
            }
        });
        status.set(sb.toString());
        StringBuilder cs = new StringBuilder();
        for (Map.Entry<Method, Trajectory> e : s.trajectories().entrySet()) {
            if (cs.length() > 0) {
                cs.append('\n');
            }
            cs.append(e.getKey().label()).append(": ").append(e.getValue().message(range));
        }
        curveStatus.set(cs.toString());
    }

    private void requestSurface() {
        SceneMapping mapping = currentMapping();
        surfaceJobs.submit(() -> computeSurface(mapping), surface::set,
                e -> message.set("surface failed: " + e.getMessage()));
    }

    /** The work of one surface request; pure. */
    public static SurfaceSnapshot computeSurface(SceneMapping mapping) {
        return new SurfaceSnapshot(mapping, SurfaceSampler.heights(mapping, SURFACE_RESOLUTION),
                SurfaceSampler.heights(mapping, COARSE_SURFACE_RESOLUTION),
                SurfaceSampler.texture(mapping, SurfaceTexture.NODES, SurfaceTexture.SIZE),
                SceneGeometry.minima(mapping, SceneGeometry.TUBE_RADIUS * 0.7));
    }

    /** Asks for the heatmap and contours of a plane view box (coalesced). */
    public void requestPlaneField(ViewBox view) {
        planeBox = view;
        SceneMapping mapping = currentMapping();
        fieldJobs.submit(() -> FieldGrid.compute(mapping, view, FIELD_RESOLUTION), planeField::set,
                e -> message.set("field failed: " + e.getMessage()));
    }

    /**
     * @return the undo/redo history of the inputs: every change of the parameters (start, h, µ, steps,
     *         constants, landscape, typed loss; a preset or a session as one step) is recorded there
     */
    public InputHistory history() {
        return history;
    }

    /** A change of the parameters, saved with the box that framed them. */
    private record InputsChange(ExplorerViewModel vm, RunParameters saved, ViewBox savedBox)
            implements InputHistory.Change {

        @Override
        public Object source() {
            return vm;
        }

        @Override
        public String describe(boolean fromSaved) {
            RunParameters now = vm.parameters.get();
            return fromSaved ? vm.describeChange(saved, now) : vm.describeChange(now, saved);
        }

        @Override
        public InputHistory.Change restore() {
            InputsChange back = new InputsChange(vm, vm.parameters.get(), vm.box.get());
            vm.apply(saved, savedBox);
            return back;
        }
    }

    /** @return what differs from {@code from} to {@code to}, e.g. "h 0.05 → 0.1" or "start, h and steps" */
    String describeChange(RunParameters from, RunParameters to) {
        if (!from.model().name().equals(to.model().name())
                || !Objects.equals(from.model().expression(), to.model().expression())) {
            return "landscape " + modelName(from.model()) + " → " + modelName(to.model());
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        to.model().constants().forEach((k, v) -> {
            Double was = from.model().constants().get(k);
            if (!v.equals(was)) {
                names.add(k);
                values.add(k + " " + formatConstant(k, was) + " → " + formatConstant(k, v));
            }
        });
        if (from.a0() != to.a0() || from.b0() != to.b0()) {
            names.add("start");
            values.add("start (" + a0.format(from.a0()) + ", " + b0.format(from.b0()) + ") → (" + a0.format(to.a0())
                    + ", " + b0.format(to.b0()) + ")");
        }
        differs(names, values, h, from.h(), to.h());
        differs(names, values, mu, from.mu(), to.mu());
        differs(names, values, steps, from.steps(), to.steps());
        if (names.size() == 1) {
            return values.get(0);
        }
        if (names.isEmpty()) {
            return "parameters";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private String formatConstant(String name, Double v) {
        return v == null ? "–" : constant(name).map(f -> f.format(v)).orElse(String.valueOf(v));
    }

    private static void differs(List<String> names, List<String> values, ParameterField f, double from, double to) {
        if (from != to) {
            names.add(f.name());
            values.add(f.name() + " " + f.format(from) + " → " + f.format(to));
        }
    }

    private static String modelName(LandscapeSpec spec) {
        if (spec.isTyped()) {
            String e = spec.expression();
            return "E = " + (e.length() > 28 ? e.substring(0, 27) + "…" : e);
        }
        try {
            return spec.landscape().displayName();
        } catch (IllegalArgumentException e) {
            return spec.name();
        }
    }

    /** @return where this view-model computes (views build their own heavy pieces there too) */
    public Executor backgroundExecutor() {
        return background;
    }

    /** @return where this view-model publishes results */
    public Executor uiExecutor() {
        return ui;
    }

    /** @return the visible methods as an unmodifiable set */
    public Set<Method> shownMethods() {
        return Collections.unmodifiableSet(visibleMethods());
    }

    /** @return whether no computation is running or waiting */
    public boolean isIdle() {
        return curveJobs.isIdle() && surfaceJobs.isIdle() && fieldJobs.isIdle();
    }
}
