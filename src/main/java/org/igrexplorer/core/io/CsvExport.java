package org.igrexplorer.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.experiment.SweepPoint;

/**
 * CSV files of the data behind the figures, through the one {@link Csv} writer (numbers by
 * {@link Double#toString}: exact round trip, independent of the locale).
 */
public final class CsvExport {

    /** Header of the trajectories file. */
    public static final String TRAJECTORY_HEADER = "method,step,t,a,b,loss,r_ig";

    /** Header of the learning-rate sweep file. */
    public static final String SWEEP_HEADER = "h,status,steps,a,b,loss,r_ig_over_loss,norm,lambda_max";

    private CsvExport() {
    }

    /**
     * Writes every point of every trajectory, one row each.
     *
     * @param out          destination. Written to, not closed.
     * @param trajectories two-parameter trajectories
     */
    public static void writeTrajectories(Writer out, Collection<Trajectory> trajectories) throws IOException {
        Csv.header(out, TRAJECTORY_HEADER);
        for (Trajectory t : trajectories) {
            for (int n = 0; n < t.size(); n++) {
                Csv.row(out, t.method().id(), n, t.t(n), t.a(n), t.b(n), t.loss(n), t.rIg(n));
            }
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
