package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import org.igrexplorer.core.Numbers;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import org.igrexplorer.core.loss.LossRange;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneGeometry;
import org.igrexplorer.ui.render.SceneMapping;
import org.junit.jupiter.api.Test;

/** The explorer's view-model, with no FX toolkit: computations run on the caller's thread. */
class ExplorerViewModelTest {

    private static final double TOL = 1e-12;

    private static ExplorerViewModel vm() {
        return new ExplorerViewModel(Runnable::run, Runnable::run);
    }

    @Test
    void startsWithAllFiveCurvesAndASurfaceForTheDefaults() {
        ExplorerViewModel vm = vm();
        var c = vm.curvesProperty().get();
        assertNotNull(c);
        assertEquals(RunParameters.DEFAULT, c.parameters());
        assertEquals(5, c.trajectories().size());
        Trajectory gd = c.trajectories().get(Method.GD);
        assertEquals(2.8, gd.a(0), TOL);
        assertEquals(3.5, gd.b(0), TOL);
        var s = vm.surfaceProperty().get();
        assertNotNull(s);
        int n = ExplorerViewModel.SURFACE_RESOLUTION;
        assertEquals(n * n, s.surface().worldY().length);
        assertEquals(2 * (n - 1) * (n - 1), s.surface().triangleCount());
        assertTrue(vm.statusProperty().get().contains("λ = h/2 = 0.025"), vm.statusProperty().get());
        assertTrue(vm.curveStatusProperty().get().contains("Gradient descent: converged"),
                vm.curveStatusProperty().get());
        // the status line's numbers as the fields and the read-outs write them: no trailing zeros
        double lmax = RunParameters.DEFAULT.landscape().largestHessianEigenvalue(gd.theta(gd.lastStep()));
        String expected = "λ_max(H) at the GD end = " + Numbers.significant(lmax, 4) + ", h·λ_max = "
                + Numbers.significant(0.05 * lmax, 3) + " < 2";
        assertTrue(vm.statusProperty().get().contains(expected), expected + " in " + vm.statusProperty().get());
        assertTrue(vm.curveStatusProperty().get().contains("(t = " + Numbers.significant(gd.statusStep() * 0.05, 4)
                + ")"), vm.curveStatusProperty().get());
        assertFalse(vm.statusProperty().get().matches(".*\\d\\.\\d*0[ ,].*"), "a trailing zero: " + vm.statusProperty().get());
    }

    @Test
    void changingHGivesANewGdCurveThatMatchesOneStepByHand() {
        ExplorerViewModel vm = vm();
        Trajectory before = vm.curvesProperty().get().trajectories().get(Method.GD);
        assertTrue(vm.h().commitText("0.01"));
        var after = vm.curvesProperty().get();
        assertEquals(0.01, after.parameters().h(), TOL);
        Trajectory gd = after.trajectories().get(Method.GD);
        assertNotSame(before, gd);
        // θ₁ = θ₀ − h∇E(θ₀), ∇E = (−b x r, −a x r), r = y − a b x
        double r = 0.6 - 2.8 * 3.5;
        assertEquals(2.8 + 0.01 * 3.5 * r, gd.a(1), 1e-12);
        assertEquals(3.5 + 0.01 * 2.8 * r, gd.b(1), 1e-12);
        assertTrue(vm.statusProperty().get().contains("λ = h/2 = 0.005"), vm.statusProperty().get());
    }

    @Test
    void invalidInputIsRejectedAndLeavesTheOldStateInPlace() {
        ExplorerViewModel vm = vm();
        var snapshot = vm.curvesProperty().get();
        var params = vm.parametersProperty().get();
        assertFalse(vm.h().commitText("-1"));
        assertFalse(vm.steps().commitText("ten"));
        assertSame(snapshot, vm.curvesProperty().get(), "no recompute for rejected input");
        assertEquals(params, vm.parametersProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("steps"), vm.messageProperty().get());
        assertTrue(vm.steps().commitText("50"));
        assertEquals(51, vm.curvesProperty().get().trajectories().get(Method.GD).size());
    }

    @Test
    void movingTheStartMovesEveryCurveAndTheMarkerStaysInTheBox() {
        ExplorerViewModel vm = vm();
        vm.setStart(-1.5, 2.0);
        var c = vm.curvesProperty().get();
        for (Trajectory t : c.trajectories().values()) {
            assertEquals(-1.5, t.a(0), TOL);
            assertEquals(2.0, t.b(0), TOL);
        }
        vm.setStart(9, 9);
        assertTrue(vm.boxProperty().get().contains(9, 9), "the box grows to hold the start");
    }

