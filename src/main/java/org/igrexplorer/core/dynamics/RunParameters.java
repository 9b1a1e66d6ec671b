package org.igrexplorer.core.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.loss.TwoParameterModel;

/**
 * The parameters of one comparison in the two-parameter model: data (x, y), start (a₀, b₀),
 * learning rate h, EGR strength µ and the number of steps. Validated on construction, so an
 * instance is always usable.
 *
 * @param x     data input (finite)
 * @param y     data target (finite)
 * @param a0    start a (finite)
 * @param b0    start b (finite)
 * @param h     learning rate (finite, &gt; 0)
 * @param mu    EGR strength (finite, ≥ 0)
 * @param steps number of GD steps; flows run to T = steps·h (1 … {@value #MAX_STEPS})
 */
public record RunParameters(double x, double y, double a0, double b0, double h, double mu, int steps) {

    /** Largest accepted number of steps. */
    public static final int MAX_STEPS = 10_000_000;

    /** Figure 1a of the paper, near start: x = 1, y = 0.6, (2.8, 3.5), h = 0.05, µ = 0.5, 400 steps. */
    public static final RunParameters DEFAULT = new RunParameters(1.0, 0.6, 2.8, 3.5, 0.05, 0.5, 400);

    /**
     * @throws IllegalArgumentException naming every invalid value
     */
    public RunParameters {
        List<String> problems = problems(x, y, a0, b0, h, mu, steps);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * @return one message per invalid value (empty when all are valid), e.g. "h must be > 0, got -0.1"
     */
    public static List<String> problems(double x, double y, double a0, double b0, double h, double mu, long steps) {
        List<String> out = new ArrayList<>();
        finite(out, "x", x);
        finite(out, "y", y);
        finite(out, "a0", a0);
        finite(out, "b0", b0);
        if (!Double.isFinite(h)) {
            out.add("h must be a finite number, got " + h);
        } else if (h <= 0) {
            out.add("h must be > 0, got " + h);
        }
        if (!Double.isFinite(mu)) {
            out.add("mu must be a finite number, got " + mu);
        } else if (mu < 0) {
            out.add("mu must be ≥ 0, got " + mu);
        }
        if (steps < 1 || steps > MAX_STEPS) {
            out.add("steps must be between 1 and " + MAX_STEPS + ", got " + steps);
        }
        return out;
    }

    private static void finite(List<String> out, String name, double v) {
        if (!Double.isFinite(v)) {
            out.add(name + " must be a finite number, got " + v);
        }
    }

    /** @return the model E(a, b) = (y − abx)²/2 for this data point */
    public TwoParameterModel model() {
        return new TwoParameterModel(x, y);
    }

    /** @return the start {a₀, b₀} */
    public double[] start() {
        return new double[] {a0, b0};
    }

    /** @return λ = h m / 4 = h / 2 */
    public double lambda() {
        return h / 2.0;
    }

    public RunParameters withX(double v) {
        return new RunParameters(v, y, a0, b0, h, mu, steps);
    }

    public RunParameters withY(double v) {
        return new RunParameters(x, v, a0, b0, h, mu, steps);
    }

    public RunParameters withStart(double a, double b) {
        return new RunParameters(x, y, a, b, h, mu, steps);
    }

    public RunParameters withH(double v) {
        return new RunParameters(x, y, a0, b0, v, mu, steps);
    }

    public RunParameters withMu(double v) {
        return new RunParameters(x, y, a0, b0, h, v, steps);
    }

    public RunParameters withSteps(int v) {
        return new RunParameters(x, y, a0, b0, h, mu, v);
    }
}
