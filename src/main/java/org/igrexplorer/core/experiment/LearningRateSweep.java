package org.igrexplorer.core.experiment;

import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.dynamics.GradientDescent;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.Landscape;

/**
 * Figure 1b on any landscape: for a start (a₀, b₀) and a list of learning rates, run gradient descent
 * to convergence and report R_IG/E and the sharpness λ_max(H) where it ends. On the paper's model
 * R_IG/E = x²‖θ‖² falls as h grows (GD is pulled to flatter minima of smaller norm) until GD
 * ricochets to the other branch and finally diverges; on any landscape λ_max at the end stays below 2/h.
 */
public final class LearningRateSweep {

    /** Default step budget per learning rate. */
    public static final int DEFAULT_MAX_STEPS = 2_000_000;

    /** Default limits: the shared {@link RunLimits#DEFAULT}, stopping at the first stationary point. */
    public static final RunLimits DEFAULT_LIMITS = RunLimits.DEFAULT.stoppingAtConvergence();

    private LearningRateSweep() {
    }

    /**
     * @param model    the landscape
     * @param a0       start a
     * @param b0       start b
     * @param hs       learning rates, each finite and &gt; 0. Not modified.
     * @param maxSteps step budget per run
     * @param limits   convergence and divergence rules (should stop on convergence)
     * @return one point per h, in the order given
     */
    public static List<SweepPoint> run(Landscape model, double a0, double b0, double[] hs, int maxSteps,
                                       RunLimits limits) {
        return run(model, a0, b0, hs, maxSteps, limits, null);
    }

    /** Told after each learning rate. */
    @FunctionalInterface
    public interface Progress {
        void done(int finished, int total);
    }

    /**
     * As {@link #run(Landscape, double, double, double[], int, RunLimits)}, telling
     * {@code progress} (may be null) after each learning rate.
     */
    public static List<SweepPoint> run(Landscape model, double a0, double b0, double[] hs, int maxSteps,
                                       RunLimits limits, Progress progress) {
        List<SweepPoint> out = new ArrayList<>(hs.length);
        for (double h : hs) {
            if (!(h > 0) || !Double.isFinite(h)) {
                throw new IllegalArgumentException("learning rates must be finite and > 0, got " + h);
            }
            Trajectory t = GradientDescent.run(model, new double[] {a0, b0}, h, maxSteps, limits);
            int last = t.lastStep();
            double a = t.a(last);
            double b = t.b(last);
            out.add(new SweepPoint(h, t.status(), last, a, b, t.loss(last), model.rIgOverLoss(a, b),
                    Math.hypot(a, b), model.largestHessianEigenvalue(new double[] {a, b})));
            if (progress != null) {
                progress.done(out.size(), hs.length);
            }
        }
        return out;
    }

    /** As {@link #run(Landscape, double, double, double[], int, RunLimits)} with the defaults. */
    public static List<SweepPoint> run(Landscape model, double a0, double b0, double[] hs) {
        return run(model, a0, b0, hs, DEFAULT_MAX_STEPS, DEFAULT_LIMITS);
    }
}
