package org.igrexplorer.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.PolylineCorners;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.HeightMode;
import org.junit.jupiter.api.Test;

/** A flow's 3D tube follows its dense path (issue 18 #9): no kink at the samples t = n·h at a large h. */
class FlowTubesTest {

    /** The largest corner between consecutive tube segments seen from above (a square box: equal scales). */
    static final double MAX_CORNER = Math.toRadians(2.5);

    @Test
    void theTubeOfAFlowPassesThroughItsDensePathWithoutKinks() {
        RunParameters p = RunParameters.paper(1, 0.6, 2.8, 3.5, 0.3, 0.5, 60);
        Trajectory exact = TrajectoryService.compute(Method.EXACT, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        SceneMapping map = new SceneMapping(p.landscape(), new ViewBox(-1, 4, -1, 4), HeightMode.LOG);
        double[] xyz = SceneGeometry.lift(exact, map);
        double[] xz = new double[2 * (xyz.length / 3)];
        for (int i = 0; i < xyz.length / 3; i++) {
            xz[2 * i] = xyz[3 * i];
            xz[2 * i + 1] = xyz[3 * i + 2];
        }
        double corner = PolylineCorners.maxCorner(xz);
        assertTrue(corner <= MAX_CORNER, "the tube turns by " + Math.toDegrees(corner) + "° at a corner");
        // every path point is a tube point, in order
        int i = 0;
        for (int k = 0; k < exact.pathSize(); k++) {
            double x = map.worldX(exact.pathA(k));
            double z = map.worldZ(exact.pathB(k));
            while (i < xz.length / 2 && (xz[2 * i] != x || xz[2 * i + 1] != z)) {
                i++;
            }
            assertTrue(i < xz.length / 2, "path point " + k + " is on the tube");
        }
        assertTrue(exact.pathSize() > exact.pathIndex(3) + 10, "dense points in the first steps");
        assertEquals(map.worldX(exact.a(0)), xyz[0], 0.0);
    }
}
