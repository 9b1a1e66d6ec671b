package org.igrexplorer.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One status decision: saddle versus minimum by the Hessian, ricochet, settled flows, honest times. */
class StationaryStatusTest {

    @Test
    void aVanishingGradientAtTheSaddleIsASaddleNotConvergence() {
        // E = (0.6 − ab)²/2 at (0, 0): ∇E = 0, Hessian [[0, −0.6], [−0.6, 0]] with eigenvalues ±0.6
        RunParameters p = RunParameters.paper(1, 0.6, 0, 0, 0.05, 0.5, 50);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(Method.PAPER, p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        for (Trajectory t : all.values()) {
            assertEquals(TrajectoryStatus.SADDLE, t.status(), t.message());
            assertEquals(0, t.statusStep());
            assertTrue(t.message().contains("E = 0.18"), t.message());
        }
        assertFalse(TrajectoryStatus.SADDLE.converged());
    }

    @Test
    void theRicochetIsItsOwnStatusAndTheSameRunOnItsBranchIsConverged() {
        Trajectory ricochet = TrajectoryService.compute(Method.GD, RunParameters.paper(1, 0.6, 2.8, 3.5, 0.12, 0, 2000),
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.RICOCHET, ricochet.status(), ricochet.message());
        assertEquals("ricochet", ricochet.status().id());
        assertTrue(ricochet.a(ricochet.lastStep()) < 0);
        Trajectory normal = TrajectoryService.compute(Method.GD, RunParameters.paper(1, 0.6, 2.8, 3.5, 0.05, 0, 2000),
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.CONVERGED, normal.status(), normal.message());
    }

    @Test
    void convergedFlowsStayConvergedOverAHundredThousandSteps() {
        RunParameters p = RunParameters.DEFAULT.withSteps(100_000);
        Map<Method, Trajectory> many = TrajectoryService.computeAll(Method.PAPER, p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        Map<Method, Trajectory> few = TrajectoryService.computeAll(Method.PAPER, RunParameters.DEFAULT,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        for (Method m : Method.PAPER) {
            Trajectory t = many.get(m);
            assertEquals(TrajectoryStatus.CONVERGED, t.status(), t.message());
            assertEquals(100_001, t.size());
            assertEquals(few.get(m).statusStep(), t.statusStep(), m + ": the same step with 400 or 100000 steps");
            assertEquals(few.get(m).a(400), t.a(100_000), 1e-9, m + " stays at its minimum");
        }
    }

    @Test
    void aHugeLearningRateGivesEachMethodAStatusWithAFiniteTime() {
        RunParameters p = RunParameters.DEFAULT.withH(1e70);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(EnumSet.allOf(Method.class), p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.DIVERGED, all.get(Method.GD).status());
        for (Trajectory t : all.values()) {
            assertFalse(t.message().contains("NaN") || t.message().contains("Infinity"), t.message());
            for (int n = 0; n < t.size(); n++) {
                assertTrue(Double.isFinite(t.a(n)) && Double.isFinite(t.b(n)) && Double.isFinite(t.loss(n)));
            }
        }
    }

    @Test
    void runningOutOfEffortNamesTheTimeTheIntegratorReached() {
        Trajectory t = TrajectoryService.compute(Method.EGR, RunParameters.DEFAULT.withMu(50),
                RunLimits.DEFAULT.withMaxEvaluations(200), FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.EFFORT_LIMIT, t.status(), t.message());
        assertTrue(t.message().matches("ran out of integrator effort at t = [0-9.e-]+ of 20 \\(200 evaluations.*"),
                t.message());
        assertFalse(t.message().startsWith("ran out of integrator effort at t = 0 "), t.message());
    }
}
