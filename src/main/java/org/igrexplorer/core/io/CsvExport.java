package org.igrexplorer.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.experiment.SweepPoint;
import org.igrexplorer.core.loss.Hessians;
import org.igrexplorer.core.loss.ThirdOrderLoss;

/**
 * CSV files of the data behind the figures, through the one {@link Csv} writer (numbers by
 * {@link Double#toString}: exact round trip, independent of the locale).
 */
public final class CsvExport {

    /**
     * Header of the trajectories file. {@code sharpness} is λ_max of the Hessian of E at the point; it came
     * last so that files read by column position before it keep their meaning.
     */
    public static final String TRAJECTORY_HEADER = "method,step,t,a,b,loss,r_ig,sharpness";

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