    @Test
    void changingXRebuildsTheSurfaceButChangingHDoesNot() {
        ExplorerViewModel vm = vm();
        var surface = vm.surfaceProperty().get();
        vm.h().commitText("0.02");
        assertSame(surface, vm.surfaceProperty().get());
        vm.constant("x").orElseThrow().commitText("1.5");
        assertNotSame(surface, vm.surfaceProperty().get());
        SceneMapping m = vm.surfaceProperty().get().mapping();
        assertEquals(1.5, m.landscape().spec().constant("x"), TOL);
    }

    @Test
    void hidingACurveDropsItFromTheNextSnapshot() {
        ExplorerViewModel vm = vm();
        vm.visibleProperty(Method.EGR).set(false);
        assertFalse(vm.curvesProperty().get().trajectories().containsKey(Method.EGR));
        assertEquals(4, ExplorerViewModel.meshes(vm.curvesProperty().get()).meshes().size());
    }

    @Test
    void aDivergingRunIsReportedNotDrawnAsGarbage() {
        ExplorerViewModel vm = vm();
        vm.h().commitText("0.3");
        Trajectory gd = vm.curvesProperty().get().trajectories().get(Method.GD);
        assertEquals(TrajectoryStatus.DIVERGED, gd.status());
        assertTrue(vm.curveStatusProperty().get().contains("Gradient descent: diverged"));
        assertTrue(vm.statusProperty().get().contains("unstable"), vm.statusProperty().get());
        MeshData line = ExplorerViewModel.meshes(vm.curvesProperty().get()).meshes().get(Method.GD).line();
        for (float v : line.points()) {
            assertTrue(Float.isFinite(v), "3D geometry stays finite");
        }
    }

    @Test
    void withAQueueingBackgroundOnlyTheNewestOfManyChangesIsComputed() {
        Deque<Runnable> bg = new ArrayDeque<>();
        ExplorerViewModel vm = new ExplorerViewModel(bg::add, Runnable::run);
        while (!bg.isEmpty()) {
            bg.poll().run();
        }
        var first = vm.curvesProperty().get();
        for (int i = 1; i <= 20; i++) {
            vm.h().setValue(0.001 * i);
        }
        assertEquals(1, bg.size(), "one drain task for twenty changes");
        while (!bg.isEmpty()) {
            bg.poll().run();
        }
        var last = vm.curvesProperty().get();
        assertNotSame(first, last);
        assertEquals(0.02, last.parameters().h(), TOL);
    }

    @Test
    void undoPutsBackATypedValueWithItsCurvesAndRedoTakesItAgain() {
        ExplorerViewModel vm = vm();
        assertTrue(vm.h().commitText("0.01"));
        assertEquals("Undo h 0.05 → 0.01", vm.history().undoLabel());
        vm.history().undo();
        assertEquals(0.05, vm.h().getValue(), 0);
        assertEquals("0.05", vm.h().textProperty().get());
        assertEquals(0.05, vm.curvesProperty().get().trajectories().get(Method.GD).h(), 0, "curves recomputed");
        assertEquals("Redo h 0.05 → 0.01", vm.history().redoLabel());
        vm.history().redo();
        assertEquals(0.01, vm.curvesProperty().get().parameters().h(), 0);
        assertFalse(vm.h().commitText("-1"));
        assertEquals(1, vm.history().undoSize(), "rejected input is no step");
    }

    @Test
    void aDragOfTheStartIsOneStepAndUndoRestoresStartAndBox() {
        ExplorerViewModel vm = vm();
        var box0 = vm.boxProperty().get();
        vm.history().beginGesture();
        vm.setStart(2.0, 3.0);
        vm.setStart(1.5, 2.5);
        vm.setStart(box0.aMax() + 5, 2.5); // out of the box: the box grows
        vm.history().endGesture();
        var grown = vm.boxProperty().get();
        assertTrue(grown.aMax() > box0.aMax());
        assertEquals(1, vm.history().undoSize());
        assertTrue(vm.history().undoLabel().startsWith("Undo start (2.8, 3.5) → ("), vm.history().undoLabel());
        vm.history().undo();
        assertEquals(2.8, vm.a0().getValue(), 0);
        assertEquals(3.5, vm.b0().getValue(), 0);
        assertEquals(box0, vm.boxProperty().get());
        var gd = vm.curvesProperty().get().trajectories().get(Method.GD);
        assertEquals(2.8, gd.a(0), 0);
        vm.history().redo();
        assertEquals(box0.aMax() + 5, vm.a0().getValue(), 0);
        assertEquals(grown, vm.boxProperty().get());
    }

