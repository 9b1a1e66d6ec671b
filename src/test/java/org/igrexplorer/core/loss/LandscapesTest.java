package org.igrexplorer.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.GradientDescent;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in landscapes: their minima, their claims (what each shows), their specs. */
class LandscapesTest {

    private static final double GRAD_AT_MIN = 1e-9;

    static List<String> names() {
        return Landscapes.names();
    }

    private static Landscape builtin(String name) {
        return Landscapes.defaultSpec(name).orElseThrow().landscape();
    }

    @ParameterizedTest
    @MethodSource("names")
    void knownMinimaAreMinimaAndSpecsRebuildTheSameLandscape(String name) {
        Landscape l = builtin(name);
        assertEquals(l, l.spec().landscape());
        assertEquals(name, l.spec().name());
        assertTrue(l.defaultBox().contains(l.defaultStart()[0], l.defaultStart()[1]), "default start in the box");
        assertTrue(Double.isFinite(l.value(l.defaultStart())), "finite at the start");
        assertFalse(l.explanation().isBlank());
        l.minima().ifPresent(m -> {
            List<double[]> pts = new ArrayList<>(m.points());
            for (double[][] c : m.curves(l.defaultBox())) {
                for (double[] p : c) {
                    if (l.defaultBox().contains(p[0], p[1])) {
                        pts.add(p);
                    }
                }
            }
            assertFalse(pts.isEmpty(), "minima inside the default box");
            for (double[] p : pts) {
                double[] g = new double[2];
                l.gradient(p, g);
                assertTrue(Math.hypot(g[0], g[1]) < GRAD_AT_MIN * Math.max(1, l.largestHessianEigenvalue(p)),
                        name + ": ∇E = 0 at " + p[0] + ", " + p[1]);
                assertTrue(Hessians.eigenvalues(l, p)[0] >= -1e-9, name + ": H ⪰ 0 at a minimum");
                l.lowerBound().ifPresent(lb -> assertEquals(lb, l.value(p), 1e-12));
            }
        });
        l.flattestMinimum(l.defaultStart()[0], l.defaultStart()[1]).ifPresent(f -> {
            double[] g = new double[2];
            l.gradient(f, g);
            assertTrue(Math.hypot(g[0], g[1]) < GRAD_AT_MIN, name + ": the flattest minimum is a critical point");
        });
    }

    /**
     * Himmelblau: (3, 2) has H = [[74, 20], [20, 34]], λ_max = 54 + 20√2; the four minima have different
     * sharpness, so as h grows GD can settle at fewer of them (h·λ_max &lt; 2), the flattest last.
     */
    @Test
    void himmelblauMinimaDropOutInOrderOfSharpnessAsHGrows() {
        Landscape l = builtin("himmelblau");
        List<double[]> minima = l.minima().orElseThrow().points();
        assertEquals(4, minima.size());
        assertEquals(54 + 20 * Math.sqrt(2), l.largestHessianEigenvalue(new double[] {3, 2}), 1e-12);
        double[] sharp = minima.stream().mapToDouble(l::largestHessianEigenvalue).sorted().toArray();
        // λ_max ≈ 80.55 (−2.81, 3.13), 82.28 (3, 2), 105.42 (3.58, −1.85), 133.79 (−3.78, −3.28)
        assertEquals(80.550, sharp[0], 1e-3);
        assertEquals(82.284, sharp[1], 1e-3);
        assertEquals(105.419, sharp[2], 1e-3);
        assertEquals(133.786, sharp[3], 1e-3);
        double[] flattest = l.flattestMinimum(0, 0).orElseThrow();
        assertEquals(-2.805118, flattest[0], 1e-6);
        assertEquals(3.131313, flattest[1], 1e-6);
        // stable minima at h: all four, three, two, only the flattest, none
        double[] hs = {0.0145, 0.017, 0.02, 0.0245, 0.025};
        int[] stable = {4, 3, 2, 1, 0};
        for (int k = 0; k < hs.length; k++) {
            double h = hs[k];
            long n = minima.stream().filter(p -> Hessians.isStable(l, h, p)).count();
            assertEquals(stable[k], n, "stable minima at h = " + h);
            assertEquals(stable[k], Hessians.stableMinima(l, h, l.defaultBox()).size());
            // and GD does what the Hessians say: started 0.01 off each minimum it stays only at stable ones
            for (double[] p : minima) {
                Trajectory t = GradientDescent.run(l, new double[] {p[0] + 0.01, p[1] - 0.01}, h, 5000,
                        RunLimits.DEFAULT);
                int last = t.lastStep();
                boolean stays = t.status() == TrajectoryStatus.CONVERGED
                        && Math.hypot(t.a(last) - p[0], t.b(last) - p[1]) < 1e-6;
                assertEquals(Hessians.isStable(l, h, p), stays, "GD at h = " + h + " near " + p[0] + ", " + p[1]);
            }
        }
    }

