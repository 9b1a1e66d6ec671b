package org.igrexplorer.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.igrexplorer.core.dynamics.GradientDescent;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.api.Test;

class CatapultTest {

    static final double[] START = {2.8, 3.5};

    static Trajectory gd(TwoParameterModel m, double h) {
        return GradientDescent.run(m, START.clone(), h, 400_000, RunLimits.DEFAULT.stoppingAtConvergence());
    }

    static boolean lossRisesSomewhere(Trajectory t) {
        for (int n = 1; n < t.size(); n++) {
            if (t.loss(n) > t.loss(n - 1)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void thresholdsFromTheStartingCurvature() {
        Catapult c = Catapult.of(new TwoParameterModel(1, 0.6), 2.8, 3.5).orElseThrow();
        assertEquals(2.8 * 2.8 + 3.5 * 3.5, c.lambda0(), 1e-12);
        assertEquals(2 / 20.09, c.lazyLimit(), 1e-12);
        assertEquals(4 / 20.09, c.divergenceLimit(), 1e-12);
        assertEquals(Catapult.Phase.LAZY, c.phase(0.09));
        assertEquals(Catapult.Phase.CATAPULT, c.phase(0.15));
        assertEquals(Catapult.Phase.DIVERGENT, c.phase(0.25));
    }

    @Test
    void exactForZeroTargetLazyCatapultDivergent() {
        TwoParameterModel m = new TwoParameterModel(1, 0);
        Catapult c = Catapult.of(m, START[0], START[1]).orElseThrow();
        Trajectory lazy = gd(m, 0.97 * c.lazyLimit());
        assertEquals(TrajectoryStatus.CONVERGED, lazy.status());
        assertTrue(!lossRisesSomewhere(lazy), "lazy: the loss falls at every step");
        double mid = 1.5 * c.lazyLimit();
        Trajectory catapult = gd(m, mid);
        assertEquals(TrajectoryStatus.CONVERGED, catapult.status());
        // far from the minima (E₀ = 48) the loss falls from the first step; what marks the range is where GD lands
        double end = SharpnessTrace.largestEigenvalue(m, catapult.theta(catapult.size() - 1));
        assertTrue(end < 2 / mid && end < c.lambda0() / 1.5, "it lands where h·λ < 2 < h·λ₀, flatter than the start's curvature: " + end);
        Trajectory late = gd(m, 0.97 * c.divergenceLimit());
        assertTrue(late.status() != TrajectoryStatus.DIVERGED, "just below 4/λ₀: " + late.status());
        assertTrue(SharpnessTrace.largestEigenvalue(m, late.theta(late.size() - 1)) < 2 / (0.97 * c.divergenceLimit()),
                "it ends where h·λ < 2");
        assertEquals(TrajectoryStatus.DIVERGED, gd(m, 1.03 * c.divergenceLimit()).status(), "just above 4/λ₀");
    }

    @Test
    void withTheFigureTargetTheMeasuredRangesLieNearTheThresholdsAndTheSentenceSaysBoth() {
        TwoParameterModel m = new TwoParameterModel(1, 0.6);
        Catapult c = Catapult.of(m, START[0], START[1]).orElseThrow();
        double ricochet = Double.NaN;
        double diverged = Double.NaN;
        for (double h = 0.080; h <= 0.260 && Double.isNaN(diverged); h += 0.001) {
            TrajectoryStatus s = gd(m, h).status();
            if (s == TrajectoryStatus.RICOCHET && Double.isNaN(ricochet)) {
                ricochet = h;
            }
            if (s == TrajectoryStatus.DIVERGED) {
                diverged = h;
            }
        }
        assertEquals(0.109, ricochet, 0.002, "measured ricochet start");
        assertEquals(0.21, diverged, 0.01, "measured divergence start");
        assertTrue(ricochet > c.lazyLimit() && ricochet < c.divergenceLimit(), "ricochets happen in the catapult range");
        assertTrue(Math.abs(diverged / c.divergenceLimit() - 1) < 0.1, "divergence within 10% of 4/λ₀");
        String s = c.compare(ricochet, diverged);
        assertTrue(s.contains("2/λ₀ = 0.0996") && s.contains("4/λ₀ = 0.199") && s.contains("ricocheted from h ≈ 0.109")
                && s.contains("lazy") && s.contains("catapult") && s.contains("divergent"), s);
    }
}
