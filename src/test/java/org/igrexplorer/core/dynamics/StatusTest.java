package org.igrexplorer.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statuses are data, never exceptions or NaN in the output. */
class StatusTest {

    /** ‖∇E‖ below which a point counts as at a minimum in these tests (start: ‖∇E‖ ≈ 41). */
    private static final double CONVERGED_SLOPE = 1e-9;

    private static void assertAllFinite(Trajectory t) {
        for (int n = 0; n < t.size(); n++) {
            assertTrue(Double.isFinite(t.a(n)) && Double.isFinite(t.b(n)) && Double.isFinite(t.loss(n))
                    && Double.isFinite(t.rIg(n)), t.method() + " point " + n + " is not finite");
        }
    }

    @Test
    void largeLearningRateDivergesAsAStatusWithFinitePoints() {
        RunParameters p = RunParameters.paper(1, 0.6, 2.8, 3.5, 0.5, 0.5, 400);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(EnumSet.allOf(Method.class), p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        Trajectory gd = all.get(Method.GD);
        assertEquals(TrajectoryStatus.DIVERGED, gd.status(), gd.message());
        assertTrue(gd.size() < 401 && gd.statusStep() == gd.size(), "stops at the diverging step " + gd.message());
        assertTrue(gd.message().contains("diverged at step " + gd.statusStep()), gd.message());
        all.values().forEach(StatusTest::assertAllFinite);
        assertEquals(TrajectoryStatus.CONVERGED, all.get(Method.EXACT).status(), "the exact flow is unaffected by h");
    }

    @Test
    void leavingTheDomainBoxEndsTheRunWithThatStatus() {
        // with h = 0.2 the first GD step from (2.8, 3.5) jumps to (−3.64, −1.65), out of the positive quadrant
        RunLimits box = RunLimits.DEFAULT.within(new RunLimits.Box(new double[] {0, 0}, new double[] {10, 10}));
        Trajectory gd = TrajectoryService.compute(Method.GD, RunParameters.paper(1, 0.6, 2.8, 3.5, 0.2, 0, 400), box,
                FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.LEFT_DOMAIN, gd.status(), gd.message());
        int last = gd.lastStep();
        assertEquals(1, last, "the run ends at the step that left the box");
        assertEquals(2.8 - 0.2 * 3.5 * 9.2, gd.a(last), 1e-12, "a₁ = a₀ + h b₀ x r₀");
        assertEquals(3.5 - 0.2 * 2.8 * 9.2, gd.b(last), 1e-12, "b₁ = b₀ + h a₀ x r₀");
        Trajectory flow = TrajectoryService.compute(Method.EXACT, RunParameters.paper(1, 0.6, 2.8, 3.5, 0.2, 0, 400), box,
                FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.CONVERGED, flow.status(), "the exact flow stays in the quadrant");
    }

    @ParameterizedTest
    @CsvSource({"GD", "EXACT", "MODIFIED", "MODIFIED2", "EGR"})
    void convergedRunsReportTheFirstStepOfConvergence(Method method) {
        Trajectory t = TrajectoryService.compute(method, RunParameters.DEFAULT, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.CONVERGED, t.status(), t.message());
        TwoParameterModel model = (TwoParameterModel) RunParameters.DEFAULT.landscape();
        int s = t.statusStep();
        assertTrue(s > 0 && s < t.lastStep(), t.message());
        assertTrue(model.slope(t.a(t.lastStep()), t.b(t.lastStep())) < 1e-9, "ends at a minimum");
    }

    @ParameterizedTest
    @CsvSource({"EXACT", "MODIFIED", "MODIFIED2", "EGR"})
    void integratorNoiseAtTheMinimumIsNotReadAsNonConvergence(Method method) {
        // with its step capped at h the settled integrator stays at the minimum; uncapped, it ran at the edge
        // of its stability region and left ‖∇E‖ noise of up to 3e-8 at tolerance 1e-10 (measured)
        RunParameters p = RunParameters.DEFAULT;
        FlowTolerances loose = new FlowTolerances(1e-10, 1e-10);
        Trajectory t = TrajectoryService.compute(method, p, RunLimits.DEFAULT.withConvergenceTolerance(1e-9).withMaxEvaluations(2_000_000), loose);
        assertEquals(TrajectoryStatus.CONVERGED, t.status(), t.message());
        TwoParameterModel model = (TwoParameterModel) p.landscape();
        assertTrue(t.statusStep() < 200, "converges within t = 10 at rate ≈ x²‖θ‖² ≈ 4.6: " + t.message());
        for (int n = t.statusStep(); n < t.size(); n++) {
            assertTrue(model.slope(t.a(n), t.b(n)) < CONVERGED_SLOPE, "stays at the minimum from step " + n);
        }
    }

    @Test
    void tooFewStepsReportTheStepLimit() {
        Trajectory t = TrajectoryService.compute(Method.GD, RunParameters.DEFAULT.withSteps(3), RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.STEP_LIMIT, t.status());
        assertEquals(3, t.statusStep());
        assertEquals(4, t.size());
    }

    @Test
    void aStiffFlowBeyondTheEvaluationBudgetReportsEffortNotAnException() {
        RunLimits tight = RunLimits.DEFAULT.withMaxEvaluations(200);
        Trajectory t = TrajectoryService.compute(Method.EGR, RunParameters.DEFAULT.withMu(50), tight,
                FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.EFFORT_LIMIT, t.status(), t.message());
        assertAllFinite(t);
    }

    @Test
    void aStartBeyondTheBoundIsRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GradientDescent.run(
                new TwoParameterModel(1, 1), new double[] {3e8, 0}, 0.1, 10, RunLimits.DEFAULT));
        assertTrue(e.getMessage().contains("bound"), e.getMessage());
    }

    @Test
    void invalidParametersAreRejectedNamingTheValue() {
        assertMessage(() -> RunParameters.paper(Double.NaN, 0.6, 1, 1, 0.1, 0, 10), "x must be a finite number, got NaN");
        assertMessage(() -> RunParameters.paper(1, Double.POSITIVE_INFINITY, 1, 1, 0.1, 0, 10), "y must be a finite number, got Infinity");
        assertMessage(() -> RunParameters.paper(1, 1, Double.NaN, 1, 0.1, 0, 10), "a0 must be a finite number, got NaN");
        assertMessage(() -> RunParameters.paper(1, 1, 1, Double.NEGATIVE_INFINITY, 0.1, 0, 10), "b0 must be a finite number, got -Infinity");
        assertMessage(() -> RunParameters.paper(1, 1, 1, 1, 0, 0, 10), "h must be > 0, got 0.0");
        assertMessage(() -> RunParameters.paper(1, 1, 1, 1, -0.5, 0, 10), "h must be > 0, got -0.5");
        assertMessage(() -> RunParameters.paper(1, 1, 1, 1, Double.NaN, 0, 10), "h must be a finite number, got NaN");
        assertMessage(() -> RunParameters.paper(1, 1, 1, 1, 0.1, -1, 10), "mu must be ≥ 0, got -1.0");
        assertMessage(() -> RunParameters.paper(1, 1, 1, 1, 0.1, Double.NaN, 10), "mu must be a finite number, got NaN");
        assertMessage(() -> RunParameters.paper(1, 1, 1, 1, 0.1, 0, 0), "steps must be between 1 and");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String expected) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(expected), ex.getMessage());
    }
}
