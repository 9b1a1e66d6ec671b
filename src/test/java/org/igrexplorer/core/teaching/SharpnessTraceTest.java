package org.igrexplorer.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.igrexplorer.core.dynamics.GradientDescent;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.Landscapes;
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
            assertEquals(expected, m.flowSolutionSharpness(a, b).orElseThrow(), CLOSED_FORM_REL * expected);
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
    void anyLandscapeGetsItsSharpnessButNoFlowSolutionWithoutAClosedForm() {
        Landscape other = Landscapes.builtins().stream().filter(l -> l.flowSolutionSharpness(1, 1).isEmpty())
                .findFirst().orElseThrow();
        Trajectory t = GradientDescent.run(other, other.defaultStart(), other.defaultLearningRate(), 50,
                RunLimits.DEFAULT);
        SharpnessTrace.Result r = SharpnessTrace.of(other, t, 0.5);
        for (int n = 0; n < t.size(); n++) { // independently: EJML's symmetric eigensolver on the Hessian
            double[][] h = new double[2][2];
            other.hessian(t.theta(n), h);
            DMatrixRMaj m = new DMatrixRMaj(new double[][] {{h[0][0], 0.5 * (h[0][1] + h[1][0])},
                {0.5 * (h[0][1] + h[1][0]), h[1][1]}});
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2, false, true);
            assertTrue(eig.decompose(m));
            double top = Math.max(eig.getEigenvalue(0).getReal(), eig.getEigenvalue(1).getReal());
            assertEquals(top, r.sharpness()[n], 1e-9 * Math.max(1, Math.abs(top)), other.displayName() + " step " + n);
            assertEquals(t.loss(n), r.loss()[n], 0.0);
        }
        assertNull(r.flowSolutionSharpness(), other.displayName());
        assertEquals(3.0 / other.defaultLearningRate(), r.threshold(), 1e-12, "(2 + 2β)/h with β = 0.5");
    }
}
