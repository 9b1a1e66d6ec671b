package org.igrexplorer.core.dynamics;

import org.igrexplorer.core.loss.DifferentiableLoss;
import org.igrexplorer.core.loss.Momentum;

/**
 * Gradient descent with heavy-ball momentum (Polyak):
 * θ_{n+1} = θ_n − h∇E(θ_n) + β(θ_n − θ_{n−1}). For β = 0 it is gradient descent. Its trajectory is
 * the same {@link Trajectory} record as every other method, labelled {@link Method#MOMENTUM}.
 */
public final class HeavyBall {

    private HeavyBall() {
    }

    /**
     * Starts at rest, θ_{−1} = θ_0 (so θ_1 = θ_0 − h∇E(θ_0)), as optimisers do.
     *
     * @param loss   E
     * @param theta0 start. Not modified.
     * @param h      learning rate, h &gt; 0
     * @param beta   momentum, 0 ≤ β ≤ {@value Momentum#MAX_BETA}
     * @param steps  number of steps
     * @param limits divergence, convergence and domain rules
     * @return θ_0 … θ_n (fewer if the run stopped early)
     */
    public static Trajectory run(DifferentiableLoss loss, double[] theta0, double h, double beta, int steps,
                                 RunLimits limits) {
        return run(loss, theta0, theta0, h, beta, steps, limits);
    }

    /**
     * Starts from a given previous point, for instance one lying on a flow through θ_0, which removes the
     * start-up transient of the momentum (used to measure the local error of the method).
     *
     * @param loss      E
     * @param thetaPrev θ_{−1}. Not modified.
     * @param theta0    θ_0. Not modified.
     * @param h         learning rate, h &gt; 0
     * @param beta      momentum, 0 ≤ β ≤ {@value Momentum#MAX_BETA}
     * @param steps     number of steps
     * @param limits    divergence, convergence and domain rules
     * @return θ_0 … θ_n (fewer if the run stopped early)
     */
    public static Trajectory run(DifferentiableLoss loss, double[] thetaPrev, double[] theta0, double h, double beta,
                                 int steps, RunLimits limits) {
        Momentum.requireBeta(beta);
        if (thetaPrev.length != theta0.length) {
            throw new IllegalArgumentException("θ_{-1} and θ_0 differ in dimension");
        }
        VectorField field = VectorFields.gradientFlow(loss);
        TrajectoryRecorder rec = new TrajectoryRecorder(Method.MOMENTUM, h, loss, field, limits, steps);
        boolean goOn = rec.acceptStart(theta0);
        double[] theta = theta0.clone();
        double[] previous = thetaPrev.clone();
        double[] next = new double[theta.length];
        for (int n = 1; goOn && n <= steps; n++) {
            double[] f = rec.lastField();
            for (int i = 0; i < theta.length; i++) {
                next[i] = theta[i] + h * f[i] + beta * (theta[i] - previous[i]);
            }
            double[] swap = previous;
            previous = theta;
            theta = next;
            next = swap;
            goOn = rec.accept(theta);
        }
        return rec.finish();
    }
}
