package org.igrexplorer.core.teaching;

import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.experiment.BackwardError;
import org.igrexplorer.core.experiment.ErrorStudy;
import org.igrexplorer.core.experiment.Statistics;
import org.igrexplorer.core.loss.Hessians;
import org.igrexplorer.core.loss.Landscape;

/**
 * Theorem 3.1 at the current start: one-step distances from gradient descent to the exact, first-
 * and second-order modified flows for h log-spaced in [1e-3/ℓ, 1e-2/ℓ], ℓ the largest |Hessian
 * eigenvalue| at the start (so h·ℓ is small and the asymptotic slopes 2, 3, 4 show), with fitted
 * log–log slopes.
 */
public final class BackwardErrorPanel {

    /** Lower end of the h range in units of 1/ℓ. */
    public static final double LOW = 1e-3;
    /** Upper end of the h range in units of 1/ℓ. */
    public static final double HIGH = 1e-2;
    /** Default number of learning rates. */
    public static final int DEFAULT_COUNT = 9;

    private BackwardErrorPanel() {
    }

    /**
     * @param ell    ℓ, the largest |eigenvalue| of the Hessian at the start
     * @param study  one-step distances for increasing h, with fitted slopes (expected 2, 3, 4)
     */
    public record Result(double ell, ErrorStudy study) {
    }

    /**
     * @param p     data and start (its h is not used: the study sweeps h)
     * @param count number of learning rates, ≥ 2
     * @return the study
     * @throws IllegalArgumentException if the Hessian vanishes at the start (no scale for h)
     */
    public static Result compute(RunParameters p, int count) {
        Landscape model = p.landscape();
        double[] start = p.start();
        double ell = Hessians.spectralRadius(model, start);
        if (!(ell > 0) || !Double.isFinite(ell)) {
            throw new IllegalArgumentException("the Hessian vanishes at the start; no backward-error study there");
        }
        double[] hs = Statistics.logSpace(LOW / ell, HIGH / ell, count);
        return new Result(ell, BackwardError.gd(model, start, hs));
    }
}
