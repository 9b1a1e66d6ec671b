package org.igrexplorer.core.dynamics;

/**
 * When a run stops and how it is judged: one shared {@link #DEFAULT} (the window, the teaching panels
 * and the command line all use it, so they report the same steps), changed by name:
 * {@code RunLimits.DEFAULT.stoppingAtConvergence().within(box)}. Immutable.
 */
public final class RunLimits {

    /**
     * The one convergence and divergence rule: diverged past ‖θ‖ = 1e8 (or at a non-finite value),
     * converged once ‖f(θ)‖ ≤ 1e-10 (f the driving field, −∇E for GD) at a minimum, run to the last
     * step, no domain box, 1,000,000 vector-field evaluations per flow integration.
     */
    public static final RunLimits DEFAULT = new RunLimits(1e8, 1e-10, false, null, 1_000_000);

    private final double divergenceBound;
    private final double convergenceTolerance;
    private final boolean stopOnConvergence;
    private final Box domain;
    private final int maxEvaluations;

    private RunLimits(double divergenceBound, double convergenceTolerance, boolean stopOnConvergence, Box domain,
                      int maxEvaluations) {
        if (!(divergenceBound > 0) || Double.isNaN(divergenceBound)) {
            throw new IllegalArgumentException("divergence bound must be > 0, got " + divergenceBound);
        }
        if (!(convergenceTolerance >= 0) || !Double.isFinite(convergenceTolerance)) {
            throw new IllegalArgumentException("convergence tolerance must be finite and ≥ 0, got " + convergenceTolerance);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("max evaluations must be ≥ 1, got " + maxEvaluations);
        }
        this.divergenceBound = divergenceBound;
        this.convergenceTolerance = convergenceTolerance;
        this.stopOnConvergence = stopOnConvergence;
        this.domain = domain;
        this.maxEvaluations = maxEvaluations;
    }

    /** @return a run with ‖θ‖ above this (or a non-finite value) has diverged */
    public double divergenceBound() {
        return divergenceBound;
    }

    /** @return converged once ‖f(θ)‖ (the driving field; ‖∇E‖ for GD) is at most this */
    public double convergenceTolerance() {
        return convergenceTolerance;
    }

    /** @return whether a run stops at its first stationary point (sweeps) or goes on to its last step (drawing) */
    public boolean stopOnConvergence() {
        return stopOnConvergence;
    }

    /** @return the box the run must stay in (else it ends as left the domain), or {@code null} for none */
    public Box domain() {
        return domain;
    }

    /** @return budget of vector-field evaluations for one flow integration */
    public int maxEvaluations() {
        return maxEvaluations;
    }

    /** @return a copy that diverges past {@code bound} */
    public RunLimits withDivergenceBound(double bound) {
        return new RunLimits(bound, convergenceTolerance, stopOnConvergence, domain, maxEvaluations);
    }

    /** @return a copy that converges at ‖f‖ ≤ {@code tolerance} */
    public RunLimits withConvergenceTolerance(double tolerance) {
        return new RunLimits(divergenceBound, tolerance, stopOnConvergence, domain, maxEvaluations);
    }

    /** @return a copy that stops at the first stationary point (for sweeps that only need the end) */
    public RunLimits stoppingAtConvergence() {
        return new RunLimits(divergenceBound, convergenceTolerance, true, domain, maxEvaluations);
    }

    /** @return a copy restricted to {@code box} */
    public RunLimits within(Box box) {
        return new RunLimits(divergenceBound, convergenceTolerance, stopOnConvergence, box, maxEvaluations);
    }

    /** @return a copy with {@code evaluations} vector-field evaluations per flow integration */
    public RunLimits withMaxEvaluations(int evaluations) {
        return new RunLimits(divergenceBound, convergenceTolerance, stopOnConvergence, domain, evaluations);
    }

    @Override
    public String toString() {
        return "RunLimits[bound " + divergenceBound + ", tolerance " + convergenceTolerance
                + (stopOnConvergence ? ", stop at convergence" : "") + (domain != null ? ", in a box" : "")
                + ", " + maxEvaluations + " evaluations]";
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
