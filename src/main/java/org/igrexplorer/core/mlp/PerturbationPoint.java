package org.igrexplorer.core.mlp;

/**
 * Figure 3, one noise level: over {@code samples} draws of θ_p = θ (1 + η), η ~ N(0, σ) per
 * parameter, the mean and standard deviation of slope = ‖∇E(θ_p)‖ (full training set) and of
 * test accuracy.
 */
public record PerturbationPoint(double sigma, int samples, double meanSlope, double sdSlope,
        double meanTestAccuracy, double sdTestAccuracy) {
}
