package org.igrexplorer.core.loss;

import java.util.Map;
import java.util.Objects;

/**
 * The per-example loss ℓ(a, b; x, y) of a data set: a {@link LandscapeSpec} whose constants x and y are the
 * data point. Either the paper's model ℓ = (y − abx)²/2 (the built-in "paper") or a
 * typed loss in a, b, x, y (and further named constants), e.g. {@code (y - a*b*x)^2/2 + 0.1*(a^2+b^2)}. The
 * loss at one point is the ordinary {@link Landscape} of the spec with x and y set, so every derivative comes
 * from the same code as for a single landscape. Immutable.
 *
 * @param spec the paper's model or a typed loss; its own x and y (if any) are replaced point by point
 */
public record ExampleLoss(LandscapeSpec spec) {

    /** The paper's model ℓ_i = (y_i − a b x_i)²/2. */
    public static final ExampleLoss PAPER = new ExampleLoss(LandscapeSpec.PAPER);

    /**
     * @throws IllegalArgumentException          for a built-in other than the paper's model (it has no data
     *                                           point)
     * @throws org.igrexplorer.core.loss.LossSyntaxException for a typed loss that does not parse with x and y
     */
    public ExampleLoss {
        Objects.requireNonNull(spec, "spec");
        if (!spec.isTyped() && !LandscapeSpec.PAPER.name().equals(spec.name())) {
            throw new IllegalArgumentException("a data set needs a per-example loss in a, b, x, y: the paper's model "
                    + "or a typed loss; the landscape '" + spec.name() + "' has no data point");
        }
        spec.withConstant("x", 1.0).withConstant("y", 1.0).landscape(); // parses a typed loss: errors name what and where
    }

    /**
     * @param expression a loss in a, b, x, y, e.g. {@code (y - a*b*x)^2/2}
     * @return the per-example loss
     * @throws org.igrexplorer.core.loss.LossSyntaxException naming what is wrong and where
     */
    public static ExampleLoss typed(String expression) {
        return typed(expression, Map.of());
    }

    /**
     * @param expression a loss in a, b, x, y and the named constants
     * @param constants  further named constants (not x or y)
     * @return the per-example loss
     */
    public static ExampleLoss typed(String expression, Map<String, Double> constants) {
        return new ExampleLoss(LandscapeSpec.typed(expression, constants));
    }

    /**
     * @param spec any landscape spec
     * @return whether it can serve as a per-example loss (the paper's model or a typed loss)
     */
    public static boolean accepts(LandscapeSpec spec) {
        return spec.isTyped() || LandscapeSpec.PAPER.name().equals(spec.name());
    }

    /** @return whether this is the paper's model, whose data-set loss has closed-form minima */
    public boolean isPaper() {
        return !spec.isTyped();
    }

    /**
     * @return ℓ(·, ·; x, y) as a landscape
     * @throws IllegalArgumentException if x or y is not finite
     */
    public Landscape at(double x, double y) {
        return spec.withConstant("x", x).withConstant("y", y).landscape();
    }

    /** @return "the paper's model (y − abx)²/2" or "typed: …" for captions and messages */
    public String describe() {
        return isPaper() ? "the paper's model (y − abx)²/2" : "typed: " + spec.expression();
    }
}
