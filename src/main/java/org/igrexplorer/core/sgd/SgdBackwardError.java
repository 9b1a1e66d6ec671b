package org.igrexplorer.core.sgd;

import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Flows;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.VectorFields;
import org.igrexplorer.core.loss.Hessians;
import org.igrexplorer.core.experiment.Statistics;

/**
 * SGD's backward error after one epoch: the distance between the exact mean iterate over all n! orders after
 * m = n/B steps and the flows, at t = m·h, of E, of GD's Ẽ = E + (h/4)‖∇E‖² and of Ẽ_SGD. They scale as h², h² and
 * h³ when Γ ≠ 0 (for B = n, GD, the last two agree and scale as h³): the SGD term is what the mean iterate follows
 * beyond GD's. Like org.igrexplorer.core.experiment.BackwardError for one GD step, with h log-spaced so that h·λ_max at the start runs over
 * [{@value #LOW}, {@value #HIGH}].
 */
public final class SgdBackwardError {

    /** Lower end of the h range in units of 1/λ_max at the start. */
    public static final double LOW = 1e-3;
    /** Upper end of the h range in units of 1/λ_max at the start. */
    public static final double HIGH = 1e-2;
    /** Default number of learning rates. */
    public static final int DEFAULT_COUNT = 9;

    private SgdBackwardError() {
    }

    /**
     * Distances after one epoch for one h.
     *
     * @param h           learning rate
     * @param exact       ‖E[θ_m] − φ_E(mh)‖, the flow of E
     * @param modified    the same for the flow of GD's Ẽ
     * @param sgdModified the same for the flow of Ẽ_SGD
     */
    public record OneEpoch(double h, double exact, double modified, double sgdModified) {
    }

    /**
     * Fitted log–log slopes against h.
     *
     * @param exact       for the flow of E (expected 2)
     * @param modified    for the flow of GD's Ẽ (expected 2 when Γ ≠ 0, 3 for B = n)
     * @param sgdModified for the flow of Ẽ_SGD (expected 3)
     */
    public record Slopes(double exact, double modified, double sgdModified) {
    }

    /**
     * @param ell   λ_max of the Hessian of E at the start (sets the h range)
     * @param study distances, increasing h
     * @param slopes fitted slopes
     */
    public record Result(double ell, OneEpoch[] study, Slopes slopes) {
        public Result {
            study = study.clone();
        }

        @Override
        public OneEpoch[] study() {
            return study.clone();
        }
    }

    /**
     * @param loss   E on at most {@value SgdRun#MAX_EXACT_POINTS} points
     * @param batch  B, a divisor of n
     * @param theta0 start. Not modified.
     * @param h      learning rate
     * @return the one-epoch distances, flows integrated at {@link FlowTolerances#REFERENCE}
     * @throws IllegalArgumentException for more than {@value SgdRun#MAX_EXACT_POINTS} points or a bad batch size
     */
    public static OneEpoch oneEpoch(DataSetLoss loss, int batch, double[] theta0, double h) {
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
        return new OneEpoch(h, distance(end, ex, m), distance(end, mod, m), distance(end, sgd, m));
    }

    private static double distance(double[] p, Trajectory t, int n) {
        if (t.size() <= n) {
            throw new IllegalStateException(t.method().id() + " flow stopped early: " + t.message());
        }
        return Math.hypot(p[0] - t.a(n), p[1] - t.b(n));
    }

    /** @return the one-epoch distances for each h */
    public static OneEpoch[] study(DataSetLoss loss, int batch, double[] theta0, double[] hs) {
        OneEpoch[] out = new OneEpoch[hs.length];
        for (int i = 0; i < hs.length; i++) {
            out[i] = oneEpoch(loss, batch, theta0, hs[i]);
        }
        return out;
    }

    /** @return the fitted log–log slopes of a study */
    public static Slopes slopes(OneEpoch[] study) {
        int n = study.length;
        double[] hs = new double[n];
        double[] e0 = new double[n];
        double[] e1 = new double[n];
        double[] e2 = new double[n];
        for (int i = 0; i < n; i++) {
            hs[i] = study[i].h();
            e0[i] = study[i].exact();
            e1[i] = study[i].modified();
            e2[i] = study[i].sgdModified();
        }
        return new Slopes(Statistics.logLogSlope(hs, e0), Statistics.logLogSlope(hs, e1),
                Statistics.logLogSlope(hs, e2));
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
        OneEpoch[] study = study(loss, batch, theta0, Statistics.logSpace(LOW / ell, HIGH / ell, count));
        return new Result(ell, study, slopes(study));
    }
}
