package org.igrexplorer.bench;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.core.session.SgdSettings;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.render.HeightGrid;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.ui.render.SurfaceSampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one interactive change costs: recomputing the curves of a 400-step run as a drag step does (all five, and
 * GD alone as the baseline; no 3D geometry), building the five curves' 3D meshes as the 3D view does for the
 * snapshots it shows (at most every {@code SurfaceView.DRAG_UPDATE_MS} during a drag), and sampling the surface
 * heights on a 256 × 256 grid, on the paper's model (closed-form derivatives, the baseline) and on Rosenbrock
 * typed as text (derivatives from the compiled expression over DerivativeStructure's algebra), in the same run:
 * the typed loss should cost at most 3× the closed form. Sample-time mode reports percentiles. Run with
 * {@code ./mvnw -B -Pbench verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExplorerBenchmark {

    /** The landscape: the paper's closed forms, or Rosenbrock typed as an expression. */
    @Param({"paper-closed-form", "rosenbrock-typed"})
    public String landscape;

    private RunParameters params;
    private SceneMapping mapping;
    private ExplorerViewModel.CurveSnapshot curves;
    private final Set<Method> all = Method.PAPER;
    private final Set<Method> gdOnly = EnumSet.of(Method.GD);

    @Setup
    public void setUp() {
        params = landscape.equals("paper-closed-form") ? RunParameters.DEFAULT
                // the standard Rosenbrock from the classic start, h with h·λ_max ≈ 0.5 there, 400 steps
                : new RunParameters(LandscapeSpec.typed("(1-a)^2 + 100*(b-a^2)^2", Map.of()),
                        new RunSettings(-1.2, 1.0, 3e-4, 0.5, 400));
        Landscape l = params.landscape();
        mapping = new SceneMapping(l, l.frame(params.a0(), params.b0()), HeightMode.LOG);
        curves = ExplorerViewModel.computeCurves(params, all, mapping, SgdSettings.DEFAULT);
    }

    /** One drag step: the five curves, as the view-model recomputes them. */
    @Benchmark
    public ExplorerViewModel.CurveSnapshot recomputeAllFiveCurves() {
        return ExplorerViewModel.computeCurves(params, all, mapping, SgdSettings.DEFAULT);
    }

    /** The 3D meshes of the five curves (tubes, markers; the stability edge is cached per mapping and h). */
    @Benchmark
    public ExplorerViewModel.CurveMeshSet buildFiveCurveMeshes() {
        return ExplorerViewModel.meshes(curves);
    }

    @Benchmark
    public ExplorerViewModel.CurveSnapshot recomputeGdOnlyBaseline() {
        return ExplorerViewModel.computeCurves(params, gdOnly, mapping, SgdSettings.DEFAULT);
    }

    @Benchmark
    public HeightGrid surfaceHeights256() {
        return SurfaceSampler.heights(mapping, 256);
    }
}
