package org.igrexplorer.core.experiment;

import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Flows;
import org.igrexplorer.core.dynamics.GradientDescent;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.VectorFields;
import org.igrexplorer.core.loss.ThirdOrderLoss;

/**
 * Theorem 3.1 made numerical: the distance after one step between gradient descent and the exact,
 * first-order and second-order modified flows at time h. They scale as h², h³ and h⁴.
 */
public final class BackwardError {

    private BackwardError() {
    }

    /**
     * One-step distances from one start for one h.
     *
     * @param h         learning rate
     * @param exact     ‖θ₁ − φ_h(θ₀)‖ for the exact flow
     * @param modified  the same for the first-order modified flow
     * @param modified2 the same for the second-order modified flow
     */
    public record OneStep(double h, double exact, double modified, double modified2) {
    }

    /**
     * Fitted log–log slopes of the distances against h.
     *
     * @param exact     slope for the exact flow (expected 2)
     * @param modified  slope for the first-order modified flow (expected 3)
     * @param modified2 slope for the second-order modified flow (expected 4)
     */
    public record Slopes(double exact, double modified, double modified2) {
    }

    /**
     * @param loss   E
     * @param theta0 start. Not modified.
     * @param h      learning rate
     * @return the one-step distances, flows integrated at {@link FlowTolerances#REFERENCE}
     */
    public static OneStep oneStep(ThirdOrderLoss loss, double[] theta0, double h) {
        Trajectory gd = GradientDescent.run(loss, theta0, h, 1, RunLimits.DEFAULT);
        FlowTolerances tol = FlowTolerances.REFERENCE;
        Trajectory ex = Flows.integrate(Method.EXACT, VectorFields.gradientFlow(loss), loss, theta0, h, 1,
                RunLimits.DEFAULT, tol);
        Trajectory m1 = Flows.integrate(Method.MODIFIED, VectorFields.modifiedFlow(loss, h), loss, theta0, h, 1,
                RunLimits.DEFAULT, tol);
        Trajectory m2 = Flows.integrate(Method.MODIFIED2, VectorFields.secondOrderModifiedFlow(loss, h), loss,
                theta0, h, 1, RunLimits.DEFAULT, tol);
        return new OneStep(h, gd.distanceTo(ex, 1), gd.distanceTo(m1, 1), gd.distanceTo(m2, 1));
    }

    /** @return one-step distances for each h in {@code hs} */
    public static OneStep[] study(ThirdOrderLoss loss, double[] theta0, double[] hs) {
        OneStep[] out = new OneStep[hs.length];
        for (int i = 0; i < hs.length; i++) {
            out[i] = oneStep(loss, theta0, hs[i]);
        }
        return out;
    }

    /** @return the fitted log–log slopes of a study */
    public static Slopes slopes(OneStep[] study) {
        int n = study.length;
        double[] hs = new double[n];
        double[] e0 = new double[n];
        double[] e1 = new double[n];
        double[] e2 = new double[n];
        for (int i = 0; i < n; i++) {
            hs[i] = study[i].h();
            e0[i] = study[i].exact();
            e1[i] = study[i].modified();
            e2[i] = study[i].modified2();
        }
        return new Slopes(Statistics.logLogSlope(hs, e0), Statistics.logLogSlope(hs, e1),
                Statistics.logLogSlope(hs, e2));
    }

    /**
     * @return the largest |eigenvalue| of the 2 × 2 symmetric Hessian at θ
     */
    public static double largestHessianEigenvalue(ThirdOrderLoss loss, double[] theta) {
        if (loss.dimension() != 2) {
            throw new IllegalArgumentException("this helper is for two-parameter losses");
        }
        double[][] hm = new double[2][2];
        loss.hessian(theta, hm);
        double tr = hm[0][0] + hm[1][1];
        double det = hm[0][0] * hm[1][1] - hm[0][1] * hm[1][0];
        double disc = Math.sqrt(Math.max(0, tr * tr / 4 - det));
        return Math.max(Math.abs(tr / 2 + disc), Math.abs(tr / 2 - disc));
    }
}
