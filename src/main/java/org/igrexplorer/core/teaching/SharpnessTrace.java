package org.igrexplorer.core.teaching;

import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.ThirdOrderLoss;
import org.igrexplorer.core.loss.TwoParameterModel;

/**
 * The sharpness S(θ_n) = λ_max(∇²E(θ_n)) along a gradient-descent (or heavy-ball) run of a loss of two
 * parameters, against the stability threshold (2 + 2β)/h (2/h for plain GD: near a minimum the
 * iteration is stable only below it), with the loss; for the paper's model also the sharpness of the
 * minimum the exact gradient flow would reach from θ_n: the flow conserves D = a² − b², so it ends on
 * ab = y/x with a² + b² = sqrt(D² + 4y²/x²), where λ_max = x²(a² + b²). One GD step multiplies D by
 * 1 − h²x²r² ({@link Balance}), so this flow-solution sharpness falls at every step with
 * 0 &lt; h|xr| &lt; √2 (Kreisler, Nacson, Soudry, Carmon, ICML 2023, prove the monotone decrease for
 * scalar networks).
 */
public final class SharpnessTrace {

    private SharpnessTrace() {
    }

    /**
     * @param threshold             (2 + 2β)/h
     * @param step                  n
     * @param sharpness             λ_max(∇²E(θ_n))
     * @param loss                  E(θ_n)
     * @param flowSolutionSharpness the sharpness of the gradient-flow solution from θ_n (paper's model), or
     *                              null when the loss has no closed form for it
     */
    public record Result(double h, double beta, double threshold, double[] step, double[] sharpness, double[] loss,
                         double[] flowSolutionSharpness) {
    }

    /** @return the algebraically largest eigenvalue of the 2 × 2 Hessian at θ (negative at a maximum) */
    public static double largestEigenvalue(ThirdOrderLoss loss, double[] theta) {
        if (loss.dimension() != 2) {
            throw new IllegalArgumentException("the sharpness trace is for losses of two parameters");
        }
        double[][] hm = new double[2][2];
        loss.hessian(theta, hm);
        double mean = 0.5 * (hm[0][0] + hm[1][1]);
        double half = 0.5 * (hm[0][0] - hm[1][1]);
        double off = 0.5 * (hm[0][1] + hm[1][0]);
        return mean + Math.hypot(half, off);
    }

    /** @return (2 + 2β)/h: heavy-ball momentum with step h is stable at a minimum only where λ_max is below it */
    public static double threshold(double h, double beta) {
        return (2 + 2 * beta) / h;
    }

    /** @return x²·sqrt((a² − b²)² + 4y²/x²), λ_max at the minimum the exact flow from (a, b) reaches */
    public static double flowSolutionSharpness(TwoParameterModel m, double a, double b) {
        double d = a * a - b * b;
        double x2 = m.x() * m.x();
        return x2 * Math.sqrt(d * d + 4 * m.y() * m.y() / x2);
    }

    /**
     * @param loss the loss the run descends
     * @param run  gradient descent (β = 0) or heavy ball with momentum β
     */
    public static Result of(ThirdOrderLoss loss, Trajectory run, double beta) {
        int n = run.size();
        double[] step = new double[n];
        double[] s = new double[n];
        double[] e = new double[n];
        TwoParameterModel paper = loss instanceof TwoParameterModel m && m.x() != 0 ? m : null;
        double[] flow = paper == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            step[i] = i;
            s[i] = largestEigenvalue(loss, run.theta(i));
            e[i] = run.loss(i);
            if (flow != null) {
                flow[i] = flowSolutionSharpness(paper, run.a(i), run.b(i));
            }
        }
        return new Result(run.h(), beta, threshold(run.h(), beta), step, s, e, flow);
    }
}
