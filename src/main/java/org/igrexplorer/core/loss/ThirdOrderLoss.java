package org.igrexplorer.core.loss;

/**
 * A loss that also provides its full Hessian and the third-derivative contraction ∇³E[v, v],
 * which the second-order modified equation needs (docs/MATH.md §2).
 */
public interface ThirdOrderLoss extends DifferentiableLoss {

    /**
     * @param theta parameters. Not modified.
     * @param out   receives the Hessian, an m × m array. Modified.
     */
    void hessian(double[] theta, double[][] out);

    /**
     * Writes the vector (∇³E[v, v])_i = Σ_jk ∂³E/∂θ_i∂θ_j∂θ_k v_j v_k into {@code out}.
     *
     * @param theta parameters. Not modified.
     * @param v     direction. Not modified.
     * @param out   receives the contraction, length m. Modified.
     */
    void thirdDerivativeContraction(double[] theta, double[] v, double[] out);
}
