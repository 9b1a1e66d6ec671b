package org.igrexplorer.core.dynamics;

import org.igrexplorer.core.loss.DifferentiableLoss;

/** Gradient descent θ_{n+1} = θ_n − h∇E(θ_n), the explicit Euler method for θ' = −∇E. */
public final class GradientDescent {

    private GradientDescent() {
    }

    /**
     * @param loss   E
     * @param theta0 start. Not modified.
     * @param h      learning rate, h &gt; 0
     * @param steps  number of steps n (the trajectory has up to n + 1 points)
     * @param limits divergence, convergence and domain rules
     * @return the iterates θ_0 … θ_n (fewer if the run stopped early), with their status
     * @throws IllegalArgumentException if the start is not finite or outside the limits
     */
    public static Trajectory run(DifferentiableLoss loss, double[] theta0, double h, int steps, RunLimits limits) {
        VectorField field = VectorFields.gradientFlow(loss);
        TrajectoryRecorder rec = new TrajectoryRecorder(Method.GD, h, loss, field, limits, steps);
        boolean goOn = rec.acceptStart(theta0);
        double[] theta = theta0.clone();
        for (int n = 1; goOn && n <= steps; n++) {
            double[] f = rec.lastField();
            for (int i = 0; i < theta.length; i++) {
                theta[i] += h * f[i];
            }
            goOn = rec.accept(theta);
        }
        return rec.finish();
    }
}
