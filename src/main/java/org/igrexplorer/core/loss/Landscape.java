package org.igrexplorer.core.loss;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A smooth loss over the (a, b) parameter plane: what every view, panel and command of the program
 * works on. Besides value, gradient, Hessian and ∇³E[v, v] (exact, so that every flow including the
 * second-order modified one is computed without finite differences) it carries how to present it
 * (name, LaTeX formula, a default box and start) and <em>optional</em> knowledge only some losses have:
 * their minima as curves or points, the flattest minimum, a quantity the exact flow conserves, the
 * stable part of the minima in closed form, and a known lower bound of E. Views draw the optional
 * layers only when present. Implementations are immutable and thread-safe.
 */
public interface Landscape extends ThirdOrderLoss {

    /** m, the number of parameters of every landscape. */
    int M = 2;

    @Override
    default int dimension() {
        return M;
    }

    /** @return how to rebuild this landscape (sessions, command line) */
    LandscapeSpec spec();

    /** @return a short name for menus and captions, e.g. "Rosenbrock" */
    String displayName();

    /** @return E(a, b) as LaTeX, e.g. {@code (1-a)^{2} + 100\,(b-a^{2})^{2}} */
    String formulaLatex();

    /** @return E(a, b) as plain text with the constants' values, e.g. "(0.6 − ab)²/2" */
    String formulaText();

    /** @return one line saying what the landscape shows */
    String explanation();

    /** @return the box the views show by default */
    ViewBox defaultBox();

    /** @return the start {a₀, b₀} a new run on this landscape gets by default */
    double[] defaultStart();

    /**
     * @param c the coefficient, c = h/4 for Ẽ, c = µ/m for E_µ
     * @return E + c‖∇E‖² as LaTeX with the number c in (closed form where the landscape has one)
     */
    default String regularizedLatex(double c) {
        return formulaLatex() + " + " + LatexNumbers.number(c) + "\\,\\left\\|\\nabla E\\right\\|^2";
    }

    /** @return a learning rate that shows the landscape's effect from the default start */
    default double defaultLearningRate() {
        return 0.05;
    }

    /** @return a number of steps long enough for the default run to settle */
    default int defaultSteps() {
        return 400;
    }

    /** @return E(a, b) */
    default double value(double a, double b) {
        return value(new double[] {a, b});
    }

    /**
     * A box that frames a run from (a₀, b₀): the default box, grown to hold the start and the known
     * minimum nearest it with a margin.
     *
     * @return the box
     */
    default ViewBox frame(double a0, double b0) {
        double[] start = {a0, b0};
        ViewBox box = defaultBox();
        if (box.contains(a0, b0) && box.including(0.05, start).equals(box)) {
            return box;
        }
        double[] end = flattestMinimum(a0, b0).orElse(start);
        return box.including(0.08, start, end);
    }

    /**
     * Which piece of the known minima θ is nearest (an isolated minimum or a curve family, {@link
     * Minima#component}); a run that converges on another piece than its start's has ricocheted.
     */
    @Override
    default int minimaBranch(double[] theta) {
        return minima().map(m -> m.component(theta[0], theta[1])).orElse(0);
    }

    /** @return the set of minima, when it is known in closed form */
    default Optional<Minima> minima() {
        return Optional.empty();
    }

    /**
     * @return the flattest minimum a run from (a₀, b₀) can reach (least λ_max of the Hessian, nearest
     *         the start among equals), when known
     */
    default Optional<double[]> flattestMinimum(double a0, double b0) {
        return Optional.empty();
    }

    /** @return a quantity the exact gradient flow conserves, when known */
    default Optional<ConservedQuantity> conservedQuantity() {
        return Optional.empty();
    }

    /**
     * @param h learning rate, h &gt; 0
     * @return the stable part of the minima set (where h·λ_max(H) &lt; 2) in closed form, when known;
     *         {@link org.igrexplorer.core.loss.Hessians#stableMinima} finds it numerically otherwise
     */
    default Optional<List<StabilityArc>> stabilityArcs(double h) {
        return Optional.empty();
    }

    /**
     * @return the infimum of E over the plane when known (0 for a sum of squares that reaches zero);
     *         empty when E may be negative or its least value is not known. Views show log E when it
     *         is 0, and log(E − min E over the box) otherwise.
     */
    default OptionalDouble lowerBound() {
        return OptionalDouble.empty();
    }

    /**
     * @return R_IG/E at (a, b): ‖∇E‖²/(2E) here, or its continuous extension onto the minima where the
     *         landscape knows one in closed form (the paper's x²(a² + b²)); NaN where E = 0 otherwise
     */
    default double rIgOverLoss(double a, double b) {
        double[] t = {a, b};
        double e = value(t);
        return e == 0.0 ? Double.NaN : rIg(t) / e;
    }

    /** @return the largest eigenvalue of the Hessian at θ (algebraic, so negative at a maximum) */
    default double largestHessianEigenvalue(double[] theta) {
        return Hessians.largestEigenvalue(this, theta);
    }

    /**
     * @return h·λ_max(H(θ)); gradient descent can settle near a minimum only where it is below 2
     */
    default double stabilityNumber(double h, double a, double b) {
        return h * largestHessianEigenvalue(new double[] {a, b});
    }
}
