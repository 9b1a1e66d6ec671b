package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.session.SgdSettings;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.sgd.SgdRun;
import org.igrexplorer.core.sgd.SgdTrajectories;
import org.igrexplorer.ui.render.SceneGeometry;
import org.junit.jupiter.api.Test;

/** The explorer's data set and SGD curves, with no FX toolkit: computations run on the caller's thread. */
class ExplorerDataSetTest {

    private static final double TOL = 1e-12;
    private static final DataSet FOUR = DataSet.parse("1:0.6,2:1.0,0.5:0.2,1.5:1.1");

    private static ExplorerViewModel vm() {
        return new ExplorerViewModel(Runnable::run, Runnable::run);
    }

    private static ExplorerViewModel fitting() {
        ExplorerViewModel vm = vm();
        vm.fitDataProperty().set(true);
        return vm;
    }

    @Test
    void tickingTheDataSetMakesEItsMeanLossWithTheLeastSquaresMinima() {
        ExplorerViewModel vm = fitting();
        RunParameters p = vm.parametersProperty().get();
        assertEquals(FOUR, p.model().data(), "the default table is the issue's four points");
        DataSetLoss loss = (DataSetLoss) p.landscape();
        double c = FOUR.sumXy() / FOUR.sumXx();
        assertEquals(c, loss.minimaProduct().getAsDouble(), TOL);
        // E on the data set, not on the single point: (1/2n) Σ (y − abx)² at (1, 1)
        double e = 0;
        for (int i = 0; i < FOUR.size(); i++) {
            double r = FOUR.y(i) - FOUR.x(i);
            e += r * r / 2;
        }
        assertEquals(e / FOUR.size(), p.landscape().value(1, 1), TOL);
        assertTrue(vm.constantsProperty().get().isEmpty(), "x and y sliders give way to the table");
        assertTrue(vm.sgdExplanationProperty().get().contains("(a² + b²)·1·var(xᵢrᵢ)"),
                vm.sgdExplanationProperty().get());
        vm.fitDataProperty().set(false);
        assertFalse(vm.parametersProperty().get().model().hasData());
        assertEquals(2, vm.constantsProperty().get().size(), "x and y again");
        assertEquals("", vm.sgdExplanationProperty().get());
    }

    @Test
    void sgdCurvesAreTheCoresOnTheTablesDataWithTheChosenBatchAndSeed() {
        ExplorerViewModel vm = fitting();
        for (Method m : Method.SGD_METHODS) {
            vm.visibleProperty(m).set(true);
        }
        assertTrue(vm.dataSet().commitBatch("2"));
        assertTrue(vm.sgdSeed().commitText("7"));
        var c = vm.curvesProperty().get();
        assertNotNull(c.sgd());
        assertEquals(2, c.sgd().batch());
        assertEquals(7, c.sgd().seed());
        assertEquals(SgdTrajectories.SHOWN_PATHS, c.samplePaths().size());
        SgdRun run = new SgdRun((DataSetLoss) c.parameters().landscape(), 2, 7, SgdRun.DEFAULT_SAMPLES);
        var expected = SgdTrajectories.compute(vm.shownMethods(), run, c.parameters().run(), 0.0, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        for (Method m : EnumSet.of(Method.SGD, Method.SGD_MEAN, Method.SGD_MODIFIED, Method.GD, Method.MODIFIED)) {
            Trajectory a = c.trajectories().get(m);
            Trajectory b = expected.trajectories().get(m);
            assertEquals(b.size(), a.size(), m.id());
            int last = a.size() - 1;
            assertEquals(b.a(last), a.a(last), TOL, m.id());
            assertEquals(b.b(last), a.b(last), TOL, m.id());
        }
        assertSame(c.samplePaths().get(0).method(), Method.SGD);
        var sgdMesh = ExplorerViewModel.meshes(c).meshes().get(Method.SGD);
        assertNotNull(sgdMesh, "one 3D mesh holds the sample paths");
        ExplorerViewModelTest.assertSameMesh(SceneGeometry.samplePaths(c.samplePaths(), c.mapping()).line(),
                sgdMesh.line(), "SGD's sample paths");
    }

    @Test
    void withoutADataSetTheSgdTogglesComputeNothing() {
        ExplorerViewModel vm = vm();
        vm.visibleProperty(Method.SGD_MEAN).set(true);
        var c = vm.curvesProperty().get();
        assertNull(c.sgd());
        assertFalse(c.trajectories().containsKey(Method.SGD_MEAN));
        assertTrue(c.samplePaths().isEmpty());
    }

    @Test
    void aBadCellLeavesTheDataAndTheCurvesAlone() {
        ExplorerViewModel vm = fitting();
        RunParameters before = vm.parametersProperty().get();
        var curves = vm.curvesProperty().get();
        assertFalse(vm.dataSet().commit(1, "x", "NaN"));
        assertSame(before, vm.parametersProperty().get());
        assertSame(curves, vm.curvesProperty().get(), "nothing recomputed");
        assertTrue(vm.dataSet().commit(1, "x", "2.5"));
        assertEquals(2.5, vm.parametersProperty().get().model().data().x(1));
    }

    @Test
    void aLandscapeWithoutDataPointRefusesTheDataSet() {
        ExplorerViewModel vm = vm();
        vm.setLandscape(LandscapeSpec.builtin("rosenbrock", Map.of()));
        assertFalse(vm.dataSetAllowedProperty().get());
        vm.fitDataProperty().set(true);
        assertFalse(vm.fitDataProperty().get());
        assertFalse(vm.parametersProperty().get().model().hasData());
        assertTrue(vm.messageProperty().get().contains("has no data point"), vm.messageProperty().get());
    }

    @Test
    void aTypedLossInXAndYNeedsTheDataSetAndKeepsItsFirstPointWhenUnticked() {
        ExplorerViewModel vm = vm();
        assertFalse(vm.setTypedLoss("(y - a*b*x)^2/2 + 0.01*(a^2 + b^2)"));
        assertTrue(vm.lossErrorProperty().get().contains("Fit n points"), vm.lossErrorProperty().get());
        vm.fitDataProperty().set(true);
        assertTrue(vm.setTypedLoss("(y - a*b*x)^2/2 + 0.01*(a^2 + b^2)"));
        RunParameters p = vm.parametersProperty().get();
        assertTrue(p.model().isTyped() && p.model().hasData());
        double e = 0;
        for (int i = 0; i < FOUR.size(); i++) {
            double r = FOUR.y(i) - 2 * 0.5 * FOUR.x(i);
            e += r * r / 2 + 0.01 * (4 + 0.25);
        }
        assertEquals(e / FOUR.size(), p.landscape().value(2, 0.5), 1e-12);
        vm.fitDataProperty().set(false);
        RunParameters single = vm.parametersProperty().get();
        assertEquals(FOUR.x(0), single.model().constant("x"));
        assertEquals(FOUR.y(0), single.model().constant("y"));
    }

    @Test
    void aSessionsBatchSeedAndSamplesComeBack() {
        ExplorerViewModel vm = fitting();
        vm.applySgd(new SgdSettings(4, 11, 64));
        assertEquals(new SgdSettings(4, 11, 64), vm.sgdSettings());
        assertEquals(4, vm.dataSet().batch());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> vm.applySgd(new SgdSettings(3, 11, 64)));
        assertEquals(4, vm.dataSet().batch());
    }
}
