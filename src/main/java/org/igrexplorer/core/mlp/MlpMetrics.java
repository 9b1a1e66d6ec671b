package org.igrexplorer.core.mlp;

/**
 * Full-training-set metrics at one step: E (mean cross-entropy), ‖∇E‖², R_IG = ‖∇E‖²/m,
 * slope = ‖∇E‖, train and test accuracy, λ = h m/4, the wall-clock seconds since the run began, and
 * the sharpness λ_max(∇²E) on the schedule's examples (NaN where it was not measured).
 */
public record MlpMetrics(long step, double epoch, double loss, double gradNormSq, double rIg, double slope,
        double trainAccuracy, double testAccuracy, double lambda, double seconds, double sharpness) {

    /** @return whether the sharpness was measured at this step */
    public boolean hasSharpness() {
        return !Double.isNaN(sharpness);
    }

    /** @return R_IG / E (NaN when E = 0) */
    public double rIgOverLoss() {
        return loss == 0 ? Double.NaN : rIg / loss;
    }

    /** @return whether every number is finite (a diverged run has NaN or infinite loss) */
    public boolean finite() {
        return Double.isFinite(loss) && Double.isFinite(gradNormSq);
    }
}
