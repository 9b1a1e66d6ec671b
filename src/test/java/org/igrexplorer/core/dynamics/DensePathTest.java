package org.igrexplorer.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A flow's drawn path: the integrator's dense output between the samples t = n·h lies on the flow, passes through
 * every sample, and turns smoothly where the samples alone make a visible kink (issue 18 #9, h = 0.3).
 */
class DensePathTest {

    /** Distance of a dense point from the closed-form flow (the integrator runs at tolerance 1e-12). */
    static final double ON_FLOW = 1e-8;
    /** The largest corner allowed between consecutive segments of a drawn flow. */
    static final double MAX_CORNER = Math.toRadians(2.5);
    /** The corner the samples alone make at h = 0.3 at least (the kink the dense path removes). */
    static final double SAMPLE_KINK = Math.toRadians(10);

    private static final double KAPPA = 10;

    private static RunParameters quadratic(double h) {
        return new RunParameters(LandscapeSpec.builtin("quadratic", Map.of("kappa", KAPPA)),
                new RunSettings(2.5, 2.0, h, 0.5, 40));
    }

    /**
     * On (a² + κb²)/2 the gradient flow of E + c‖∇E‖² is a = a₀e^{−(1+2c)t}, b = b₀e^{−κ(1+2cκ)t}, so b is a
     * function of a: b = b₀(a/a₀)^r with r = κ(1+2cκ)/(1+2c) (c = 0 for the exact flow, h/4 for the modified one).
     */
    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"EXACT", "MODIFIED"})
    void densePointsLieOnTheClosedFormFlowOfAQuadratic(Method method) {
        double h = 0.3;
        RunParameters p = quadratic(h);
        Trajectory t = TrajectoryService.compute(method, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        double c = method == Method.EXACT ? 0 : h / 4;
        double r = KAPPA * (1 + 2 * c * KAPPA) / (1 + 2 * c);
        assertTrue(t.pathSize() > t.pathIndex(6) + 3 * 6,
                "the flow bends sharply in its first steps, so the path has points between samples: " + t.pathSize());
        for (int k = 0; k < t.pathSize(); k++) {
            double a = t.pathA(k);
            assertEquals(2.0 * Math.pow(a / 2.5, r), t.pathB(k), ON_FLOW, "path point " + k + " at a = " + a);
        }
    }

    /** The exact flow of the paper's model conserves a² − b² (docs/MATH.md §3): so do its dense points at h = 0.3. */
    @Test
    void densePointsOfThePapersExactFlowKeepItsBalance() {
        Trajectory t = TrajectoryService.compute(Method.EXACT, RunParameters.paper(1, 0.6, 2.8, 3.5, 0.3, 0.5, 40),
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        double balance = 2.8 * 2.8 - 3.5 * 3.5;
        assertTrue(t.pathSize() > t.size() / 2 + 20, "dense points between samples: " + t.pathSize());
        for (int k = 0; k < t.pathSize(); k++) {
            double a = t.pathA(k);
            double b = t.pathB(k);
            assertEquals(balance, a * a - b * b, ON_FLOW * 10, "path point " + k);
        }
    }

    /** Every sample is a path point, exactly, in order; the drawn path ends at the last sample. */
    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"EXACT", "MODIFIED", "MODIFIED2", "EGR", "MOMENTUM_MODIFIED", "GD"})
    void samplesAreOnThePathInOrder(Method method) {
        RunParameters p = RunParameters.paper(1, 0.6, 2.8, 3.5, 0.3, 0.15, 60);
        Trajectory t = TrajectoryService.compute(method, p, 0.5, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        assertEquals(0, t.pathIndex(0));
        assertEquals(t.pathSize() - 1, t.pathIndex(t.lastStep()));
        for (int n = 0; n < t.size(); n++) {
            if (n > 0) {
                assertTrue(t.pathIndex(n) >= t.pathIndex(n - 1), "index of sample " + n);
            }
            assertEquals(t.a(n), t.pathA(t.pathIndex(n)), 0.0, "a of sample " + n);
            assertEquals(t.b(n), t.pathB(t.pathIndex(n)), 0.0, "b of sample " + n);
        }
        if (method.discrete()) {
            assertEquals(t.size(), t.pathSize(), "a discrete method's path is its iterates");
        }
        Trajectory part = t.upTo(3);
        assertEquals(4, part.size());
        assertEquals(t.pathIndex(3) + 1, part.pathSize(), "the path up to step 3 ends at sample 3");
        assertEquals(t.a(3), part.pathA(part.pathSize() - 1), 0.0);
    }

    /**
     * At h = 0.3 the samples of each drawn flow make a corner of more than {@link #SAMPLE_KINK} (the kink of the
     * issue); the dense path turns by at most {@link #MAX_CORNER} from one segment to the next.
     */
    @Test
    void theDrawnFlowsTurnSmoothlyAtLargeH() {
        RunParameters p = RunParameters.paper(1, 0.6, 2.8, 3.5, 0.3, 0.15, 60);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(EnumSet.of(Method.EXACT, Method.MODIFIED,
                Method.MODIFIED2, Method.EGR, Method.MOMENTUM_FLOW, Method.MOMENTUM_MODIFIED), p, 0.5,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        for (Trajectory t : all.values()) {
            assertEquals(TrajectoryStatus.CONVERGED, t.status(), t.toString());
            double[] samples = new double[2 * t.size()];
            for (int n = 0; n < t.size(); n++) {
                samples[2 * n] = t.a(n);
                samples[2 * n + 1] = t.b(n);
            }
            double[] path = new double[2 * t.pathSize()];
            for (int k = 0; k < t.pathSize(); k++) {
                path[2 * k] = t.pathA(k);
                path[2 * k + 1] = t.pathB(k);
            }
            double kink = PolylineCorners.maxCorner(samples);
            double corner = PolylineCorners.maxCorner(path);
            assertTrue(kink > SAMPLE_KINK, t.method().id() + ": samples alone turn by only " + Math.toDegrees(kink)
                    + "°");
            assertTrue(corner <= MAX_CORNER, t.method().id() + ": the drawn path turns by " + Math.toDegrees(corner)
                    + "° at a corner");
            assertTrue(t.pathSize() - t.size() < Flows.MAX_PATH_POINTS, "within the cap");
        }
    }

    /** A path whose index goes back, misses its ends or comes without its points is refused. */
    @Test
    void anInconsistentPathIsRefused() {
        double[] theta = {0, 0, 1, 1};
        double[] two = {0, 0};
        double[] path = {0, 0, 0.5, 0.6, 1, 1};
        assertEquals(3, new Trajectory(Method.EXACT, 1, 2, theta, two, two, TrajectoryStatus.STEP_LIMIT, 1, "",
                path, new int[] {0, 2}).pathSize());
        for (int[] index : new int[][] {{0, 1}, {1, 2}, {2, 0}}) {
            assertThrows(IllegalArgumentException.class, () -> new Trajectory(Method.EXACT, 1, 2, theta, two, two,
                    TrajectoryStatus.STEP_LIMIT, 1, "", path, index));
        }
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(Method.EXACT, 1, 2, theta, two, two,
                TrajectoryStatus.STEP_LIMIT, 1, "", null, new int[] {0, 1}));
    }
}
