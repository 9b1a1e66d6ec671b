package org.igrexplorer.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.igrexplorer.core.dynamics.GradientDescent;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import org.igrexplorer.core.loss.ThirdOrderLoss;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.api.Test;

class SharpnessTraceTest {

    /** Rounding allowed between closed forms and the Hessian's eigenvalue. */
    static final double CLOSED_FORM_REL = 1e-12;
    /** One step may leave the flow-solution sharpness unchanged up to rounding. */
    static final double MONOTONE_REL = 1e-12;
    /** Convergence tolerance of the runs reaches the flow-solution sharpness to about this. */
    static final double AT_CONVERGENCE_REL = 1e-6;

    static final TwoParameterModel PAPER = new TwoParameterModel(1, 0.6);
    static final double[] START = {2.8, 3.5};

    static Trajectory gd(ThirdOrderLoss loss, double h) {
        return GradientDescent.run(loss, START.clone(), h, 200_000, RunLimits.DEFAULT.stoppingAtConvergence());
    }

    @Test
    void onTheMinimaTheSharpnessIsXSquaredTimesTheSquaredNormAndTheFlowSolutionsSharpness() {
        TwoParameterModel m = new TwoParameterModel(1.3, -0.7);
        for (double a : new double[] {0.2, 0.9, -1.7, 3.1}) {
            double b = m.y() / (m.x() * a);
            double expected = m.x() * m.x() * (a * a + b * b);
            assertEquals(expected, SharpnessTrace.largestEigenvalue(m, new double[] {a, b}), CLOSED_FORM_REL * expected);
            assertEquals(expected, SharpnessTrace.flowSolutionSharpness(m, a, b), CLOSED_FORM_REL * expected);
        }
        assertEquals(2.0 / 0.1, SharpnessTrace.threshold(0.1, 0), 0.0);
        assertEquals(3.8 / 0.1, SharpnessTrace.threshold(0.1, 0.9), 1e-12, "(2 + 2β)/h");
    }

    @Test
    void gradientDescentDecreasesTheFlowSolutionSharpnessAtEveryStepWhileHTimesXTimesTheResidualStaysBelowRootTwo() {
        // from (2.8, 3.5) |x r₀| = 9.2, so h|x r_n| < √2 at every step up to h = 0.15 (checked below), lazy and
        // catapult ranges alike; beyond it the first step raises the flow-solution sharpness (next test)
        for (double h : new double[] {0.02, 0.05, 0.09, 0.12, 0.15}) {
            Trajectory t = gd(PAPER, h);
            assertTrue(t.status() == TrajectoryStatus.CONVERGED || t.status() == TrajectoryStatus.RICOCHET,
                    "h = " + h + ": " + t.status());
            SharpnessTrace.Result r = SharpnessTrace.of(PAPER, t, 0);
            double[] phi = r.flowSolutionSharpness();
            for (int n = 0; n < t.size(); n++) {
                assertTrue(h * Math.abs(PAPER.x() * PAPER.residual(t.a(n), t.b(n))) < Math.sqrt(2), "h = " + h);
            }
            for (int n = 1; n < phi.length; n++) {
                assertTrue(phi[n] <= phi[n - 1] * (1 + MONOTONE_REL), "h = " + h + ", step " + n + ": " + phi[n - 1]
                        + " → " + phi[n]);
            }
            int end = t.size() - 1;
            double atEnd = r.sharpness()[end];
            assertEquals(atEnd, phi[end], AT_CONVERGENCE_REL * atEnd, "at the end GD sits on the flow's solution");
            assertTrue(atEnd < r.threshold(), "GD settles only where λ_max < 2/h (h = " + h + ")");
            assertTrue(phi[0] > phi[end] || h < 0.1, "large steps end flatter");
        }
    }

    @Test
    void theFlowSolutionSharpnessFallsExactlyAtTheStepsWhereHTimesXTimesTheResidualIsBelowRootTwo() {
        double h = 0.3; // beyond 4/λ₀: the condition fails on the way out
        Trajectory t = GradientDescent.run(PAPER, START.clone(), h, 60, RunLimits.DEFAULT);
        SharpnessTrace.Result r = SharpnessTrace.of(PAPER, t, 0);
        double[] phi = r.flowSolutionSharpness();
        int rises = 0;
        for (int n = 0; n + 1 < t.size() && Double.isFinite(phi[n + 1]); n++) {
            double hxr = h * Math.abs(PAPER.x() * PAPER.residual(t.a(n), t.b(n)));
            if (Math.abs(hxr - Math.sqrt(2)) < 1e-9) {
                continue;
            }
            boolean falls = phi[n + 1] < phi[n];
            assertEquals(hxr < Math.sqrt(2), falls, "step " + n + ": h|xr| = " + hxr);
            rises += falls ? 0 : 1;
        }
        assertTrue(rises > 0, "a divergent run breaks the condition somewhere");
    }

    @Test
    void anyTwoParameterLossGetsItsSharpnessButNoFlowSolutionWithoutAClosedForm() {
        ThirdOrderLoss quadratic = new ThirdOrderLoss() { // E = (3a² + 2ab + b²)/2: H = [[3, 1], [1, 1]]
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] t) {
                return 0.5 * (3 * t[0] * t[0] + 2 * t[0] * t[1] + t[1] * t[1]);
            }

            @Override
            public void gradient(double[] t, double[] out) {
                out[0] = 3 * t[0] + t[1];
                out[1] = t[0] + t[1];
            }

            @Override
            public void hessian(double[] t, double[][] out) {
                out[0][0] = 3;
                out[0][1] = 1;
                out[1][0] = 1;
                out[1][1] = 1;
            }

            @Override
            public void hessianVectorProduct(double[] t, double[] v, double[] out) {
                out[0] = 3 * v[0] + v[1];
                out[1] = v[0] + v[1];
            }

            @Override
            public void thirdDerivativeContraction(double[] t, double[] v, double[] out) {
                out[0] = 0;
                out[1] = 0;
            }
        };
        SharpnessTrace.Result r = SharpnessTrace.of(quadratic, gd(quadratic, 0.1), 0);
        for (double s : r.sharpness()) {
            assertEquals(2 + Math.sqrt(2), s, 1e-12, "λ_max of [[3, 1], [1, 1]]");
        }
        assertNull(r.flowSolutionSharpness());
        assertEquals(r.step().length, r.loss().length);
    }
}
