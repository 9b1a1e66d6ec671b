package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.LossRange;
import org.igrexplorer.core.teaching.Figure1b;
import org.junit.jupiter.api.Test;

/** The teaching view-model on the test thread (same-thread executors, no toolkit). */
class TeachingViewModelTest {

    private static Map<Method, Trajectory> paper(RunParameters p) {
        return TrajectoryService.computeAll(Method.PAPER, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
    }

    @Test
    void panelsFollowTheParametersAndOnlyTheStartTriggersTheSweep() {
        TeachingViewModel vm = new TeachingViewModel(Runnable::run, Runnable::run);
        RunParameters p = RunParameters.DEFAULT.withSteps(60);
        vm.update(p, paper(p));
        Figure1b.Result f = vm.figure1bProperty().get();
        assertNotNull(f);
        assertEquals(TeachingViewModel.FIGURE1B_POINTS, f.points().size());
        assertEquals(3.0, vm.backwardErrorProperty().get().study().slope(Method.MODIFIED), 0.1);
        assertEquals(4, vm.curvesProperty().get().distance().size());
        assertEquals(2, vm.curvesProperty().get().band().size());
        assertEquals(60, vm.playback().lastStepProperty().get());

        RunParameters p2 = p.withH(0.08);
        vm.update(p2, paper(p2));
        Figure1b.Result f2 = vm.figure1bProperty().get();
        assertEquals(0.08, f2.currentH(), 0.0);
        assertSame(f.points().get(0), f2.points().get(0), "h alone does not re-run the sweep");
        assertEquals(p2.h(), vm.curvesProperty().get().parameters().h(), 0.0);

        RunParameters p3 = p2.withStart(1.0, 2.0);
        vm.update(p3, paper(p3));
        assertEquals(1.0, vm.figure1bProperty().get().parameters().a0(), 0.0);
        assertTrue(vm.figure1bProperty().get().points().get(0) != f.points().get(0), "a new start re-runs it");
    }

    @Test
    void theStudiesWaitWhileNotWantedAndFollowTheLatestStartWhenWanted() {
        TeachingViewModel vm = new TeachingViewModel(Runnable::run, Runnable::run);
        vm.setStudiesWanted(false);
        RunParameters p = RunParameters.DEFAULT.withSteps(60);
        vm.update(p, paper(p));
        RunParameters moved = p.withStart(1.0, 2.0);
        vm.update(moved, paper(moved));
        assertEquals(null, vm.figure1bProperty().get(), "no sweep while the studies are not shown");
        assertEquals(null, vm.backwardErrorProperty().get());
        assertNotNull(vm.curvesProperty().get(), "the explorer's overlays still get their curves");
        vm.setStudiesWanted(true);
        assertEquals(1.0, vm.figure1bProperty().get().parameters().a0(), 0.0);
        assertNotNull(vm.backwardErrorProperty().get());
    }

    @Test
    void theFigure1bMessageAtXZeroGoesAwayOnceXIsNonZero() {
        TeachingViewModel vm = new TeachingViewModel(Runnable::run, Runnable::run);
        RunParameters flat = RunParameters.DEFAULT.withSteps(60)
                .withModel(RunParameters.DEFAULT.model().withConstant("x", 0));
        vm.update(flat, paper(flat));
        assertTrue(vm.messageProperty().get().contains("Figure 1b needs minima of known, non-zero sharpness"),
                vm.messageProperty().get());
        assertEquals(null, vm.figure1bProperty().get());
        RunParameters p = flat.withModel(flat.model().withConstant("x", 1));
        vm.update(p, paper(p));
        assertEquals("", vm.messageProperty().get(), "no stale message above correct panels");
        assertNotNull(vm.figure1bProperty().get());
    }

    @Test
    void momentumAddsItsCurvesAndItsFormulaLine() {
        TeachingViewModel vm = new TeachingViewModel(Runnable::run, Runnable::run);
        RunParameters p = RunParameters.DEFAULT.withSteps(50).withH(0.01);
        vm.update(p, paper(p));
        assertEquals(4, vm.formulaProperty().get().size());
        vm.betaProperty().set(0.5);
        TeachingViewModel.Curves c = vm.curvesProperty().get();
        assertEquals(0.5, c.beta(), 0.0);
        assertTrue(c.trajectories().containsKey(Method.MOMENTUM));
        assertTrue(c.distance().stream().anyMatch(s -> s.flow() == Method.MOMENTUM_MODIFIED
                && s.reference() == Method.MOMENTUM));
        assertEquals(5, vm.formulaProperty().get().size());
        assertTrue(vm.formulaProperty().get().get(4).contains("\\beta = 0.5"));
        vm.betaProperty().set(2.0);
        assertEquals(0.99, vm.betaProperty().get(), 0.0, "β is clamped below 1");
    }

    @Test
    void betaIsTypedInItsFieldAndEachMomentumCurveSaysHowItEnded() {
        TeachingViewModel vm = new TeachingViewModel(Runnable::run, Runnable::run);
        RunParameters p = RunParameters.DEFAULT.withSteps(400).withH(0.01);
        vm.update(p, paper(p));
        assertTrue(TeachingViewModel.momentumStatus(vm.curvesProperty().get()).startsWith("β = 0"),
                "at β = 0 the status says why there are no momentum curves");
        assertTrue(vm.betaField().commitText("0.5"));
        assertEquals(0.5, vm.betaProperty().get(), 0.0, "the typed β is the model's β");
        TeachingViewModel.Curves c = vm.curvesProperty().get();
        assertEquals(0.5, c.beta(), 0.0);
        String status = TeachingViewModel.momentumStatus(c);
        String[] lines = status.split("\n");
        assertEquals(2, lines.length, status);
        assertEquals(Method.MOMENTUM.label() + ": " + c.trajectories().get(Method.MOMENTUM).message(), lines[0]);
        assertEquals(Method.MOMENTUM_MODIFIED.label() + ": " + c.trajectories().get(Method.MOMENTUM_MODIFIED).message(),
                lines[1]);
        assertTrue(lines[0].contains("converged"), lines[0]);
        // out of range: refused with a message, β kept
        assertFalse(vm.betaField().commitText("1.2"));
        assertTrue(vm.betaField().errorProperty().get().contains("β"), vm.betaField().errorProperty().get());
        assertEquals(0.5, vm.betaProperty().get(), 0.0);
        // set from elsewhere (the slider, a session, undo): the field follows
        vm.betaProperty().set(0.25);
        assertEquals("0.25", vm.betaField().textProperty().get());
        assertFalse(vm.betaField().hasError());
    }

    /** Issue 18 #20: on a flat loss the momentum curves say they stayed, as the explorer's do. */
    @Test
    void onAFlatLossTheMomentumCurvesStayAtTheStart() {
        TeachingViewModel vm = new TeachingViewModel(Runnable::run, Runnable::run);
        RunParameters p = RunParameters.paper(0.0, 0.6, 2.8, 3.5, 0.05, 0.5, 400);
        vm.update(p, paper(p));
        assertTrue(vm.betaField().commitText("0.5"));
        String status = TeachingViewModel.momentumStatus(vm.curvesProperty().get());
        assertEquals(Method.MOMENTUM.label() + ": " + LossRange.STAYS_AT_START + "\n"
                + Method.MOMENTUM_MODIFIED.label() + ": " + LossRange.STAYS_AT_START, status);
    }

    @Test
    void formulaIsEvaluatedAtThePlaybackPoint() {
        TeachingViewModel vm = new TeachingViewModel(Runnable::run, Runnable::run);
        RunParameters p = RunParameters.DEFAULT.withSteps(30);
        Map<Method, Trajectory> t = paper(p);
        vm.update(p, t);
        vm.playback().seek(12);
        Trajectory gd = t.get(Method.GD);
        String at = vm.formulaProperty().get().get(3);
        assertTrue(at.contains("E = " + FormulaText.num(gd.loss(12))), at);
        assertTrue(at.contains("(" + FormulaText.num(gd.a(12)) + ", " + FormulaText.num(gd.b(12)) + ")"), at);
    }
}
