package org.igrexplorer.core.sgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.PolylineCorners;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.junit.jupiter.api.Test;

/** SGD's modified flow is drawn from dense output like every flow; SGD's paths stay their iterates (issue 18 #9). */
class SgdModifiedFlowPathTest {

    /** The largest corner between consecutive drawn segments. */
    static final double MAX_CORNER = Math.toRadians(2.5);

    @Test
    void sgdsModifiedFlowIsSmoothAtALargeStepAndItsPathsAreTheirIterates() {
        DataSetLoss four = DataSetLoss.paper(DataSet.preset("four").data());
        SgdTrajectories.SgdResult r = SgdTrajectories.compute(EnumSet.of(Method.SGD, Method.SGD_MODIFIED),
                new SgdRun(four, 2, 3, 8), new RunSettings(2.8, 3.5, 0.3, 0.5, 60), 0, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        Trajectory flow = r.trajectories().get(Method.SGD_MODIFIED);
        double[] samples = new double[2 * flow.size()];
        for (int n = 0; n < flow.size(); n++) {
            samples[2 * n] = flow.a(n);
            samples[2 * n + 1] = flow.b(n);
        }
        double[] path = new double[2 * flow.pathSize()];
        for (int k = 0; k < flow.pathSize(); k++) {
            path[2 * k] = flow.pathA(k);
            path[2 * k + 1] = flow.pathB(k);
        }
        assertTrue(PolylineCorners.maxCorner(samples) > Math.toRadians(10), "the samples alone make a kink");
        double corner = PolylineCorners.maxCorner(path);
        assertTrue(corner <= MAX_CORNER, "the drawn flow turns by " + Math.toDegrees(corner) + "°");
        for (Trajectory sgd : r.samplePaths()) {
            assertEquals(sgd.size(), sgd.pathSize(), "a sample path is drawn through its iterates");
        }
    }
}
