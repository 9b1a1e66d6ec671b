package org.igrexplorer.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.api.Test;

class BalanceTest {

    /** Relative error allowed in the one-step multiplier identity (pure rounding). */
    private static final double MULTIPLIER_RELATIVE = 1e-12;
    /** Relative drift of D allowed along the exact flow integrated at default tolerances. */
    private static final double CONSERVATION_RELATIVE = 1e-8;

    @Test
    void gdMultipliesTheBalanceByOneMinusHSquaredXSquaredRSquared() {
        RunParameters p = RunParameters.DEFAULT.withModel(RunParameters.DEFAULT.model().withConstant("x", 1.3)).withH(0.04);
        TwoParameterModel model = (TwoParameterModel) p.landscape();
        Trajectory gd = TrajectoryService.compute(Method.GD, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        Balance.Series d = Balance.of(gd, model.conservedQuantity().orElseThrow());
        assertEquals(p.steps() + 1, d.size());
        for (int n = 0; n + 1 < d.size(); n++) {
            double predicted = model.balanceMultiplier(p.h(), gd.a(n), gd.b(n)) * d.d(n);
            assertEquals(predicted, d.d(n + 1), MULTIPLIER_RELATIVE * Math.abs(d.d(n + 1)), "step " + n);
        }
        // and the multiplier really changes D: it has shrunk by more than a third over the run
        assertTrue(Math.abs(d.d(d.size() - 1)) < 0.67 * Math.abs(d.d(0)));
    }

    @Test
    void theExactFlowConservesTheBalance() {
        RunParameters p = RunParameters.DEFAULT;
        Map<Method, Trajectory> all = TrajectoryService.computeAll(Set.of(Method.EXACT, Method.MODIFIED), p,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        List<Balance.Series> series = Balance.compute(all, RunParameters.DEFAULT.landscape().conservedQuantity().orElseThrow());
        assertEquals(Method.EXACT, series.get(0).method());
        Balance.Series exact = series.get(0);
        double d0 = p.a0() * p.a0() - p.b0() * p.b0();
        for (int n = 0; n < exact.size(); n++) {
            assertEquals(d0, exact.d(n), CONSERVATION_RELATIVE * Math.abs(d0), "t = " + exact.t()[n]);
        }
        // the modified flow does not conserve it: it drifts toward balance, |D| decreases
        Balance.Series modified = series.get(1);
        assertTrue(Math.abs(modified.d(modified.size() - 1)) < Math.abs(d0) - 0.1);
    }
}
