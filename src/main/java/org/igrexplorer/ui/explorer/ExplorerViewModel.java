package org.igrexplorer.ui.explorer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.igrexplorer.ui.concurrent.CoalescingExecutor;
import org.igrexplorer.ui.render.FieldGrid;
import org.igrexplorer.ui.render.HeightMode;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneGeometry;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.ui.render.SurfaceMeshBuilder;
import org.igrexplorer.ui.render.ViewBox;

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
    /** Samples per side of the plane's heatmap. */
    public static final int FIELD_RESOLUTION = 220;

    /** The curves for one parameter set, with their 3D meshes. */
    public record CurveSnapshot(RunParameters parameters, Map<Method, Trajectory> trajectories,
                                SceneMapping mapping, Map<Method, SceneGeometry.CurveMeshes> meshes) {
    }

    /** The surface for one (x, y, box, height mode). */
    public record SurfaceSnapshot(SceneMapping mapping, MeshData surface, MeshData hyperbola) {
    }

    private final ParameterField x;
    private final ParameterField y;
    private final ParameterField a0;
    private final ParameterField b0;
    private final ParameterField h;
    private final ParameterField mu;
    private final ParameterField steps;

    private final Map<Method, BooleanProperty> visible = new EnumMap<>(Method.class);
    private final ObjectProperty<HeightMode> heightMode = new SimpleObjectProperty<>(this, "heightMode",
            HeightMode.LOG);
    private final ReadOnlyObjectWrapper<RunParameters> parameters = new ReadOnlyObjectWrapper<>(this, "parameters");
    private final ReadOnlyObjectWrapper<ViewBox> box = new ReadOnlyObjectWrapper<>(this, "box");
    private final ReadOnlyObjectWrapper<CurveSnapshot> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyObjectWrapper<SurfaceSnapshot> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private final ReadOnlyObjectWrapper<FieldGrid> planeField = new ReadOnlyObjectWrapper<>(this, "planeField");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper curveStatus = new ReadOnlyStringWrapper(this, "curveStatus", "");

    private final CoalescingExecutor curveJobs;
    private final CoalescingExecutor surfaceJobs;
    private final CoalescingExecutor fieldJobs;
    private ViewBox planeBox;

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
     * @param initial    starting parameters (typed-value limits: |x|, |y| ≤ 100, |a₀|, |b₀| ≤ 1000,
     *                   h ≤ 10, µ ≤ 1000, steps ≤ 100,000)
     * @throws IllegalArgumentException if {@code initial} lies outside those limits
     */
    public ExplorerViewModel(Executor background, Executor ui, RunParameters initial) {
        x = new ParameterField("x", ParameterField.Scale.LINEAR, -3, 3, -100, 100, false, initial.x());
        y = new ParameterField("y", ParameterField.Scale.LINEAR, -3, 3, -100, 100, false, initial.y());
        a0 = new ParameterField("a₀", ParameterField.Scale.LINEAR, -6, 6, -1000, 1000, false, initial.a0());
        b0 = new ParameterField("b₀", ParameterField.Scale.LINEAR, -6, 6, -1000, 1000, false, initial.b0());
        h = new ParameterField("h", ParameterField.Scale.LOG, 1e-4, 2, 1e-6, 10, false, initial.h());
        mu = new ParameterField("µ", ParameterField.Scale.LOG, 1e-3, 10, 0, 1000, false, initial.mu());
        steps = new ParameterField("steps", ParameterField.Scale.LINEAR, 1, 2000, 1, 100_000, true, initial.steps());
        parameters.set(initial);
        curveJobs = new CoalescingExecutor(background, ui);
        surfaceJobs = new CoalescingExecutor(background, ui);
        fieldJobs = new CoalescingExecutor(background, ui);
        for (Method m : Method.values()) {
            // momentum needs β, which the teaching panels own; here it would only repeat GD and its flows
            BooleanProperty p = new SimpleBooleanProperty(this, m.id(), Method.PAPER.contains(m));
            p.addListener((o, was, is) -> requestCurves());
            visible.put(m, p);
        }
        box.set(ViewBox.around(a0.getValue(), b0.getValue(), x.getValue(), y.getValue()));
        for (ParameterField f : fields()) {
            f.valueProperty().addListener((o, was, is) -> parametersChanged(f));
            f.errorProperty().addListener((o, was, is) -> {
                if (!is.isEmpty()) {
                    message.set(is);
                } else if (message.get().startsWith(f.name())) {
                    message.set("");
                }
            });
        }
        heightMode.addListener((o, was, is) -> {
            requestSurface();
            requestCurves();
        });
        requestSurface();
        requestCurves();
    }

    /** @return the parameter fields in display order: x, y, a₀, b₀, h, µ, steps */
    public ParameterField[] fields() {
        return new ParameterField[] {x, y, a0, b0, h, mu, steps};
    }

    public ParameterField x() {
        return x;
    }

    public ParameterField y() {
        return y;
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

    /** Moves the start (from a drag of the handle or a click on the surface). */
    public void setStart(double a, double b) {
        a0.setValue(a);
        b0.setValue(b);
    }

    /** @return the mapping of the current model, box and height mode (cheap) */
    public SceneMapping currentMapping() {
        RunParameters p = parameters.get();
        return new SceneMapping(new TwoParameterModel(p.x(), p.y()), box.get(), heightMode.get());
    }

    private void parametersChanged(ParameterField source) {
        RunParameters old = parameters.get();
        var problems = RunParameters.problems(x.getValue(), y.getValue(), a0.getValue(), b0.getValue(),
                h.getValue(), mu.getValue(), Math.round(steps.getValue()));
        if (!problems.isEmpty()) {
            message.set(String.join("; ", problems));
            return;
        }
        RunParameters p = new RunParameters(x.getValue(), y.getValue(), a0.getValue(), b0.getValue(), h.getValue(),
                mu.getValue(), (int) Math.round(steps.getValue()));
        parameters.set(p);
        boolean surfaceChanged = p.x() != old.x() || p.y() != old.y();
        ViewBox b = box.get();
        if (surfaceChanged || !b.contains(p.a0(), p.b0())) {
            ViewBox nb = ViewBox.around(p.a0(), p.b0(), p.x(), p.y());
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
        curveJobs.submit(() -> computeCurves(p, methods, mapping), this::publishCurves,
                e -> message.set("computation failed: " + e.getMessage()));
    }

    /** The work of one curve request; pure, runs on the background executor. */
    public static CurveSnapshot computeCurves(RunParameters p, Set<Method> methods, SceneMapping mapping) {
        Map<Method, Trajectory> t = TrajectoryService.computeAll(methods, p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        return new CurveSnapshot(p, t, mapping, SceneGeometry.curves(t, mapping));
    }

    private void publishCurves(CurveSnapshot s) {
        curves.set(s);
        RunParameters p = s.parameters();
        TwoParameterModel model = p.model();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "λ = h/2 = %s", h.format(p.lambda())));
        Trajectory gd = s.trajectories().get(Method.GD);
        double[] end = gd != null ? gd.theta(gd.lastStep()) : p.start();
        double stab = model.stabilityNumber(p.h(), end[0], end[1]);
        sb.append(String.format(Locale.ROOT, "    h·x²(a²+b²) at the %s = %.3g %s 2 (%s)",
                gd != null ? "GD end" : "start", stab, stab < 2 ? "<" : "≥", stab < 2 ? "locally stable"
                        : "unstable: GD cannot settle here"));
        model.flattestMinimum(p.a0(), p.b0()).ifPresent(m -> sb.append(String.format(Locale.ROOT,
                "    at the flattest minimum: %.3g", model.stabilityNumber(p.h(), m[0], m[1]))));
        if (p.x() != 0 && p.y() != 0 && p.h() > 1 / Math.abs(p.x() * p.y())) {
            sb.append("    h > 1/|xy|: no minimum is stable");
        }
        status.set(sb.toString());
        StringBuilder cs = new StringBuilder();
        for (Map.Entry<Method, Trajectory> e : s.trajectories().entrySet()) {
            if (cs.length() > 0) {
                cs.append('\n');
            }
            cs.append(e.getKey().label()).append(": ").append(e.getValue().message());
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
        return new SurfaceSnapshot(mapping, SurfaceMeshBuilder.build(mapping, SURFACE_RESOLUTION),
                SceneGeometry.hyperbola(mapping, SceneGeometry.TUBE_RADIUS * 0.7));
    }

    /** Asks for the heatmap and contours of a plane view box (coalesced). */
    public void requestPlaneField(ViewBox view) {
        planeBox = view;
        SceneMapping mapping = currentMapping();
        TwoParameterModel model = mapping.model();
        double lo = mapping.colourLogLo();
        double hi = mapping.colourLogHi();
        fieldJobs.submit(() -> FieldGrid.compute(model, view, FIELD_RESOLUTION, lo, hi), planeField::set,
                e -> message.set("field failed: " + e.getMessage()));
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
