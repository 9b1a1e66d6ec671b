package org.igrexplorer.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.junit.jupiter.api.Test;

class DistanceOverTimeTest {

    @Test
    void modifiedFlowsStayCloserToGdThanTheExactFlowAndEachFlowIsMatchedToItsMethod() {
        RunParameters p = RunParameters.DEFAULT.withH(0.01).withSteps(100);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(EnumSet.of(Method.GD, Method.EXACT, Method.MODIFIED,
                Method.MODIFIED2, Method.MOMENTUM, Method.MOMENTUM_MODIFIED), p, 0.5, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        List<DistanceOverTime.Series> s = DistanceOverTime.compute(all);
        assertEquals(List.of(Method.EXACT, Method.MODIFIED, Method.MODIFIED2, Method.MOMENTUM_MODIFIED),
                s.stream().map(DistanceOverTime.Series::flow).toList());
        assertEquals(Method.MOMENTUM, s.get(3).reference());
        for (DistanceOverTime.Series series : s) {
            assertEquals(0.0, series.distance(0), 0.0);
            assertEquals(101, series.size());
            assertEquals(0.5, series.t()[50], 1e-15);
        }
        for (int n : new int[] {5, 20, 100}) {
            assertTrue(s.get(1).distance(n) < 0.25 * s.get(0).distance(n), "modified ≪ exact at n = " + n);
            assertTrue(s.get(2).distance(n) < s.get(1).distance(n), "2nd order closer at n = " + n);
        }
        Trajectory gd = all.get(Method.GD);
        Trajectory ex = all.get(Method.EXACT);
        assertEquals(Math.hypot(gd.a(20) - ex.a(20), gd.b(20) - ex.b(20)), s.get(0).distance(20), 1e-15);
    }
}
