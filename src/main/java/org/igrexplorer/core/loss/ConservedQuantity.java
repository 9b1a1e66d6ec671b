package org.igrexplorer.core.loss;

import java.util.function.DoubleBinaryOperator;

/**
 * A quantity the exact gradient flow of a landscape conserves (e.g. the balance a² − b² of the
 * paper's model), which gradient descent changes step by step.
 *
 * @param name  short name for axis labels, e.g. "a² − b²"
 * @param latex the same as LaTeX
 * @param why   one line: why the flow conserves it
 * @param f     the quantity as a function of (a, b)
 */
public record ConservedQuantity(String name, String latex, String why, DoubleBinaryOperator f) {

    /** @return the quantity at (a, b) */
    public double at(double a, double b) {
        return f.applyAsDouble(a, b);
    }
}
