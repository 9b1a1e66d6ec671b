package org.igrexplorer.core.teaching;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.igrexplorer.core.loss.Landscape;

/**
 * The catapult picture (Lewkowycz, Bahri, Dyer, Sohl-Dickstein, Gur-Ari 2020) for the paper's model
 * f = abx from (a₀, b₀): with the curvature at the start λ₀ = x²(a₀² + b₀²), gradient descent with
 * h &lt; 2/λ₀ converges monotonically ("lazy"); 2/λ₀ &lt; h &lt; 4/λ₀ first grows the loss, then the
 * curvature falls until hλ &lt; 2 and it converges at a flatter minimum ("catapult"); h &gt; 4/λ₀
 * diverges. The loss growth of the catapult range shows near a minimum; from a far start (the paper's
 * (2.8, 3.5) has E₀ = 48) the loss falls from the first step, but GD still lands where hλ &lt; 2 &lt; hλ₀.
 * The divergence threshold is exact for y = 0 (tested at ±3%); with y ≠ 0 the bounds move somewhat,
 * which is why the panel compares them with the ricochet and divergence ranges measured by the
 * Figure 1b sweep.
 *
 * @param lambda0 x²(a₀² + b₀²)
 */
public record Catapult(double lambda0) {

    /** The three regimes of the catapult picture. */
    public enum Phase {
        LAZY("lazy"), CATAPULT("catapult"), DIVERGENT("divergent");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @return the thresholds for a start, for a landscape that knows its catapult curvature (the paper's model) */
    public static Optional<Catapult> of(Landscape landscape, double a0, double b0) {
        OptionalDouble l = landscape.catapultCurvature(a0, b0);
        return l.isPresent() && l.getAsDouble() > 0 ? Optional.of(new Catapult(l.getAsDouble())) : Optional.empty();
    }

    /** @return 2/λ₀, the end of the lazy range */
    public double lazyLimit() {
        return 2 / lambda0;
    }

    /** @return 4/λ₀, the start of divergence */
    public double divergenceLimit() {
        return 4 / lambda0;
    }

    /** @return the regime of learning rate h */
    public Phase phase(double h) {
        return h < lazyLimit() ? Phase.LAZY : h < divergenceLimit() ? Phase.CATAPULT : Phase.DIVERGENT;
    }

    /**
     * @return one sentence comparing the thresholds with the measured ranges of a Figure 1b sweep (the
     *         smallest swept h that ricocheted and that diverged; NaN when none did)
     */
    public String compare(double firstRicochetH, double firstDivergentH) {
        String measured;
        if (Double.isNaN(firstRicochetH) && Double.isNaN(firstDivergentH)) {
            measured = "the sweep neither ricocheted nor diverged";
        } else {
            measured = "the sweep " + (Double.isNaN(firstRicochetH) ? "never ricocheted"
                    : String.format(Locale.ROOT, "ricocheted from h ≈ %.3g", firstRicochetH))
                    + (Double.isNaN(firstDivergentH) ? " and never diverged"
                    : String.format(Locale.ROOT, " and diverged from h ≈ %.3g", firstDivergentH));
        }
        return String.format(Locale.ROOT, "Catapult picture (exact for y = 0): lazy below 2/λ₀ = %.3g, catapult up "
                + "to 4/λ₀ = %.3g, divergent beyond (λ₀ = x²(a₀² + b₀²) = %.3g); measured: %s.", lazyLimit(),
                divergenceLimit(), lambda0, measured);
    }
}