    /**
     * The valley (1 + a²)b²/2: from (2.5, 1.5) the exact flow conserves ln|a| + (a² − b²)/2 and ends at
     * |a| = 2.088; the modified flow drifts toward a = 0 and ends at smaller |a|; GD with h = 0.2 smaller
     * still; with h = 0.4 GD cannot settle where h(1 + a²) ≥ 2 and ends inside |a| &lt; sqrt(2/h − 1) = 2.
     */
    @Test
    void valleyModifiedFlowAndGdEndAtSmallerAThanTheExactFlow() {
        Landscape l = builtin("valley");
        RunParameters p = new RunParameters(l.spec(), new RunSettings(2.5, 1.5, 0.2, 0.5, 200));
        var r = TrajectoryService.computeAll(EnumSet.of(Method.GD, Method.EXACT, Method.MODIFIED), p,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        double exact = Math.abs(end(r.get(Method.EXACT))[0]);
        double modified = Math.abs(end(r.get(Method.MODIFIED))[0]);
        double gd = Math.abs(end(r.get(Method.GD))[0]);
        // exact end from the conserved quantity: ln a + a²/2 = ln 2.5 + (2.5² − 1.5²)/2
        double target = Math.log(2.5) + 2.0;
        double a = 2;
        for (int i = 0; i < 50; i++) {
            a -= (Math.log(a) + a * a / 2 - target) / (1 / a + a);
        }
        assertEquals(a, exact, 1e-6, "exact flow conserves ln|a| + (a² − b²)/2");
        assertEquals(2.0881, exact, 1e-4);
        assertEquals(1.9562, modified, 1e-3);
        assertEquals(1.2231, gd, 1e-3);
        assertTrue(modified < exact - 0.1 && gd < modified - 0.5);
        var conserved = l.conservedQuantity().orElseThrow();
        Trajectory ex = r.get(Method.EXACT);
        assertEquals(conserved.at(2.5, 1.5), conserved.at(ex.a(ex.lastStep()), ex.b(ex.lastStep())), 1e-7);

        Trajectory large = TrajectoryService.compute(Method.GD, p.withH(0.4), RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.CONVERGED, large.status());
        double aLarge = Math.abs(end(large)[0]);
        assertTrue(aLarge < Math.sqrt(2 / 0.4 - 1), "GD settles only where h(1 + a²) < 2: |a| = " + aLarge);
        assertTrue(aLarge < gd);
        // the closed-form stable segment is where the numerical search finds it too
        StabilityArc seg = l.stabilityArcs(0.4).orElseThrow().get(0);
        assertEquals(-2.0, seg.from()[0], 1e-15);
        assertEquals(2.0, seg.to()[0], 1e-15);
        assertEquals(2.0, 0.4 * l.largestHessianEigenvalue(seg.to()), 1e-12);
    }

    private static double[] end(Trajectory t) {
        return t.theta(t.lastStep());
    }

    @Test
    void ringIsEquallySharpEverywhereAndStableOnlyBelowHOne() {
        Landscape l = builtin("ring");
        for (int k = 0; k < 12; k++) {
            double t = 2 * Math.PI * k / 12;
            assertEquals(2.0, l.largestHessianEigenvalue(new double[] {Math.cos(t), Math.sin(t)}), 1e-12);
        }
        assertEquals(1, l.stabilityArcs(0.99).orElseThrow().size());
        assertTrue(l.stabilityArcs(1.01).orElseThrow().isEmpty());
        // the exact flow moves radially: the angle is conserved
        RunParameters p = new RunParameters(l.spec(), new RunSettings(1.5, 1.1, 0.2, 0.5, 200));
        Trajectory ex = TrajectoryService.compute(Method.EXACT, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        assertEquals(Math.atan2(1.1, 1.5), Math.atan2(ex.b(ex.lastStep()), ex.a(ex.lastStep())), 1e-9);
        assertEquals(1.0, Math.hypot(ex.a(ex.lastStep()), ex.b(ex.lastStep())), 1e-6);
    }

    @Test
    void saddleCanBeNegativeAndHasNoMinima() {
        Landscape l = builtin("saddle");
        assertTrue(l.lowerBound().isEmpty());
        assertTrue(l.minima().isEmpty());
        assertTrue(l.value(0, 1) < 0);
    }

    @Test
    void paperModelKeepsItsClosedFormsAndBranches() {
        TwoParameterModel m = new TwoParameterModel(1, 0.6);
        Minima minima = m.minima().orElseThrow();
        assertEquals(2, minima.families().size());
        assertNotEquals(minima.component(2.8, 3.5), minima.component(-1, -1), "the two branches are two parts");
        assertEquals(minima.component(2.8, 3.5), minima.component(0.5, 1.2));
        // closed-form arcs and the numerical search agree where h·λ_max = 2
        double h = 0.1;
        List<StabilityArc> closed = m.stabilityArcs(h).orElseThrow();
        for (StabilityArc arc : closed) {
            assertEquals(2.0, m.stabilityNumber(h, arc.from()[0], arc.from()[1]), 1e-9);
        }
        // R_IG/E = x²(a² + b²), also on the minima
        assertEquals(0.6 * 2, m.rIgOverLoss(Math.sqrt(0.6), Math.sqrt(0.6)), 1e-12);
    }

    @Test
    void specsNameTheirProblems() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LandscapeSpec.builtin("nowhere", Map.of()).landscape());
        assertTrue(e.getMessage().contains("unknown landscape 'nowhere'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> LandscapeSpec.builtin("rosenbrock", Map.of("x", 1.0)).landscape());
        assertTrue(e.getMessage().contains("has no constant 'x'"), e.getMessage());
        assertEquals(10.0, ((Landscape) LandscapeSpec.builtin("quadratic", Map.of("kappa", 10.0)).landscape())
                .largestHessianEigenvalue(new double[] {0, 0}), 1e-12);
        assertThrows(LossSyntaxException.class, () -> LandscapeSpec.typed("a +", Map.of()).landscape());
    }
}
