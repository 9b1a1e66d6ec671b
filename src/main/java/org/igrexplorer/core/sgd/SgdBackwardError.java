package org.igrexplorer.core.sgd;

import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Flows;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.VectorFields;
import org.igrexplorer.core.experiment.ErrorStudy;
import org.igrexplorer.core.experiment.Statistics;
import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.loss.Hessians;

/**
 * SGD's backward error after one epoch: the distance between the exact mean iterate over all n! orders after
 * m = n/B steps and the flows, at t = m·h, of E, of GD's Ẽ = E + (h/4)‖∇E‖² and of Ẽ_SGD. They scale as h², h² and
 * h³ when Γ ≠ 0 (for B = n, GD, the last two agree and scale as h³): the SGD term is what the mean iterate follows
 * beyond GD's. An {@link ErrorStudy} like GD's one step (org.igrexplorer.core.experiment.BackwardError), with h
 * log-spaced so that h·λ_max at the start runs over [{@value #LOW}, {@value #HIGH}].
 */
public final class SgdBackwardError {

    /** Lower end of the h range in units of 1/λ_max at the start. */
    public static final double LOW = 1e-3;
    /** Upper end of the h range in units of 1/λ_max at the start. */
    public static final double HIGH = 1e-2;
    /** Default number of learning rates. */
    public static final int DEFAULT_COUNT = 9;

    /** The flows the mean iterate is compared with, in drawing order. */
    private static final Method[] FLOWS = {Method.EXACT, Method.MODIFIED, Method.SGD_MODIFIED};

    private SgdBackwardError() {
    }

    /**
     * @param ell   λ_max (spectral radius) of the Hessian of E at the start, which sets the h range
     * @param study the distances of the flows exact, modified and sgd-modified against h, with fitted slopes
     */
    public record Result(double ell, ErrorStudy study) {
    }

    /**
     * @param loss   E on at most {@value SgdRun#MAX_EXACT_POINTS} points
     * @param batch  B, a divisor of n
     * @param theta0 start. Not modified.
     * @param h      learning rate
     * @return ‖E[θ_m] − φ(mh)‖ for the flows of E, of GD's Ẽ and of Ẽ_SGD, integrated at
     *         {@link FlowTolerances#REFERENCE}
     * @throws IllegalArgumentException for more than {@value SgdRun#MAX_EXACT_POINTS} points or a bad batch size
     */
    public static double[] oneEpoch(DataSetLoss loss, int batch, double[] theta0, double h) {
        double[][] mean = Sgd.exactFirstEpoch(loss, batch, theta0, h);
        int m = mean.length - 1;
        double[] end = mean[m];
        FlowTolerances tol = FlowTolerances.REFERENCE;
        Trajectory ex = Flows.integrate(Method.EXACT, VectorFields.gradientFlow(loss), loss, theta0, h, m,
                RunLimits.DEFAULT, tol);
        Trajectory mod = Flows.integrate(Method.MODIFIED, VectorFields.modifiedFlow(loss, h), loss, theta0, h, m,
                RunLimits.DEFAULT, tol);
        Trajectory sgd = Flows.integrate(Method.SGD_MODIFIED, VectorFields.gradientFlow(SgdModifiedLoss.of(loss, batch,
                h)), loss, theta0, h, m, RunLimits.DEFAULT, tol);
        return new double[] {distance(end, ex, m), distance(end, mod, m), distance(end, sgd, m)};
    }

    private static double distance(double[] p, Trajectory t, int n) {
        if (t.size() <= n) {
            throw new IllegalStateException(t.method().id() + " flow stopped early: " + t.message());
        }
        return Math.hypot(p[0] - t.a(n), p[1] - t.b(n));
    }

    /**
     * @return the one-epoch study over {@code hs}: curves exact (expected slope 2), modified (2; 3 for B = n, where it
     *         is the same flow as Ẽ_SGD) and sgd-modified (3)
     */
    public static ErrorStudy study(DataSetLoss loss, int batch, double[] theta0, double[] hs) {
        int gdSlope = batch == loss.size() ? 3 : 2;
        ErrorStudy.Builder b = new ErrorStudy.Builder(FLOWS, new int[] {2, gdSlope, 3});
        for (double h : hs) {
            b.add(h, oneEpoch(loss, batch, theta0, h));
        }
        return b.build();
    }

    /**
     * The study at a start with h·λ_max log-spaced over [{@value #LOW}, {@value #HIGH}].
     *
     * @param count number of learning rates, ≥ 2
     * @return the study with fitted slopes
     * @throws IllegalArgumentException if the Hessian vanishes at the start (no scale for h)
     */
    public static Result compute(DataSetLoss loss, int batch, double[] theta0, int count) {
        double ell = Hessians.spectralRadius(loss, theta0);
        if (!(ell > 0) || !Double.isFinite(ell)) {
            throw new IllegalArgumentException("the Hessian vanishes at the start; no one-epoch error study there");
        }
        return new Result(ell, study(loss, batch, theta0, Statistics.logSpace(LOW / ell, HIGH / ell, count)));
    }
}
