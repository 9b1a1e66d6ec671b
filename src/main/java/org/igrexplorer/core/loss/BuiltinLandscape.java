package org.igrexplorer.core.loss;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;

/**
 * A built-in landscape other than the paper's model: a compiled expression (exact derivatives) with
 * what is known about it in closed form: minima, flattest minimum, conserved quantity, stable arcs.
 * Built by {@link Landscapes}. Immutable and thread-safe.
 */
final class BuiltinLandscape implements Landscape {

    private final ExpressionLandscape e;
    private final LandscapeSpec spec;
    private final String displayName;
    private final String formulaText;
    private final String explanation;
    private final ViewBox box;
    private final double[] start;
    private final double h;
    private final int steps;
    private final Minima minima;
    private final BiFunction<Double, Double, double[]> flattest;
    private final ConservedQuantity conserved;
    private final DoubleFunction<List<StabilityArc>> arcs;
    private final boolean sumOfSquares;

    private BuiltinLandscape(Builder b) {
        this.e = ExpressionLandscape.parse(b.expression, b.constants);
        this.spec = LandscapeSpec.builtin(b.name, b.constants);
        this.displayName = b.displayName;
        this.formulaText = b.formulaText;
        this.explanation = b.explanation;
        this.box = b.box;
        this.start = b.start.clone();
        this.h = b.h;
        this.steps = b.steps;
        this.minima = b.minima;
        this.flattest = b.flattest;
        this.conserved = b.conserved;
        this.arcs = b.arcs;
        this.sumOfSquares = b.sumOfSquares;
    }

    static Builder builder(String name, String expression, Map<String, Double> constants) {
        return new Builder(name, expression, constants);
    }

    /** Collects a built-in's parts. */
    static final class Builder {
        private final String name;
        private final String expression;
        private final Map<String, Double> constants;
        private String displayName;
        private String formulaText;
        private String explanation;
        private ViewBox box = ViewBox.square(3);
        private double[] start = {1.5, 1.5};
        private double h = 0.05;
        private int steps = 400;
        private Minima minima;
        private BiFunction<Double, Double, double[]> flattest;
        private ConservedQuantity conserved;
        private DoubleFunction<List<StabilityArc>> arcs;
        private boolean sumOfSquares;

        private Builder(String name, String expression, Map<String, Double> constants) {
            this.name = name;
            this.expression = expression;
            this.constants = constants;
        }

        Builder describe(String displayName, String formulaText, String explanation) {
            this.displayName = displayName;
            this.formulaText = formulaText;
            this.explanation = explanation;
            return this;
        }

        Builder view(ViewBox box, double a0, double b0, double h, int steps) {
            this.box = box;
            this.start = new double[] {a0, b0};
            this.h = h;
            this.steps = steps;
            return this;
        }

        Builder minima(Minima m, BiFunction<Double, Double, double[]> flattestFromStart) {
            this.minima = m;
            this.flattest = flattestFromStart;
            return this;
        }

        Builder conserved(ConservedQuantity c) {
            this.conserved = c;
            return this;
        }

        Builder arcs(DoubleFunction<List<StabilityArc>> closedForm) {
            this.arcs = closedForm;
            return this;
        }

        /** Marks E ≥ 0 with least value 0 (views then show log E). */
        Builder sumOfSquares() {
            this.sumOfSquares = true;
            return this;
        }

        BuiltinLandscape build() {
            return new BuiltinLandscape(this);
        }
    }

    @Override
    public LandscapeSpec spec() {
        return spec;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String formulaLatex() {
        return e.formulaLatex();
    }

    @Override
    public String formulaText() {
        return formulaText;
    }

    @Override
    public String explanation() {
        return explanation;
    }

    @Override
    public ViewBox defaultBox() {
        return box;
    }

    @Override
    public double[] defaultStart() {
        return start.clone();
    }

    @Override
    public double defaultLearningRate() {
        return h;
    }

    @Override
    public int defaultSteps() {
        return steps;
    }

    @Override
    public Optional<Minima> minima() {
        return Optional.ofNullable(minima);
    }

    @Override
    public Optional<double[]> flattestMinimum(double a0, double b0) {
        return flattest == null ? Optional.empty() : Optional.of(flattest.apply(a0, b0));
    }

    @Override
    public Optional<ConservedQuantity> conservedQuantity() {
        return Optional.ofNullable(conserved);
    }

    @Override
    public Optional<List<StabilityArc>> stabilityArcs(double h) {
        return arcs == null ? Optional.empty() : Optional.of(arcs.apply(h));
    }

    @Override
    public OptionalDouble lowerBound() {
        return sumOfSquares ? OptionalDouble.of(0.0) : OptionalDouble.empty();
    }

    @Override
    public double value(double[] theta) {
        return e.value(theta);
    }

    @Override
    public double value(double a, double b) {
        return e.value(a, b);
    }

    @Override
    public void gradient(double[] theta, double[] out) {
        e.gradient(theta, out);
    }

    @Override
    public void hessian(double[] theta, double[][] out) {
        e.hessian(theta, out);
    }

    @Override
    public void hessianVectorProduct(double[] theta, double[] v, double[] out) {
        e.hessianVectorProduct(theta, v, out);
    }

    @Override
    public void thirdDerivativeContraction(double[] theta, double[] v, double[] out) {
        e.thirdDerivativeContraction(theta, v, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BuiltinLandscape b && b.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }

    @Override
    public String toString() {
        return "Landscape[" + spec.describe() + "]";
    }
}
