package org.igrexplorer.core.dynamics;

import java.util.Map;
import java.util.Objects;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LandscapeSpec;

/**
 * One comparison: the model spec (which landscape, its constants) and the run settings (start, h, µ,
 * steps), kept apart so that either can change without the other.
 *
 * @param model the landscape spec
 * @param run   the run settings
 */
public record RunParameters(LandscapeSpec model, RunSettings run) {

    /** Largest accepted number of steps. */
    public static final int MAX_STEPS = RunSettings.MAX_STEPS;

    /** Figure 1a of the paper, near start: x = 1, y = 0.6, (2.8, 3.5), h = 0.05, µ = 0.5, 400 steps. */
    public static final RunParameters DEFAULT = new RunParameters(LandscapeSpec.PAPER, RunSettings.DEFAULT);

    public RunParameters {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(run, "run");
    }

    /**
     * @return a run on the paper's model E(a, b) = (y − abx)²/2
     * @throws IllegalArgumentException naming every invalid value
     */
    public static RunParameters paper(double x, double y, double a0, double b0, double h, double mu, int steps) {
        return new RunParameters(LandscapeSpec.builtin("paper", Map.of("x", x, "y", y)),
                new RunSettings(a0, b0, h, mu, steps));
    }

    /** @return the landscape of {@link #model()} */
    public Landscape landscape() {
        return model.landscape();
    }

    public double a0() {
        return run.a0();
    }

    public double b0() {
        return run.b0();
    }

    public double h() {
        return run.h();
    }

    public double mu() {
        return run.mu();
    }

    public int steps() {
        return run.steps();
    }

    /** @return the start {a₀, b₀} */
    public double[] start() {
        return run.start();
    }

    /** @return λ = h m / 4 = h / 2 */
    public double lambda() {
        return run.h() * Landscape.M / 4.0; // every landscape has m = 2 parameters: no need to build it
    }

    public RunParameters withModel(LandscapeSpec m) {
        return new RunParameters(m, run);
    }

    public RunParameters withRun(RunSettings r) {
        return new RunParameters(model, r);
    }

    public RunParameters withStart(double a, double b) {
        return withRun(run.withStart(a, b));
    }

    public RunParameters withH(double v) {
        return withRun(run.withH(v));
    }

    public RunParameters withMu(double v) {
        return withRun(run.withMu(v));
    }

    public RunParameters withSteps(int v) {
        return withRun(run.withSteps(v));
    }
}
