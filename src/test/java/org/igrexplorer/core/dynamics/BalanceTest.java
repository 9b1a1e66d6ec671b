package org.igrexplorer.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The balance D = a² − b²: conserved by the exact flow, multiplied by 1 − h²x²r² by each GD step. */
class BalanceTest {

    private static final double FLOW_CONSERVATION_REL_TOL = 1e-8;
    private static final double GD_STEP_REL_TOL = 1e-12;

    @ParameterizedTest
    @CsvSource({"1, 0.6, 2.8, 3.5, 0.05", "1, 0.6, 0.5, -1.2, 0.1", "2, -1, 1.5, 0.2, 0.01", "0.5, 3, -4, 1, 0.2"})
    void exactFlowConservesTheBalance(double x, double y, double a0, double b0, double h) {
        RunParameters p = RunParameters.paper(x, y, a0, b0, h, 0, 400);
        Trajectory t = TrajectoryService.compute(Method.EXACT, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        assertEquals(401, t.size(), "the flow is sampled at every step");
        double d0 = a0 * a0 - b0 * b0;
        for (int n = 0; n < t.size(); n++) {
            double d = t.a(n) * t.a(n) - t.b(n) * t.b(n);
            assertEquals(d0, d, FLOW_CONSERVATION_REL_TOL * Math.abs(d0), "a² − b² at step " + n);
        }
    }

    @Test
    void oneGradientDescentStepMultipliesTheBalanceExactly() {
        Random rnd = new Random(7);
        for (int k = 0; k < 200; k++) {
            TwoParameterModel model = new TwoParameterModel(rnd.nextDouble() * 3 - 1.5, rnd.nextDouble() * 3 - 1.5);
            double a = rnd.nextDouble() * 6 - 3;
            double b = rnd.nextDouble() * 6 - 3;
            double h = rnd.nextDouble() * 0.3;
            Trajectory t = GradientDescent.run(model, new double[] {a, b}, h, 1, RunLimits.DEFAULT);
            double r = model.residual(a, b);
            double x = model.x();
            double expected = (1 - h * h * x * x * r * r) * (a * a - b * b);
            double actual = t.a(1) * t.a(1) - t.b(1) * t.b(1);
            double scale = Math.abs(a * a) + Math.abs(b * b) + Math.abs(expected);
            assertEquals(expected, actual, GD_STEP_REL_TOL * Math.max(scale, 1e-300), "point " + k);
        }
    }
}
