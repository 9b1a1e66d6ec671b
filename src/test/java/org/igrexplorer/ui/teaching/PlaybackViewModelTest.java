package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The playback state machine, on the test thread, without the JavaFX toolkit. */
class PlaybackViewModelTest {

    private static final double EXACT = 0.0;
    private static final RunParameters P = RunParameters.DEFAULT.withSteps(40);
    private static Map<Method, Trajectory> trajectories;

    private PlaybackViewModel vm;

    @BeforeEach
    void setUp() {
        if (trajectories == null) {
            trajectories = TrajectoryService.computeAll(EnumSet.of(Method.GD, Method.EXACT, Method.MODIFIED), P,
                    RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        }
        vm = new PlaybackViewModel();
        vm.setTrajectories(trajectories, P.h());
    }

    @Test
    void emptyModelHasNoFrameAndCannotPlay() {
        PlaybackViewModel empty = new PlaybackViewModel();
        assertNull(empty.frameProperty().get());
        empty.play();
        assertFalse(empty.playingProperty().get());
        empty.stepForward();
        assertEquals(0, empty.stepProperty().get());
    }

    @Test
    void stepBackAtTheStartAndForwardAtTheEndStayClamped() {
        assertEquals(40, vm.lastStepProperty().get());
        vm.stepBack();
        assertEquals(0, vm.stepProperty().get());
        vm.stepForward();
        vm.stepForward();
        assertEquals(2, vm.stepProperty().get());
        vm.end();
        assertEquals(40, vm.stepProperty().get());
        vm.stepForward();
        assertEquals(40, vm.stepProperty().get());
        assertEquals(1.0, vm.positionProperty().get(), EXACT);
        vm.home();
        assertEquals(0, vm.stepProperty().get());
        vm.seek(-5);
        assertEquals(0, vm.stepProperty().get());
        vm.seek(999);
        assertEquals(40, vm.stepProperty().get());
    }

    @Test
    void scrubberAndStepIndexAgree() {
        for (int n = 0; n <= 40; n++) {
            vm.seek(n);
            assertEquals(n / 40.0, vm.positionProperty().get(), 1e-15);
            double p = vm.positionProperty().get();
            vm.scrubTo(p);
            assertEquals(n, vm.stepProperty().get(), "scrub(position(n)) = n");
        }
        vm.scrubTo(0.51);   // 20.4 → 20
        assertEquals(20, vm.stepProperty().get());
        vm.scrubTo(0.5125); // 20.5 → 21 (round half up)
        assertEquals(21, vm.stepProperty().get());
        vm.scrubTo(7.0);
        assertEquals(40, vm.stepProperty().get());
        vm.scrubTo(Double.NaN);
        assertEquals(40, vm.stepProperty().get());
    }

    @Test
    void frameShowsGdAndEachFlowAtTimeNh() {
        vm.seek(13);
        var f = vm.frameProperty().get();
        assertEquals(13, f.step());
        assertEquals(13 * P.h(), f.t(), 1e-15);
        assertEquals(13 * P.h(), vm.time(), 1e-15);
        for (Method m : trajectories.keySet()) {
            assertArrayEquals(trajectories.get(m).theta(13), f.point(m).orElseThrow(), EXACT, m.id());
        }
    }

    @Test
    void playingAdvancesAtTheSpeedCarriesFractionsAndPausesAtTheEnd() {
        vm.speedProperty().set(10.0);
        vm.play();
        assertTrue(vm.playingProperty().get());
        assertEquals(0, vm.advance(0.05));   // half a step
        assertEquals(1, vm.advance(0.05));   // the half carried over
        assertEquals(1, vm.stepProperty().get());
        assertEquals(25, vm.advance(2.5));
        assertEquals(26, vm.stepProperty().get());
        vm.togglePlay();
        assertFalse(vm.playingProperty().get());
        assertEquals(0, vm.advance(1.0), "paused: no motion");
        vm.togglePlay();
        assertEquals(14, vm.advance(100.0), "stops at the last step");
        assertEquals(40, vm.stepProperty().get());
        assertFalse(vm.playingProperty().get());
        vm.play();                            // from the end: restart
        assertEquals(0, vm.stepProperty().get());
        assertTrue(vm.playingProperty().get());
        vm.stepForward();                     // stepping pauses
        assertFalse(vm.playingProperty().get());
    }

    @Test
    void speedIsClampedAndRecomputeKeepsTheStepInRange() {
        vm.speedProperty().set(1e9);
        assertEquals(PlaybackViewModel.MAX_SPEED, vm.speedProperty().get(), EXACT);
        vm.speedProperty().set(0.0);
        assertEquals(PlaybackViewModel.MIN_SPEED, vm.speedProperty().get(), EXACT);
        vm.seek(35);
        Map<Method, Trajectory> shorter = TrajectoryService.computeAll(EnumSet.of(Method.GD), P.withSteps(20),
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        vm.setTrajectories(shorter, P.h());
        assertEquals(20, vm.lastStepProperty().get());
        assertEquals(20, vm.stepProperty().get());
        assertTrue(vm.frameProperty().get().point(Method.EXACT).isEmpty());
    }
}
