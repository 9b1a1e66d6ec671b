package org.igrexplorer.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.api.Test;

class HeavyBallTest {

    private static final double EXACT = 0.0;
    private static final double FLOW_AGREEMENT = 1e-10;

    @Test
    void withoutMomentumItIsGradientDescentAndItsFlowsAreThePapersFlows() {
        RunParameters p = RunParameters.DEFAULT.withSteps(50);
        Trajectory gd = TrajectoryService.compute(Method.GD, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        Trajectory hb = TrajectoryService.compute(Method.MOMENTUM, p, 0.0, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        assertEquals(Method.MOMENTUM, hb.method());
        for (int n = 0; n <= 50; n++) {
            assertArrayEquals(gd.theta(n), hb.theta(n), EXACT);
        }
        Trajectory mod = TrajectoryService.compute(Method.MODIFIED, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        Trajectory hbMod = TrajectoryService.compute(Method.MOMENTUM_MODIFIED, p, 0.0, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        assertEquals(0.0, mod.distanceTo(hbMod, 50), FLOW_AGREEMENT);
    }

    @Test
    void stepsFollowTheRecurrence() {
        TwoParameterModel m = new TwoParameterModel(1.0, 0.6);
        double h = 0.02;
        double beta = 0.7;
        Trajectory t = HeavyBall.run(m, new double[] {2.8, 3.5}, h, beta, 3, RunLimits.DEFAULT);
        double[] g = new double[2];
        // θ₁ = θ₀ − h∇E(θ₀) (at rest); θ₂ = θ₁ − h∇E(θ₁) + β(θ₁ − θ₀)
        m.gradient(t.theta(0), g);
        assertEquals(2.8 - h * g[0], t.a(1), 1e-15);
        m.gradient(t.theta(1), g);
        assertEquals(t.a(1) - h * g[0] + beta * (t.a(1) - t.a(0)), t.a(2), 1e-15);
        assertEquals(t.b(1) - h * g[1] + beta * (t.b(1) - t.b(0)), t.b(2), 1e-15);
    }

    @Test
    void momentumModifiedFieldIsTheDerivedFormula() {
        TwoParameterModel m = new TwoParameterModel(1.0, 0.6);
        double h = 0.03;
        double beta = 0.6;
        double[] theta = {1.1, -0.4};
        double[] out = new double[2];
        VectorFields.momentumModifiedFlow(m, h, beta).evaluate(theta, out);
        double[] g = new double[2];
        double[] hg = new double[2];
        m.gradient(theta, g);
        m.hessianVectorProduct(theta, g, hg);
        double q = 1 - beta;
        for (int i = 0; i < 2; i++) {
            // F = −∇E/(1−β) − h(1+β)/(2(1−β)³) H∇E
            double expected = -g[i] / q - h * (1 + beta) / (2 * q * q * q) * hg[i];
            assertEquals(expected, out[i], 1e-14 * Math.abs(expected));
        }
        assertThrows(IllegalArgumentException.class, () -> VectorFields.momentumFlow(m, 1.0));
        assertThrows(IllegalArgumentException.class, () -> HeavyBall.run(m, theta, h, -0.1, 3, RunLimits.DEFAULT));
    }

    @Test
    void methodIdsRoundTrip() {
        for (Method m : Method.values()) {
            assertEquals(m, Method.fromId(m.id()));
        }
        assertEquals(5, Method.PAPER.size());
    }
}
