package org.igrexplorer.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Over whole runs GD follows the modified flows more closely than the exact flow. */
class WholeRunTest {

    @ParameterizedTest
    @CsvSource({"2.8, 3.5, 0.02", "2.8, 3.5, 0.05", "0.5, -1.2, 0.1"})
    void gdIsCloserToEachHigherOrderFlowAtEverySampledTime(double a0, double b0, double h) {
        RunParameters p = RunParameters.paper(1, 0.6, a0, b0, h, 0.5, 400);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(
                EnumSet.of(Method.GD, Method.EXACT, Method.MODIFIED, Method.MODIFIED2), p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        Trajectory gd = all.get(Method.GD);
        Trajectory exact = all.get(Method.EXACT);
        Trajectory mod = all.get(Method.MODIFIED);
        Trajectory mod2 = all.get(Method.MODIFIED2);
        for (Trajectory t : all.values()) {
            assertEquals(401, t.size(), t.toString());
        }
        for (int n = 1; n <= 400; n++) {
            double dExact = gd.distanceTo(exact, n);
            double dMod = gd.distanceTo(mod, n);
            double dMod2 = gd.distanceTo(mod2, n);
            assertTrue(dMod < dExact, "step " + n + ": |GD − modified| = " + dMod + " ≥ |GD − exact| = " + dExact);
            assertTrue(dMod2 < dMod, "step " + n + ": |GD − modified2| = " + dMod2 + " ≥ |GD − modified| = " + dMod);
        }
        assertEquals(TrajectoryStatus.CONVERGED, gd.status(), gd.message());
    }
}
