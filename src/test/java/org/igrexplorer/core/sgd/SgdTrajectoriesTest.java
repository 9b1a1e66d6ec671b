package org.igrexplorer.core.sgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.junit.jupiter.api.Test;

class SgdTrajectoriesTest {

    private static final DataSetLoss FOUR = DataSetLoss.paper(DataSet.preset("four").data());
    private static final RunSettings SETTINGS = new RunSettings(2.8, 3.5, 0.02, 0.5, 120);

    @Test
    void everyCurveIsComputedOnTheDataSetLoss() {
        SgdRun run = new SgdRun(FOUR, 1, 3, 64);
        EnumSet<Method> methods = EnumSet.of(Method.GD, Method.MODIFIED, Method.SGD, Method.SGD_MEAN,
                Method.SGD_MODIFIED);
        SgdTrajectories.SgdResult r = SgdTrajectories.compute(methods, run, SETTINGS, 0, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        assertEquals(List.copyOf(methods), List.copyOf(r.trajectories().keySet()));
        assertEquals(SgdTrajectories.SHOWN_PATHS, r.samplePaths().size());
        Trajectory sgd = r.trajectories().get(Method.SGD);
        Trajectory first = Sgd.path(run, SETTINGS.start(), SETTINGS.h(), SETTINGS.steps(), 0, RunLimits.DEFAULT);
        for (int n = 0; n < sgd.size(); n++) {
            assertEquals(0, sgd.distanceTo(first, n), 0, "sgd is the first sample path");
            assertEquals(0, sgd.distanceTo(r.samplePaths().get(0), n), 0);
        }
        for (Trajectory t : r.trajectories().values()) {
            assertEquals(121, t.size(), t.method() + ": " + t.message());
            assertEquals(FOUR.value(t.theta(77)), t.loss(77), 0, t.method() + ": loss is the full-data E");
        }
        assertTrue(r.mean().isPresent());
        assertEquals(r.mean().get().mean(), r.trajectories().get(Method.SGD_MEAN));
        // the mean follows Ẽ_SGD more closely than it follows GD's Ẽ, after the first epoch (t = 4h)
        Trajectory mean = r.trajectories().get(Method.SGD_MEAN);
        assertTrue(mean.distanceTo(r.trajectories().get(Method.SGD_MODIFIED), 4)
                < mean.distanceTo(r.trajectories().get(Method.MODIFIED), 4));
    }

    @Test
    void withTheFullBatchSgdModifiedIsTheModifiedFlowAndNoMeanIsAskedForUnlessWanted() {
        SgdRun run = new SgdRun(FOUR, 4, 3, 8);
        SgdTrajectories.SgdResult r = SgdTrajectories.compute(EnumSet.of(Method.MODIFIED, Method.SGD_MODIFIED), run,
                SETTINGS, 0, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        Trajectory a = r.trajectories().get(Method.MODIFIED);
        Trajectory b = r.trajectories().get(Method.SGD_MODIFIED);
        for (int n = 0; n < a.size(); n++) {
            assertEquals(0, a.distanceTo(b, n), 1e-10);
        }
        assertFalse(r.mean().isPresent());
        assertTrue(r.samplePaths().isEmpty());
    }

    @Test
    void theServiceWithoutDataLeavesTheSgdMethodsToCoreSgd() {
        RunParameters p = RunParameters.DEFAULT;
        assertEquals(EnumSet.of(Method.GD), TrajectoryService.computeAll(EnumSet.of(Method.GD, Method.SGD), p,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT).keySet());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrajectoryService.compute(
                Method.SGD_MEAN, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT));
        assertTrue(e.getMessage().contains("sgd-mean") && e.getMessage().contains("data set"), e.getMessage());
        assertTrue(Method.SGD.needsData() && Method.SGD.discrete() && !Method.SGD_MODIFIED.discrete());
    }
}
