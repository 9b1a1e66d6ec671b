package org.igrexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.api.Test;

/** Figure 1b: R_IG/E at convergence against the learning rate, from (2.8, 3.5) with x = 1, y = 0.6. */
class LearningRateSweepTest {

    private static final TwoParameterModel MODEL = new TwoParameterModel(1, 0.6);
    private static final double A0 = 2.8;
    private static final double B0 = 3.5;
    /** Gradient-flow limit: a² − b² conserved, ab = 0.6 ⇒ a² + b² = sqrt(D² + 4(ab)²). */
    private static final double FLOW_LIMIT = Math.sqrt(Math.pow(A0 * A0 - B0 * B0, 2) + 4 * 0.36);
    private static final double FLATTEST = 2 * 0.6;
    /** Below this learning rate GD from (2.8, 3.5) stays on its branch ("about 0.11" in the issue). */
    private static final double RICOCHET_FREE_UP_TO = 0.105;

    @Test
    void ratioFallsStrictlyAsTheLearningRateGrowsInTheBackwardAnalysisRange() {
        double[] hs = Statistics.linSpace(0.001, 0.1, 34);
        List<SweepPoint> pts = LearningRateSweep.run(MODEL, A0, B0, hs);
        for (SweepPoint p : pts) {
            assertEquals(TrajectoryStatus.CONVERGED, p.status(), "h = " + p.h());
            assertFalse(p.branchFlipped(), "h = " + p.h() + " stays on the start's branch");
            assertEquals(0.6, p.a() * p.b(), 1e-9, "ends on the minima hyperbola");
            assertEquals(p.rIgOverLoss(), p.norm() * p.norm(), 1e-12 * p.rIgOverLoss(), "x = 1: R_IG/E = ‖θ‖²");
        }
        for (int i = 1; i < pts.size(); i++) {
            assertTrue(pts.get(i).rIgOverLoss() < pts.get(i - 1).rIgOverLoss(),
                    "strictly decreasing at h = " + pts.get(i).h());
        }
        assertEquals(FLOW_LIMIT, pts.get(0).rIgOverLoss(), 0.02, "small h ends near the gradient-flow limit");
        double last = pts.get(pts.size() - 1).rIgOverLoss();
        assertTrue(last > FLATTEST && last < 0.5 * FLOW_LIMIT, "h = 0.1 ends much flatter, above 2|xy|: " + last);
    }

    @Test
    void pastTheRicochetThresholdTheCurveIsNotMonotoneAndLargeRatesDiverge() {
        double[] hs = Statistics.linSpace(0.1, 0.3, 81);
        List<SweepPoint> pts = LearningRateSweep.run(MODEL, A0, B0, hs);
        boolean anyFlip = false;
        boolean anyIncrease = false;
        for (int i = 0; i < pts.size(); i++) {
            SweepPoint p = pts.get(i);
            if (p.h() >= 0.25) {
                assertEquals(TrajectoryStatus.DIVERGED, p.status(), "h = " + p.h());
                assertTrue(Double.isFinite(p.a()) && Double.isFinite(p.b()), "last finite iterate reported");
                continue;
            }
            if (p.status().converged()) {
                anyFlip |= p.branchFlipped();
                if (i > 0 && pts.get(i - 1).status().converged()
                        && p.rIgOverLoss() > pts.get(i - 1).rIgOverLoss()) {
                    anyIncrease = true;
                }
            }
        }
        assertTrue(anyFlip, "somewhere past h ≈ 0.11 GD ricochets to the other branch");
        assertTrue(anyIncrease, "past the ricochet threshold R_IG/E is no longer monotone");
        for (SweepPoint p : pts) {
            // measured: the first ricochet lies between h = 0.108 and h = 0.110
            if (p.h() <= RICOCHET_FREE_UP_TO) {
                assertFalse(p.branchFlipped(), "no ricochet yet at h = " + p.h());
            }
        }
    }
}
