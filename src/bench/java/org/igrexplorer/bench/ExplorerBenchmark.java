package org.igrexplorer.bench;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.ui.render.SurfaceMeshBuilder;
import org.igrexplorer.core.loss.ViewBox;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one interactive change costs: recomputing the curves of a 400-step run (all five, and GD
 * alone as the baseline) including their 3D meshes, and rebuilding a 256 × 256 surface mesh.
 * Sample-time mode reports percentiles (p0.99 is the target). Run with {@code ./mvnw -B -Pbench verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExplorerBenchmark {

    private RunParameters params;
    private SceneMapping mapping;
    private final Set<Method> all = Method.PAPER;
    private final Set<Method> gdOnly = EnumSet.of(Method.GD);

    @Setup
    public void setUp() {
        params = RunParameters.DEFAULT;
        mapping = new SceneMapping(params.model(), ViewBox.around(params.a0(), params.b0(), params.x(), params.y()),
                HeightMode.LOG);
    }

    @Benchmark
    public ExplorerViewModel.CurveSnapshot recomputeAllFiveCurves() {
        return ExplorerViewModel.computeCurves(params, all, mapping);
    }

    @Benchmark
    public ExplorerViewModel.CurveSnapshot recomputeGdOnlyBaseline() {
        return ExplorerViewModel.computeCurves(params, gdOnly, mapping);
    }

    @Benchmark
    public MeshData surfaceMesh256() {
        return SurfaceMeshBuilder.build(mapping, 256);
    }
}
