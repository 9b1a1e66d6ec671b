package org.igrexplorer.core.dynamics;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings of one run, whatever the landscape: start (a₀, b₀), learning rate h, EGR strength µ
 * and the number of steps. Validated on construction, so an instance is always usable.
 *
 * @param a0    start a (finite)
 * @param b0    start b (finite)
 * @param h     learning rate (finite, &gt; 0)
 * @param mu    EGR strength (finite, ≥ 0)
 * @param steps number of GD steps; flows run to T = steps·h (1 … {@value #MAX_STEPS})
 */
public record RunSettings(double a0, double b0, double h, double mu, int steps) {

    /** Largest accepted number of steps. */
    public static final int MAX_STEPS = 10_000_000;

    /** Figure 1a of the paper, near start: (2.8, 3.5), h = 0.05, µ = 0.5, 400 steps. */
    public static final RunSettings DEFAULT = new RunSettings(2.8, 3.5, 0.05, 0.5, 400);

    /** @throws IllegalArgumentException naming every invalid value */
    public RunSettings {
        List<String> problems = problems(a0, b0, h, mu, steps);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * @return one message per invalid value (empty when all are valid), e.g. "h must be > 0, got -0.1"
     */
    public static List<String> problems(double a0, double b0, double h, double mu, long steps) {
        List<String> out = new ArrayList<>();
        if (!Double.isFinite(a0)) {
            out.add("a0 must be a finite number, got " + a0);
        }
        if (!Double.isFinite(b0)) {
            out.add("b0 must be a finite number, got " + b0);
        }
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

    /** @return the start {a₀, b₀} */
    public double[] start() {
        return new double[] {a0, b0};
    }

    public RunSettings withStart(double a, double b) {
        return new RunSettings(a, b, h, mu, steps);
    }

    public RunSettings withH(double v) {
        return new RunSettings(a0, b0, v, mu, steps);
    }

    public RunSettings withMu(double v) {
        return new RunSettings(a0, b0, h, v, steps);
    }

    public RunSettings withSteps(int v) {
        return new RunSettings(a0, b0, h, mu, v);
    }
}
