package org.igrexplorer.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.experiment.ErrorStudy;
import org.igrexplorer.core.experiment.SweepPoint;
import org.igrexplorer.core.loss.Hessians;
import org.igrexplorer.core.loss.ThirdOrderLoss;
import org.igrexplorer.core.sgd.MeanIterate;

/**
 * CSV files of the data behind the figures, through the one {@link Csv} writer (numbers by
 * {@link Double#toString}: exact round trip, independent of the locale).
 */
public final class CsvExport {

    /** The columns every trajectories file starts with. */
    private static final String POINT_COLUMNS = "method,step,t,a,b,loss,r_ig";

    /**
     * Header of the trajectories file. {@code sharpness} is λ_max of the Hessian of E at the point; it is
     * last so that files read by column position before it keep their meaning.
     */
    public static final String TRAJECTORY_HEADER = POINT_COLUMNS + ",sharpness";

    /**
     * Header of the trajectories file when the mean SGD iterate is among the curves: the standard errors of its a and
     * b follow (0 where the mean is exact over all orders; empty on the other methods' rows).
     */
    public static final String SGD_MEAN_HEADER = POINT_COLUMNS + ",se_a,se_b,sharpness";

    /** Header of SGD's one-epoch error study. */
    public static final String SGD_ERROR_HEADER = "h,err_exact,err_modified,err_sgd_modified";

    /** Header of the learning-rate sweep file. */
    public static final String SWEEP_HEADER = "h,status,steps,a,b,loss,r_ig_over_loss,norm,lambda_max";

    private CsvExport() {
    }

    /**
     * Writes every point of every trajectory, one row each.
     *
     * @param out          destination. Written to, not closed.
     * @param loss         the loss the trajectories ran on (for the sharpness column)
     * @param trajectories two-parameter trajectories
     */
    public static void writeTrajectories(Writer out, ThirdOrderLoss loss, Collection<Trajectory> trajectories)
            throws IOException {
        Csv.header(out, TRAJECTORY_HEADER);
        for (Trajectory t : trajectories) {
            for (int n = 0; n < t.size(); n++) {
                Csv.row(out, t.method().id(), n, t.t(n), t.a(n), t.b(n), t.loss(n), t.rIg(n),
                        sharpness(loss, t.theta(n)));
            }
        }
    }

    /** @return λ_max of the Hessian at θ, NaN (an empty cell) where θ is not finite */
    static double sharpness(ThirdOrderLoss loss, double[] theta) {
        for (double v : theta) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
        }
        return Hessians.largestEigenvalue(loss, theta);
    }

    /**
     * Writes every point of every trajectory, one row each, with the standard errors of the mean SGD iterate
     * ({@link #SGD_MEAN_HEADER}).
     *
     * @param out          destination. Written to, not closed.
     * @param loss         the full-data loss E (for the sharpness column)
     * @param trajectories two-parameter trajectories
     * @param mean         the mean iterate (its trajectory, if among {@code trajectories}, gets the standard errors)
     */
    public static void writeTrajectories(Writer out, ThirdOrderLoss loss, Collection<Trajectory> trajectories,
                                         MeanIterate mean) throws IOException {
        Csv.header(out, SGD_MEAN_HEADER);
        for (Trajectory t : trajectories) {
            boolean withSe = t == mean.mean();
            for (int n = 0; n < t.size(); n++) {
                Csv.row(out, t.method().id(), n, t.t(n), t.a(n), t.b(n), t.loss(n), t.rIg(n),
                        withSe ? mean.seA(n) : null, withSe ? mean.seB(n) : null, sharpness(loss, t.theta(n)));
            }
        }
    }

    /**
     * @param out   destination. Written to, not closed.
     * @param study SGD's one-epoch study (curves exact, modified, sgd-modified)
     */
    public static void writeSgdError(Writer out, ErrorStudy study) throws IOException {
        Csv.header(out, SGD_ERROR_HEADER);
        double[] hs = study.hs();
        double[] ex = study.curve(Method.EXACT).errors();
        double[] mod = study.curve(Method.MODIFIED).errors();
        double[] sgd = study.curve(Method.SGD_MODIFIED).errors();
        for (int i = 0; i < hs.length; i++) {
            Csv.row(out, hs[i], ex[i], mod[i], sgd[i]);
        }
    }

    /**
     * @param out    destination. Written to, not closed.
     * @param points sweep results
     */
    public static void writeSweep(Writer out, List<SweepPoint> points) throws IOException {
        Csv.header(out, SWEEP_HEADER);
        for (SweepPoint p : points) {
            Csv.row(out, p.h(), p.status().id(), p.steps(), p.a(), p.b(), p.loss(), p.rIgOverLoss(), p.norm(),
                    p.lambdaMax());
        }
    }
}
