package org.igrexplorer.core.sgd;

import org.igrexplorer.core.dynamics.Trajectory;

/**
 * The mean SGD iterate over reshuffles with its standard error: points 0 … {@code exactSteps} are exact
 * expectations over all orders of the first epoch (standard error 0), later points the mean of
 * {@code samples} seeded sample paths, with the standard error of that mean per coordinate (sample standard
 * deviation / sqrt(samples)).
 *
 * @param mean       the mean iterate (method sgd-mean; E and R_IG of the full-data loss)
 * @param seA        standard error of a at each point of {@code mean}
 * @param seB        standard error of b at each point of {@code mean}
 * @param exactSteps the last step that is exact over all orders (m for n ≤ 8, else 0)
 * @param samples    the sample paths averaged after step {@code exactSteps}
 */
public record MeanIterate(Trajectory mean, double[] seA, double[] seB, int exactSteps, int samples) {

    /** @throws IllegalArgumentException when the standard errors do not match the points */
    public MeanIterate {
        if (seA.length != mean.size() || seB.length != mean.size()) {
            throw new IllegalArgumentException("one standard error per point of the mean");
        }
        seA = seA.clone();
        seB = seB.clone();
    }

    @Override
    public double[] seA() {
        return seA.clone();
    }

    @Override
    public double[] seB() {
        return seB.clone();
    }

    /** @return the standard error of a at point n */
    public double seA(int n) {
        return seA[n];
    }

    /** @return the standard error of b at point n */
    public double seB(int n) {
        return seB[n];
    }

    /** @return whether point n is an exact expectation over all orders */
    public boolean isExact(int n) {
        return n <= exactSteps;
    }
}