    @Test
    void undoOfALandscapeSwitchBringsBackTheModelItsConstantsAndTheRun() {
        ExplorerViewModel vm = vm();
        assertTrue(vm.constant("x").orElseThrow().commitText("1.5"));
        assertEquals("Undo x 1 → 1.5", vm.history().undoLabel());
        var before = vm.parametersProperty().get();
        var rosenbrock = org.igrexplorer.core.loss.Landscapes.builtins().stream()
                .filter(l -> l.spec().name().equals("rosenbrock")).findFirst().orElseThrow();
        vm.setLandscape(rosenbrock.spec());
        assertTrue(vm.history().undoLabel().startsWith("Undo landscape "), vm.history().undoLabel());
        assertTrue(vm.history().undoLabel().endsWith("→ " + rosenbrock.displayName()), vm.history().undoLabel());
        vm.history().undo();
        assertEquals(before, vm.parametersProperty().get());
        assertEquals(1.5, vm.constant("x").orElseThrow().getValue(), 0);
        assertEquals(before, vm.curvesProperty().get().parameters());
        vm.history().undo();
        assertEquals(RunParameters.DEFAULT, vm.parametersProperty().get());
    }

    @Test
    void aWholeStateAppliedAtOnceIsOneStepNamingWhatChanged() {
        ExplorerViewModel vm = vm();
        var box0 = vm.boxProperty().get();
        RunParameters p = RunParameters.DEFAULT.withStart(1, 2).withH(0.1).withSteps(50);
        vm.apply(p, new org.igrexplorer.core.loss.ViewBox(-9, 9, -9, 9));
        assertEquals(1, vm.history().undoSize());
        assertEquals("Undo start, h and steps", vm.history().undoLabel());
        vm.history().undo();
        assertEquals(RunParameters.DEFAULT, vm.parametersProperty().get());
        assertEquals(box0, vm.boxProperty().get());
    }

    @Test
    void aDragStepComputesTheCurvesAloneAndTheirMeshesAreWhatTheEagerBuildGave() {
        ExplorerViewModel vm = vm();
        vm.setStart(2.0, 3.0);
        var c = vm.curvesProperty().get();
        assertEquals(5, c.trajectories().size());
        var built = ExplorerViewModel.meshes(c);
        // what the view-model computed on every step before the meshes became lazy, for the same snapshot
        var eager = SceneGeometry.curves(c.trajectories(), c.mapping());
        assertEquals(eager.keySet(), built.meshes().keySet());
        eager.forEach((m, e) -> {
            assertSameMesh(e.line(), built.meshes().get(m).line(), m.id() + " tube");
            assertSameMesh(e.markers(), built.meshes().get(m).markers(), m.id() + " markers");
        });
        assertSameMesh(SceneGeometry.stabilityEdge(c.mapping(), c.parameters().h(), SceneGeometry.TUBE_RADIUS * 0.45),
                built.stableEdge(), "stability edge");
        assertTrue(built.stableEdge().triangleCount() > 0);
    }

    static void assertSameMesh(MeshData expected, MeshData actual, String what) {
        assertArrayEquals(expected.points(), actual.points(), what + " points");
        assertArrayEquals(expected.texCoords(), actual.texCoords(), what + " texture coordinates");
        assertArrayEquals(expected.faces(), actual.faces(), what + " faces");
    }

    @Test
    void theStepsOfADragShareTheMappingAndTheStabilityEdgeWhichFollowABoxHOrModeChange() {
        ExplorerViewModel vm = vm();
        var c0 = vm.curvesProperty().get();
        vm.setStart(2.0, 3.0);
        var c1 = vm.curvesProperty().get();
        assertTrue(c1 != c0, "a new snapshot for the new start");
        assertSame(c0.mapping(), c1.mapping(), "the start moved inside the box: one mapping");
        assertSame(ExplorerViewModel.meshes(c0).stableEdge(), ExplorerViewModel.meshes(c1).stableEdge(),
                "and the edge is not traced again");
        // an independent trace gives the same mesh
        MeshData fresh = SceneGeometry.stabilityEdge(c1.mapping(), c1.parameters().h(), SceneGeometry.TUBE_RADIUS * 0.45);
        assertSameMesh(fresh, ExplorerViewModel.meshes(c1).stableEdge(), "edge");
        vm.apply(c1.parameters().withH(c1.parameters().h() * 2), vm.boxProperty().get());
        var c2 = vm.curvesProperty().get();
        assertSame(c1.mapping(), c2.mapping(), "h does not change the mapping");
        assertNotSame(ExplorerViewModel.meshes(c1).stableEdge(), ExplorerViewModel.meshes(c2).stableEdge(),
                "a new h traces a new edge");
        MeshData forH2 = SceneGeometry.stabilityEdge(c2.mapping(), c2.parameters().h(), SceneGeometry.TUBE_RADIUS * 0.45);
        assertSameMesh(forH2, ExplorerViewModel.meshes(c2).stableEdge(), "edge for 2h");
        vm.heightModeProperty().set(vm.heightModeProperty().get() == HeightMode.LOG ? HeightMode.CLIP : HeightMode.LOG);
        vm.setStart(2.1, 3.0);
        var c3 = vm.curvesProperty().get();
        assertNotSame(c2.mapping(), c3.mapping(), "another height mode: another mapping");
        assertEquals(vm.heightModeProperty().get(), c3.mapping().mode());
        assertNotSame(ExplorerViewModel.meshes(c2).stableEdge(), ExplorerViewModel.meshes(c3).stableEdge());
    }

