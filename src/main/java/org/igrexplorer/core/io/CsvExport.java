package org.igrexplorer.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.experiment.SweepPoint;

/**
 * CSV writers for the data behind the figures. Numbers are written with {@link Double#toString},
 * which round-trips exactly and never depends on the locale.
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
        out.write(TRAJECTORY_HEADER);
        out.write('\n');
        StringBuilder sb = new StringBuilder(96);
        for (Trajectory t : trajectories) {
            for (int n = 0; n < t.size(); n++) {
                sb.setLength(0);
                sb.append(t.method().id()).append(',').append(n).append(',').append(t.t(n)).append(',')
                        .append(t.a(n)).append(',').append(t.b(n)).append(',').append(t.loss(n)).append(',')
                        .append(t.rIg(n)).append('\n');
                out.write(sb.toString());
            }
        }
    }

    /**
     * @param out    destination. Written to, not closed.
     * @param points sweep results
     */
    public static void writeSweep(Writer out, List<SweepPoint> points) throws IOException {
        out.write(SWEEP_HEADER);
        out.write('\n');
        for (SweepPoint p : points) {
            out.write(p.h() + "," + p.status().name().toLowerCase(java.util.Locale.ROOT) + "," + p.steps() + ","
                    + p.a() + "," + p.b() + "," + p.loss() + "," + p.rIgOverLoss() + "," + p.norm() + "," + p.lambdaMax()
                    + "\n");
        }
    }
}
