package org.igrexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Flows;
import org.igrexplorer.core.dynamics.HeavyBall;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.VectorFields;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.api.Test;

/**
 * Heavy-ball momentum against its flows, as the core tests GD against its flows: fitted log–log
 * slopes of the error against h.
 */
class MomentumBackwardErrorTest {

    private static final double SLOPE_TOLERANCE = 0.1;
    /** Global errors at a fixed time mix orders a little more; still far from the next integer. */
    private static final double GLOBAL_SLOPE_TOLERANCE = 0.15;
    private static final TwoParameterModel MODEL = new TwoParameterModel(1.0, 0.6);
    private static final double[] START = {2.8, 3.5};

    /** h in [1e-3/ℓ, 1e-2/ℓ]·(1−β)²: the expansion parameter of the momentum flows is hℓ/(1−β)². */
    private static double[] learningRates(double beta) {
        // top |eigenvalue| of the Hessian [[12.25, 19], [19, 7.84]] at (2.8, 3.5), x = 1, y = 0.6
        double ell = 10.045 + Math.sqrt(2.205 * 2.205 + 19.0 * 19.0);
        double q2 = (1 - beta) * (1 - beta);
        return Statistics.logSpace(1e-3 * q2 / ell, 1e-2 * q2 / ell, 7);
    }

    @Test
    void localErrorIsOrderTwoAgainstTheFlowAndThreeAgainstTheModifiedFlow() {
        for (double beta : new double[] {0.5, 0.9}) {
            ErrorStudy s = BackwardError.momentum(MODEL, START, learningRates(beta), beta);
            assertEquals(2.0, s.slope(Method.MOMENTUM_FLOW), SLOPE_TOLERANCE, "β = " + beta);
            assertEquals(3.0, s.slope(Method.MOMENTUM_MODIFIED), SLOPE_TOLERANCE, "β = " + beta);
            for (ErrorStudy.Curve c : s.curves()) {
                assertEquals(c.expectedSlope(), c.slope(), SLOPE_TOLERANCE, c.flow().id());
            }
        }
    }

    @Test
    void withoutMomentumTheLocalErrorsAreGradientDescents() {
        double h = 1e-3;
        double[] o = BackwardError.momentumOneStep(MODEL, START, h, 0.0);
        // β = 0: the previous point plays no role, so these are GD's one-step errors
        double[] gd = BackwardError.gdOneStep(MODEL, START, h);
        assertEquals(gd[0], o[0], 1e-9 * gd[0]);
        assertEquals(gd[1], o[1], 1e-6 * gd[1]);
    }

    /**
     * Started at rest, momentum lags its modified flow from θ₀ by an O(h) offset that the transient
     * leaves behind, so at fixed T the error is first order; from the shadow start
     * θ₀ + βh∇E/(1−β)² it is second order (β = 0.5, T = 0.05).
     */
    @Test
    void globalErrorAtFixedTimeIsFirstOrderFromRestAndSecondOrderFromTheShadowStart() {
        double beta = 0.5;
        double t = 0.05;
        double[] hs = Statistics.logSpace(t / 400, t / 25, 5);
        double[] fromRest = new double[hs.length];
        double[] fromShadow = new double[hs.length];
        for (int i = 0; i < hs.length; i++) {
            double h = hs[i];
            int n = (int) Math.round(t / h);
            Trajectory hb = HeavyBall.run(MODEL, START, h, beta, n, RunLimits.DEFAULT);
            Trajectory mod = Flows.integrate(Method.MOMENTUM_MODIFIED, VectorFields.momentumModifiedFlow(MODEL, h, beta),
                    MODEL, START, h, n, RunLimits.DEFAULT, FlowTolerances.REFERENCE);
            Trajectory shadow = Flows.integrate(Method.MOMENTUM_MODIFIED,
                    VectorFields.momentumModifiedFlow(MODEL, h, beta), MODEL,
                    BackwardError.momentumShadowStart(MODEL, START, h, beta), h, n, RunLimits.DEFAULT,
                    FlowTolerances.REFERENCE);
            fromRest[i] = hb.distanceTo(mod, n);
            fromShadow[i] = hb.distanceTo(shadow, n);
            assertTrue(fromShadow[i] < 0.25 * fromRest[i], "h = " + h);
        }
        assertEquals(1.0, Statistics.logLogSlope(hs, fromRest), GLOBAL_SLOPE_TOLERANCE);
        assertEquals(2.0, Statistics.logLogSlope(hs, fromShadow), GLOBAL_SLOPE_TOLERANCE);
    }
}