    @Test
    void aDraggedStartHasTheSameDecimalsInBothCoordinatesAndItsTextIsItsValue() {
        ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, Runnable::run);
        var box = vm.boxProperty().get();
        int e = (int) Math.floor(Math.log10(Math.max(box.width(), box.height()) / 1000));
        assertTrue(e <= -2 && e >= -3, "a box of a few units: " + box);
        vm.setStart(1.234567, -0.98765);
        // both to the same decimal place, about a thousandth of the box (was: a to 3 decimals, b to 2)
        assertEquals(new java.math.BigDecimal("1.234567").setScale(-e, java.math.RoundingMode.HALF_EVEN).doubleValue(),
                vm.a0().getValue(), 0.0);
        assertEquals(new java.math.BigDecimal("-0.98765").setScale(-e, java.math.RoundingMode.HALF_EVEN).doubleValue(),
                vm.b0().getValue(), 0.0);
        String ta = vm.a0().textProperty().get();
        String tb = vm.b0().textProperty().get();
        assertEquals(-e, ta.length() - ta.indexOf('.') - 1, ta);
        assertEquals(-e, tb.length() - tb.indexOf('.') - 1, tb);
        assertEquals(vm.a0().getValue(), Double.parseDouble(ta), 0.0);
    }

    @Test
    void aFlatLossIsSaidInTheStatusAndEveryCurveStaysAtTheStart() {
        ExplorerViewModel vm = vm();
        vm.constant("x").orElseThrow().commitText("0");
        String status = vm.statusProperty().get();
        assertTrue(status.contains("The loss is flat: E = 0.18 everywhere"), status);
        assertFalse(status.contains("locally stable"), "no stability verdict on a flat loss: " + status);
        String[] lines = vm.curveStatusProperty().get().split("\n");
        assertEquals(5, lines.length);
        for (String l : lines) {
            assertTrue(l.endsWith(": " + LossRange.STAYS_AT_START), l);
        }
        assertTrue(vm.planeFieldProperty().get() == null || vm.planeFieldProperty().get().range().flat());

        assertTrue(vm.setTypedLoss("0.5 + 0*a"));
        assertTrue(vm.statusProperty().get().contains("The loss is flat: E = 0.5 everywhere"),
                vm.statusProperty().get());
        assertTrue(vm.setTypedLoss("(a - 1)^2 + (b - 2)^2"));
        assertFalse(vm.statusProperty().get().contains("flat"), vm.statusProperty().get());
        assertTrue(vm.curveStatusProperty().get().contains("Gradient descent: converged"),
                vm.curveStatusProperty().get());
    }

    /** Issue 18 #17: a start picked in a zoomed plane keeps the view's precision, as its read-out shows it. */
    @Test
    void aStartPickedInAViewIsWhatThatViewsReadOutShows() {
        ExplorerViewModel vm = vm();
        ViewBox zoomed = new ViewBox(1.1, 1.3, -1.05, -0.9);
        vm.setStart(1.234567, -0.987649, zoomed);
        assertEquals(1.2346, vm.a0().getValue(), 0, "10^-4: a thousandth of the zoomed view");
        assertEquals(-0.9876, vm.b0().getValue(), 0);
        assertEquals(Double.parseDouble(zoomed.pickText(1.234567)), vm.a0().getValue(), 0);
        assertEquals(Double.parseDouble(zoomed.pickText(-0.987649)), vm.b0().getValue(), 0);
        assertEquals("1.2346", vm.a0().textProperty().get());
    }
}
