package org.igrexplorer.core.dynamics;

/** An autonomous vector field θ' = f(θ). Implementations are immutable and thread-safe. */
public interface VectorField {

    /** @return m */
    int dimension();

    /**
     * @param theta state. Not modified.
     * @param out   receives f(θ). Modified; must not alias {@code theta}.
     */
    void evaluate(double[] theta, double[] out);
}
