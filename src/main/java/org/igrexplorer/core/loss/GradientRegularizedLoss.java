package org.igrexplorer.core.loss;

/**
 * F(θ) = E(θ) + c ‖∇E(θ)‖² for a base loss E, with ∇F = ∇E + 2c H∇E.
 * With c = h/4 this is the modified loss Ẽ of gradient descent with step h (Theorem 3.1);
 * with c = µ/m it is the explicitly regularised loss E_µ = E + µ R_IG (Eq. 8).
 * Immutable; the base loss must be thread-safe for this to be.
 */
public final class GradientRegularizedLoss implements SmoothFunction {

    private final DifferentiableLoss base;
    private final double coefficient;

    private GradientRegularizedLoss(DifferentiableLoss base, double coefficient) {
        this.base = base;
        this.coefficient = coefficient;
    }

    /**
     * @param base loss E
     * @param h    learning rate of the gradient descent being modelled, h &gt; 0
     * @return Ẽ = E + (h/4)‖∇E‖² = E + λ R_IG with λ = h m / 4
     */
    public static GradientRegularizedLoss modified(DifferentiableLoss base, double h) {
        return new GradientRegularizedLoss(base, h / 4.0);
    }

    /**
     * @param base loss E
     * @param mu   regularisation strength µ ≥ 0
     * @return E_µ = E + µ R_IG = E + (µ/m)‖∇E‖²
     */
    public static GradientRegularizedLoss explicit(DifferentiableLoss base, double mu) {
        return new GradientRegularizedLoss(base, mu / base.dimension());
    }

    /**
     * The modified loss of heavy-ball momentum (Ghosh, Lyu, Zhang, Wang, ICLR 2023): its flow,
     * time-rescaled by 1/(1−β), is θ' = −(1/(1−β))∇F.
     *
     * @param base loss E
     * @param h    learning rate, h &gt; 0
     * @param beta momentum, 0 ≤ β &lt; 1
     * @return F = E + h(1+β)/(4(1−β)²)‖∇E‖² (for β = 0 this is Ẽ)
     */
    public static GradientRegularizedLoss momentumModified(DifferentiableLoss base, double h, double beta) {
        return new GradientRegularizedLoss(base, Momentum.regularizerCoefficient(h, beta));
    }

    @Override
    public int dimension() {
        return base.dimension();
    }

    @Override
    public double value(double[] theta) {
        return base.value(theta) + coefficient * base.gradientNormSquared(theta);
    }

    @Override
    public void gradient(double[] theta, double[] out) {
        int m = base.dimension();
        double[] g = new double[m];
        double[] hg = new double[m];
        base.gradient(theta, g);
        base.hessianVectorProduct(theta, g, hg);
        for (int i = 0; i < m; i++) {
            out[i] = g[i] + 2.0 * coefficient * hg[i];
        }
    }
}
