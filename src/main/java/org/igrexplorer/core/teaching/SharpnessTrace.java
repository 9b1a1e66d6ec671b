package org.igrexplorer.core.teaching;

import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.Hessians;
import org.igrexplorer.core.loss.ThirdOrderLoss;
import org.igrexplorer.core.loss.Landscape;

/**
 * The sharpness S(θ_n) = λ_max(∇²E(θ_n)) along a gradient-descent (or heavy-ball) run of a loss of two
 * parameters, against the stability threshold (2 + 2β)/h (2/h for plain GD: near a minimum the
 * iteration is stable only below it), with the loss; where the landscape knows it
 * ({@link Landscape#flowSolutionSharpness}, the paper's model) also the sharpness of the minimum the
 * exact gradient flow would reach from θ_n: the flow conserves D = a² − b², so it ends on ab = y/x
 * with a² + b² = sqrt(D² + 4y²/x²), where λ_max = x²(a² + b²). One GD step multiplies D by
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
        return Hessians.largestEigenvalue(loss, theta);
    }

    /** @return (2 + 2β)/h: heavy-ball momentum with step h is stable at a minimum only where λ_max is below it */
    public static double threshold(double h, double beta) {
        return (2 + 2 * beta) / h;
    }

    /**
     * @param landscape the loss the run descends
     * @param run       gradient descent (β = 0) or heavy ball with momentum β
     */
    public static Result of(Landscape landscape, Trajectory run, double beta) {
        int n = run.size();
        double[] step = new double[n];
        double[] s = new double[n];
        double[] e = new double[n];
        boolean known = landscape.flowSolutionSharpness(run.a(0), run.b(0)).isPresent();
        double[] flow = known ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            step[i] = i;
            s[i] = largestEigenvalue(landscape, run.theta(i));
            e[i] = run.loss(i);
            if (flow != null) {
                flow[i] = landscape.flowSolutionSharpness(run.a(i), run.b(i)).orElse(Double.NaN);
            }
        }
        return new Result(run.h(), beta, threshold(run.h(), beta), step, s, e, flow);
    }
}
