package org.igrexplorer.core.dynamics;

/**
 * When a run stops and how it is judged.
 *
 * @param divergenceBound      a run with ‖θ‖ above this (or a non-finite value) has diverged
 * @param convergenceTolerance converged once ‖f(θ)‖ (the driving field; ‖∇E‖ for GD) is at most this
 * @param stopOnConvergence    whether to stop at the first converged point (sweeps) or go on to the
 *                             last step (drawing, playback)
 * @param domain               optional box the run must stay in, else it ends as left the domain;
 *                             {@code null} for none
 * @param maxEvaluations       budget of vector-field evaluations for one flow integration
 */
public record RunLimits(double divergenceBound, double convergenceTolerance, boolean stopOnConvergence,
                        Box domain, int maxEvaluations) {

    /** Defaults for drawing: bound 1e8, tolerance 1e-10, run to the end, no box, 2,000,000 evaluations. */
    public static final RunLimits DEFAULT = new RunLimits(1e8, 1e-10, false, null, 2_000_000);

    public RunLimits {
        if (!(divergenceBound > 0) || Double.isNaN(divergenceBound)) {
            throw new IllegalArgumentException("divergence bound must be > 0, got " + divergenceBound);
        }
        if (!(convergenceTolerance >= 0) || !Double.isFinite(convergenceTolerance)) {
            throw new IllegalArgumentException("convergence tolerance must be finite and ≥ 0, got " + convergenceTolerance);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("max evaluations must be ≥ 1, got " + maxEvaluations);
        }
    }

    /** @return a copy restricted to {@code box} */
    public RunLimits within(Box box) {
        return new RunLimits(divergenceBound, convergenceTolerance, stopOnConvergence, box, maxEvaluations);
    }

    /**
     * An axis-aligned box in parameter space.
     *
     * @param lower lower corner
     * @param upper upper corner
     */
    public record Box(double[] lower, double[] upper) {
        public Box {
            lower = lower.clone();
            upper = upper.clone();
            if (lower.length != upper.length) {
                throw new IllegalArgumentException("box corners differ in dimension");
            }
            for (int i = 0; i < lower.length; i++) {
                if (!(lower[i] < upper[i])) {
                    throw new IllegalArgumentException("box needs lower < upper in every coordinate");
                }
            }
        }

        /** @return whether θ lies in the closed box */
        public boolean contains(double[] theta) {
            for (int i = 0; i < lower.length; i++) {
                if (theta[i] < lower[i] || theta[i] > upper[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
