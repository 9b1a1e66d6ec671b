package org.igrexplorer.core.experiment;

import org.igrexplorer.core.dynamics.TrajectoryStatus;

/**
 * The end of one gradient-descent run of a learning-rate sweep (Figure 1b).
 *
 * @param h             learning rate
 * @param status        how the run ended
 * @param steps         steps taken (to convergence, divergence or the limit)
 * @param a             final a (last finite iterate)
 * @param b             final b
 * @param loss          final E
 * @param rIgOverLoss   R_IG/E at the end (the paper's model: x²(a² + b²), defined on the minima too)
 * @param norm          ‖θ‖ at the end
 * @param lambdaMax     the largest Hessian eigenvalue at the end (GD can settle only where h·λ_max &lt; 2)
 */
public record SweepPoint(double h, TrajectoryStatus status, int steps, double a, double b, double loss,
                         double rIgOverLoss, double norm, double lambdaMax) {

    /**
     * @return whether the run converged on another piece of the minima than the start (a ricochet; on the
     *         paper's model the other branch of the hyperbola), as its status says
     */
    public boolean branchFlipped() {
        return status == TrajectoryStatus.RICOCHET;
    }
}
