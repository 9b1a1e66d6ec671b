package org.igrexplorer.core.dynamics;

import org.igrexplorer.core.loss.DifferentiableLoss;
import org.igrexplorer.core.loss.GradientRegularizedLoss;
import org.igrexplorer.core.loss.Momentum;
import org.igrexplorer.core.loss.SmoothFunction;
import org.igrexplorer.core.loss.ThirdOrderLoss;

/**
 * The vector fields of the flows compared with gradient descent. For explicit Euler with step h
 * applied to θ' = f(θ), backward error analysis gives the modified field
 * f̃ = f − (h/2) f′f + (h²/12)(f″(f,f) + 4 f′f′f) + O(h³); for f = −∇E this is
 * −∇E − (h/2) H∇E − (h²/12)(∇³E[∇E,∇E] + 4 H²∇E).
 */
public final class VectorFields {

    private VectorFields() {
    }

    /** @return θ' = −∇F(θ) */
    public static VectorField gradientFlow(SmoothFunction f) {
        return new VectorField() {
            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public void evaluate(double[] theta, double[] out) {
                f.gradient(theta, out);
                for (int i = 0; i < out.length; i++) {
                    out[i] = -out[i];
                }
            }
        };
    }

    /** @return the first-order modified flow θ' = −∇Ẽ = −∇E − (h/2) H∇E */
    public static VectorField modifiedFlow(DifferentiableLoss loss, double h) {
        return gradientFlow(GradientRegularizedLoss.modified(loss, h));
    }

    /** @return the EGR flow θ' = −∇E_µ = −∇E − (2µ/m) H∇E */
    public static VectorField egrFlow(DifferentiableLoss loss, double mu) {
        return gradientFlow(GradientRegularizedLoss.explicit(loss, mu));
    }

    /**
     * @return the second-order modified flow
     *         θ' = −∇E − (h/2) H∇E − (h²/12)(∇³E[∇E, ∇E] + 4 H²∇E)
     */
    public static VectorField secondOrderModifiedFlow(ThirdOrderLoss loss, double h) {
        final int m = loss.dimension();
        final double c1 = 0.5 * h;
        final double c2 = h * h / 12.0;
        return new VectorField() {
            @Override
            public int dimension() {
                return m;
            }

            @Override
            public void evaluate(double[] theta, double[] out) {
                double[] g = new double[m];
                double[] hg = new double[m];
                double[] hhg = new double[m];
                double[] tgg = new double[m];
                loss.gradient(theta, g);
                loss.hessianVectorProduct(theta, g, hg);
                loss.hessianVectorProduct(theta, hg, hhg);
                loss.thirdDerivativeContraction(theta, g, tgg);
                for (int i = 0; i < m; i++) {
                    out[i] = -g[i] - c1 * hg[i] - c2 * (tgg[i] + 4.0 * hhg[i]);
                }
            }
        };
    }

    /**
     * @return the leading-order flow of heavy-ball momentum, θ' = −∇E/(1−β)
     * @throws IllegalArgumentException if β is outside [0, {@value Momentum#MAX_BETA}]
     */
    public static VectorField momentumFlow(SmoothFunction loss, double beta) {
        return scaled(gradientFlow(loss), 1.0 / (1.0 - Momentum.requireBeta(beta)));
    }

    /**
     * The first-order modified flow of heavy-ball momentum θ_{n+1} = θ_n − h∇E(θ_n) + β(θ_n − θ_{n−1}):
     * θ' = −(1/(1−β))∇[E + h(1+β)/(4(1−β)²)‖∇E‖²]. Derivation: asking a flow θ' = F to satisfy the
     * two-step recurrence to O(h³) gives (1−β)F + (1+β)(h/2)F′F = −∇E, whose solution to first order
     * is F = −∇E/(1−β) − h(1+β)/(2(1−β)³) H∇E. For β = 0 it is the modified flow of gradient descent.
     *
     * @throws IllegalArgumentException if β is outside [0, {@value Momentum#MAX_BETA}]
     */
    public static VectorField momentumModifiedFlow(DifferentiableLoss loss, double h, double beta) {
        return scaled(gradientFlow(GradientRegularizedLoss.momentumModified(loss, h, beta)), 1.0 / (1.0 - beta));
    }

    /** @return θ' = c f(θ) */
    public static VectorField scaled(VectorField f, double c) {
        return new VectorField() {
            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public void evaluate(double[] theta, double[] out) {
                f.evaluate(theta, out);
                for (int i = 0; i < out.length; i++) {
                    out[i] *= c;
                }
            }
        };
    }
}
