package org.igrexplorer.core.loss;

/** Validation and constants of the heavy-ball momentum parameter β. */
public final class Momentum {

    /** Largest β accepted: beyond it 1/(1−β) makes the flows too stiff to be useful. */
    public static final double MAX_BETA = 0.99;

    private Momentum() {
    }

    /**
     * @param beta momentum parameter
     * @return {@code beta}
     * @throws IllegalArgumentException unless 0 ≤ β ≤ {@value #MAX_BETA}
     */
    public static double requireBeta(double beta) {
        if (!(beta >= 0.0 && beta <= MAX_BETA)) {
            throw new IllegalArgumentException("beta must be in [0, " + MAX_BETA + "], got " + beta);
        }
        return beta;
    }

    /**
     * @param h    learning rate
     * @param beta momentum
     * @return the coefficient of ‖∇E‖² in the momentum modified loss, h(1+β)/(4(1−β)²)
     */
    public static double regularizerCoefficient(double h, double beta) {
        double q = 1.0 - requireBeta(beta);
        return h * (1.0 + beta) / (4.0 * q * q);
    }
}
