package org.igrexplorer.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.experiment.SweepPoint;
import org.junit.jupiter.api.Test;

class Figure1bTest {

    private static final double RANGE_TOLERANCE = 1e-15;

    @Test
    void smallLearningRatesEndNearTheExactFlowsMinimumAndLargerOnesFlatter() {
        RunParameters p = RunParameters.DEFAULT;
        // The exact flow conserves D = a² − b² = −4.41 and ends where ab = 0.6, so there
        // a² + b² = sqrt(D² + 4·0.36) = 4.5703…: the h → 0 limit of R_IG/E = x²‖θ‖².
        double flowLimit = Math.sqrt(4.41 * 4.41 + 4 * 0.36);
        Figure1b.Result r = Figure1b.compute(p, new double[] {1e-3, 1e-2, 0.05, 0.1}, Figure1b.DEFAULT_MAX_STEPS);
        List<SweepPoint> pts = r.points();
        assertEquals(List.of(Regime.NORMAL, Regime.NORMAL, Regime.NORMAL, Regime.NORMAL), r.regimes());
        assertTrue(pts.get(0).rIgOverLoss() < flowLimit, "IGR: even small h ends flatter than the flow");
        assertEquals(flowLimit, pts.get(0).rIgOverLoss(), 0.02);
        for (int i = 1; i < pts.size(); i++) {
            assertTrue(pts.get(i).rIgOverLoss() < pts.get(i - 1).rIgOverLoss(), "R_IG/E falls as h grows");
            assertEquals(Math.sqrt(pts.get(i).rIgOverLoss()), pts.get(i).norm(), 1e-12, "x = 1: ‖θ‖² = R_IG/E");
        }
        assertEquals(0.05, r.currentH());
    }

    @Test
    void defaultSweepShowsRicochetAndDivergenceAndRangesTileTheSweep() {
        RunParameters p = RunParameters.DEFAULT;
        double[] hs = Figure1b.defaultLearningRates(p, 24);
        assertEquals(8.0 / BackwardErrorPanelTestSupport.ellAtDefault(), hs[hs.length - 1], 1e-12);
        Figure1b.Result r = Figure1b.compute(p, hs, Figure1b.DEFAULT_MAX_STEPS);
        assertTrue(r.regimes().contains(Regime.RICOCHET), "the default sweep crosses the ricochet range");
        assertEquals(Regime.DIVERGED, r.regimes().get(hs.length - 1));
        assertEquals(Regime.NORMAL, r.regimes().get(0));
        for (int i = 0; i < hs.length; i++) {
            SweepPoint sp = r.points().get(i);
            assertEquals(Regime.of(sp), r.regimes().get(i));
            if (r.regimes().get(i) == Regime.RICOCHET) {
                assertTrue(Math.signum(sp.a()) != Math.signum(p.a0()));
            }
        }
        List<Figure1b.Range> ranges = r.ranges();
        assertEquals(hs[0], ranges.get(0).hFrom(), RANGE_TOLERANCE);
        assertEquals(hs[hs.length - 1], ranges.get(ranges.size() - 1).hTo(), RANGE_TOLERANCE);
        for (int i = 1; i < ranges.size(); i++) {
            assertEquals(ranges.get(i - 1).hTo(), ranges.get(i).hFrom(), RANGE_TOLERANCE);
            assertTrue(ranges.get(i - 1).regime() != ranges.get(i).regime());
        }
        double firstDiv = r.firstDivergentH();
        assertTrue(firstDiv > 2.0 / BackwardErrorPanelTestSupport.ellAtDefault(),
                "GD survives the first overshoot at h·ℓ₀ = 2 before diverging");
    }

    @Test
    void rangesBreakAtMidpoints() {
        double[] hs = {0.1, 0.2, 0.3, 0.4, 0.5};
        List<Figure1b.Range> ranges = Figure1b.ranges(hs,
                List.of(Regime.NORMAL, Regime.NORMAL, Regime.RICOCHET, Regime.DIVERGED, Regime.DIVERGED));
        assertEquals(List.of(new Figure1b.Range(Regime.NORMAL, 0.1, 0.25),
                new Figure1b.Range(Regime.RICOCHET, 0.25, 0.35),
                new Figure1b.Range(Regime.DIVERGED, 0.35, 0.5)), ranges);
    }
}
