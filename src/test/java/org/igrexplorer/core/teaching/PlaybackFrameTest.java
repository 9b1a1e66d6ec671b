package org.igrexplorer.core.teaching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.junit.jupiter.api.Test;

class PlaybackFrameTest {

    @Test
    void frameShowsEachMethodAtStepNAndDistancesMatchTheDistancePanel() {
        RunParameters p = RunParameters.DEFAULT.withSteps(60);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(Set.of(Method.GD, Method.EXACT, Method.MODIFIED), p,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        PlaybackFrame f = PlaybackFrame.at(all, 17, p.h());
        assertEquals(17 * 0.05, f.t(), 1e-15);
        assertArrayEquals(all.get(Method.GD).theta(17), f.point(Method.GD).orElseThrow(), 0.0);
        assertArrayEquals(all.get(Method.MODIFIED).theta(17), f.point(Method.MODIFIED).orElseThrow(), 0.0);
        assertTrue(f.point(Method.EGR).isEmpty());
        List<DistanceOverTime.Series> d = DistanceOverTime.compute(all);
        assertEquals(d.get(1).distance(17), f.distance(Method.GD, Method.MODIFIED), 0.0);
        assertTrue(Double.isNaN(f.distance(Method.GD, Method.EGR)));
        assertFalse(f.hasEnded(Method.GD));
    }

    @Test
    void aTrajectoryThatStoppedKeepsItsLastPointAndIsFlaggedEnded() {
        // h = 1 from (2.8, 3.5) diverges within a few steps
        RunParameters p = RunParameters.DEFAULT.withH(1.0).withSteps(50);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(Set.of(Method.GD), p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        Trajectory gd = all.get(Method.GD);
        assertTrue(gd.lastStep() < 10);
        PlaybackFrame f = PlaybackFrame.at(all, 40, p.h());
        assertTrue(f.hasEnded(Method.GD));
        assertArrayEquals(gd.theta(gd.lastStep()), f.point(Method.GD).orElseThrow(), 0.0);
    }
}
