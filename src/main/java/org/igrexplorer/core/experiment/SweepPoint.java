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
 * @param rIgOverLoss   R_IG/E = x²(a² + b²) at the end
 * @param norm          ‖θ‖ at the end
 */
public record SweepPoint(double h, TrajectoryStatus status, int steps, double a, double b, double loss,
                         double rIgOverLoss, double norm) {

    /**
     * @return whether the run converged on the other branch of the minima hyperbola than the start
     *         (a ricochet: sign(a) changed), as its status says
     */
    public boolean branchFlipped() {
        return status == TrajectoryStatus.RICOCHET;
    }
}
