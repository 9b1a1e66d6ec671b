package org.igrexplorer.ui.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.MlpDataSet;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.core.mlp.landscape.PathPoint;
import org.igrexplorer.ui.network.NetworkLandscapeRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lab runs keep snapshots; their landscape is computed off the calling thread, with progress and cancel. */
class NetworkLandscapeViewModelTest {

    static final long TIMEOUT_MS = 60_000;

    final MlpLabViewModel lab = new MlpLabViewModel(new LabScheduler(LabScheduler::daemonPool, System::nanoTime,
            Blas.best()));
    /** Stands in for the FX thread: news queue up here and run when the test drains them. */
    final ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
    final Executor uiExecutor = ui::add;
    final NetworkLandscapeViewModel vm = new NetworkLandscapeViewModel(uiExecutor, LabScheduler::daemonPool, Blas.best());

    @AfterEach
    void idle() throws InterruptedException {
        lab.cancel();
        assertTrue(lab.awaitIdle(1000));
    }

    void train() throws InterruptedException {
        MlpLabForm form = lab.form();
        form.dataSetProperty().set(MlpDataSet.SPIRALS);
        MlpLabViewModelTest.type(form.trainExamples(), "300");
        MlpLabViewModelTest.type(form.testExamples(), "100");
        MlpLabViewModelTest.type(form.widths(), "16");
        MlpLabViewModelTest.type(form.depth(), "2");
        MlpLabViewModelTest.type(form.learningRates(), "0.05, 0.2");
        MlpLabViewModelTest.type(form.batch(), "30");
        MlpLabViewModelTest.type(form.epochs(), "20");
        MlpLabViewModelTest.type(form.workers(), "2");
        assertTrue(lab.start());
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (lab.runningProperty().get() && System.currentTimeMillis() < end) {
            lab.drain();
            Thread.sleep(16);
        }
        lab.drain();
        assertFalse(lab.runningProperty().get(), "runs did not finish in time");
    }

    void drainUntilSettled() throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        do {
            Runnable r;
            while ((r = ui.poll()) != null) {
                r.run();
            }
            Thread.sleep(10);
        } while (vm.busyProperty().get() && System.currentTimeMillis() < end);
        Runnable r;
        while ((r = ui.poll()) != null) {
            r.run();
        }
        assertFalse(vm.busyProperty().get(), "the landscape did not finish in time");
    }

    @Test
    void finishedRunsKeepSnapshotsAndTheirLandscapeShowsBothPathsOnOnePlane() throws Exception {
        train();
        List<LabRun> runs = NetworkLandscapeViewModel.candidates(lab.runs());
        assertEquals(2, runs.size());
        LabRun ref = runs.get(1);
        LabRun other = runs.get(0);
        // 200 steps, 200 snapshots allowed for this small net: every 2 steps (periodFor), 0 .. 200
        assertEquals(101, ref.snapshots().size());
        assertEquals(200, ref.snapshots().get(100).step());
        assertEquals(List.of(other), NetworkLandscapeViewModel.comparable(lab.runs(), ref));
        vm.setSettings(new NetworkLandscape.Settings(200, 11, 0.2));
        assertTrue(vm.compute(ref, other, 2));
        assertTrue(vm.busyProperty().get());
        drainUntilSettled();
        NetworkLandscape land = vm.landscapeProperty().get();
        assertNotNull(land, vm.statusProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals(2, land.paths().size());
        assertEquals(ref.label(), land.paths().get(0).label());
        assertEquals(11, land.grid().nAlpha());
        PathPoint end = land.paths().get(0).points().get(100);
        assertEquals(0, end.alpha(), 0, "the plane's run ends at the origin");
        assertTrue(vm.statusProperty().get().contains("d₁ explains"), vm.statusProperty().get());
        // the read-out names the nearest snapshot
        NetworkLandscapeRenderer r = new NetworkLandscapeRenderer();
        r.setLandscape(land);
        List<String> lines = r.readout(end.alpha(), end.beta());
        assertTrue(lines.get(1).contains("step 200"), lines.toString());
    }

    @Test
    void cancelStopsTheComputationAndKeepsThePreviousResult() throws Exception {
        train();
        LabRun ref = NetworkLandscapeViewModel.candidates(lab.runs()).get(0);
        vm.setSettings(new NetworkLandscape.Settings(300, 201, 0.2));
        assertTrue(vm.compute(ref, null, 2));
        vm.cancel();
        assertFalse(vm.busyProperty().get());
        drainUntilSettled();
        assertNull(vm.landscapeProperty().get());
        assertEquals("cancelled", vm.statusProperty().get());
    }

    @Test
    void runsThatCannotBeDrawnAreRefusedWithAMessage() {
        assertFalse(vm.compute(null, null, 2));
        assertTrue(vm.statusProperty().get().contains("choose"), vm.statusProperty().get());
        assertTrue(NetworkLandscapeViewModel.candidates(lab.runs()).isEmpty());
    }
}
