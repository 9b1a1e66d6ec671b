package org.igrexplorer.core.loss;

/**
 * A loss E(θ) with value, gradient and Hessian–vector product, and the quantities of implicit
 * gradient regularisation defined on top of them (Barrett &amp; Dherin, Section 3):
 * R_IG = ‖∇E‖²/m, slope = ‖∇E‖ and the implicit rate λ = h m / 4.
 */
public interface DifferentiableLoss extends SmoothFunction {

    /**
     * Writes H(θ) v into {@code out}, H the Hessian of E.
     *
     * @param theta parameters. Not modified.
     * @param v     direction, length m. Not modified.
     * @param out   receives H v, length m. Modified. Must not alias {@code theta} or {@code v}.
     */
    void hessianVectorProduct(double[] theta, double[] v, double[] out);

    /**
     * Which piece of the set of minima θ belongs to, where the loss knows its minima come in
     * separate pieces (the two-parameter model: the branch sign(a) of the hyperbola ab = y/x). A run
     * that converges on another piece than its start's has ricocheted.
     *
     * @param theta parameters. Not modified.
     * @return a label of the piece; 0 when the minima are one piece or not known
     */
    default int minimaBranch(double[] theta) {
        return 0;
    }

    /**
     * @param theta parameters. Not modified.
     * @return the implicit gradient regulariser R_IG(θ) = ‖∇E(θ)‖² / m
     */
    default double rIg(double[] theta) {
        return gradientNormSquared(theta) / dimension();
    }

    /**
     * @param theta parameters. Not modified.
     * @return the loss-surface slope tan α = ‖∇E(θ)‖ (Corollary B.1.1)
     */
    default double slope(double[] theta) {
        return Math.sqrt(gradientNormSquared(theta));
    }

    /**
     * @param h learning rate
     * @return the implicit regularisation rate λ = h m / 4
     */
    default double lambda(double h) {
        return h * dimension() / 4.0;
    }

    /**
     * @param theta parameters. Not modified.
     * @param h     learning rate
     * @return the modified loss Ẽ = E + λ R_IG = E + (h/4)‖∇E‖²
     */
    default double modifiedLoss(double[] theta, double h) {
        return value(theta) + 0.25 * h * gradientNormSquared(theta);
    }

    /**
     * @param theta parameters. Not modified.
     * @param mu    explicit regularisation strength µ ≥ 0
     * @return the explicitly regularised loss E_µ = E + µ R_IG (Eq. 8)
     */
    default double egrLoss(double[] theta, double mu) {
        return value(theta) + mu * rIg(theta);
    }
}
