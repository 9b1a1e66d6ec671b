package org.igrexplorer.core.dynamics;

/**
 * One point of a trajectory.
 *
 * @param step  n
 * @param t     time n·h
 * @param theta parameters (a copy)
 * @param loss  E(θ)
 * @param rIg   R_IG(θ)
 */
public record TrajectoryPoint(int step, double t, double[] theta, double loss, double rIg) {
    public TrajectoryPoint {
        theta = theta.clone();
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }
}
