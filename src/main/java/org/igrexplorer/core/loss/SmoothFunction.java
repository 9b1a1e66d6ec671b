package org.igrexplorer.core.loss;

/**
 * A scalar function of m parameters with a gradient: the least a gradient flow or gradient
 * descent needs. Implementations are stateless or immutable and safe to share between threads.
 */
public interface SmoothFunction {

    /** @return m, the number of parameters. */
    int dimension();

    /**
     * @param theta parameters, length {@link #dimension()}. Not modified.
     * @return the function value at {@code theta}
     */
    double value(double[] theta);

    /**
     * Writes the gradient at {@code theta} into {@code out}.
     *
     * @param theta parameters. Not modified.
     * @param out   receives the gradient, length {@link #dimension()}. Modified.
     */
    void gradient(double[] theta, double[] out);

    /**
     * @param theta parameters. Not modified.
     * @return ‖∇f(θ)‖², the squared Euclidean norm of the gradient
     */
    default double gradientNormSquared(double[] theta) {
        double[] g = new double[dimension()];
        gradient(theta, g);
        double s = 0;
        for (double gi : g) {
            s += gi * gi;
        }
        return s;
    }
}
