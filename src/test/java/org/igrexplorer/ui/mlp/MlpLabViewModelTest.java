package org.igrexplorer.ui.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.MlpDataSet;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.ui.explorer.ParameterField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lab's view-model without the FX toolkit: the test thread plays the FX thread. */
class MlpLabViewModelTest {

    static final long TIMEOUT_MS = 30_000;
    MlpLabViewModel vm = new MlpLabViewModel(new LabScheduler(LabScheduler::daemonPool, System::nanoTime, Blas.best()));
    MlpLabForm form = vm.form();

    @AfterEach
    void stop() throws InterruptedException {
        vm.cancel();
        assertTrue(vm.awaitIdle(1000), "worker threads outlived the lab's runs");
    }

    static void type(ParameterField f, String text) {
        assertTrue(f.commitText(text), f.errorProperty().get());
    }

    static void type(NumberListField f, String text) {
        assertTrue(f.commitText(text), f.errorProperty().get());
    }

    void small() {
        form.dataSetProperty().set(MlpDataSet.SPIRALS);
        type(form.trainExamples(), "200");
        type(form.testExamples(), "100");
        type(form.widths(), "8,16");
        type(form.depth(), "1");
        type(form.learningRates(), "0.05, 0.2");
        type(form.batch(), "10");
        type(form.epochs(), "3");
        type(form.workers(), "2");
    }

    void drainUntilIdle() throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (vm.runningProperty().get() && System.currentTimeMillis() < end) {
            vm.drain();
            Thread.sleep(16); // a frame
        }
        vm.drain();
        assertFalse(vm.runningProperty().get(), "runs did not finish in time");
    }

    @Test
    void invalidInputsAreReportedAndDoNotStart() {
        assertFalse(form.learningRates().commitText("0.1, -2"));
        assertFalse(form.batch().commitText("zero"));
        String p = vm.problemsProperty().get();
        assertTrue(p.contains("h list: '-2' is not between") && p.contains("batch: 'zero' is not a number; kept 32"), p);
        assertEquals(List.of(0.01, 0.05, 0.2), form.learningRates().values(), "the last valid list is kept");
        assertFalse(vm.start());
        assertTrue(vm.runs().isEmpty());
        type(form.learningRates(), "0.1");
        type(form.batch(), "32");
        assertEquals("", vm.problemsProperty().get());
        assertTrue(vm.start(), "valid again: starts");
    }

    @Test
    void figure3WithoutTrainedRunsSaysWhatToDo() {
        assertFalse(vm.startPerturbation());
        assertEquals("Figure 3 perturbs trained networks: start a grid first, then perturb", vm.statusProperty().get());
    }

    @Test
    void mnistTrainsFromTheBuiltInCopyAndAMissingFolderIsReported(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws InterruptedException {
        small();
        form.dataSetProperty().set(MlpDataSet.MNIST);
        type(form.widths(), "8");
        type(form.learningRates(), "0.1");
        assertEquals("", form.dataFolderProperty().get(), "the default is the built-in copy");
        form.dataFolderProperty().set(tmp.resolve("nowhere").toString());
        assertTrue(vm.problemsProperty().get().contains("MNIST folder"), vm.problemsProperty().get());
        assertFalse(vm.start());
        form.dataFolderProperty().set(tmp.toString()); // a folder, but without the files: the run says so
        assertEquals("", vm.problemsProperty().get());
        assertTrue(vm.start());
        drainUntilIdle();
        LabRun failed = vm.runs().get(0);
        assertEquals(LabRun.State.FAILED, failed.state(), failed.describe());
        assertTrue(failed.describe().contains("missing MNIST file"), failed.describe());

        form.dataFolderProperty().set("");
        assertTrue(vm.start());
        drainUntilIdle();
        LabRun r = vm.runs().get(0);
        assertEquals(LabRun.State.FINISHED, r.state(), r.describe());
        assertEquals(784, r.config().architecture().inputs());
        assertTrue(r.best().testAccuracy() > 0.3, "200 MNIST digits, three epochs: well above chance 0.1, got "
                + r.best().testAccuracy());
    }

    @Test
    void gridRunsToTheEndAndFeedsCurvesAndFigure2() throws InterruptedException {
        small();
        assertTrue(vm.start());
        assertEquals(4, vm.runs().size());
        drainUntilIdle();
        assertEquals(1.0, vm.progressProperty().get());
        for (LabRun r : vm.runs()) {
            assertEquals(LabRun.State.FINISHED, r.state(), r.describe());
            assertEquals(4, r.history().size(), "step 0 and each of 3 epochs");
            assertEquals(60, r.history().get(3).step());
            int m = r.config().architecture().paramCount();
            assertEquals(r.learningRate() * m / 4, r.lambda(), 1e-12);
            MlpMetrics best = r.history().stream().max((a, b) -> Double.compare(a.testAccuracy(), b.testAccuracy())).get();
            assertEquals(best.testAccuracy(), r.best().testAccuracy());
        }
        assertEquals(4, MlpLabCharts.figure2Points(vm.runs(), true).length);
        assertEquals(4, MlpLabCharts.curve(MlpLabCharts.Curve.R_IG, vm.runs()).series().size());
        assertEquals(2, MlpLabCharts.figure2(vm.runs(), vm.learningRates(), false, false).series().size(),
                "one series per h");
        long full = vm.runs().stream().filter(LabRun::reachedFullTrainAccuracy).count();
        int shown = MlpLabCharts.figure2(vm.runs(), vm.learningRates(), true, true).series().stream()
                .mapToInt(s -> s.size()).sum();
        assertEquals(full, shown, "the 100%-train filter keeps exactly those runs");
        assertTrue(vm.statusProperty().get().startsWith("done: 4 of 4"), vm.statusProperty().get());

        // Figure 3 on the trained runs
        assertTrue(vm.startPerturbation());
        drainUntilIdle();
        for (LabRun r : vm.runs()) {
            assertEquals(MlpLabViewModel.SIGMAS.length, r.perturbation().size());
            assertEquals(r.history().get(3).slope(), r.perturbation().get(0).meanSlope(),
                    1e-9 * r.history().get(3).slope(), "σ = 0 is the trained net");
        }
        assertEquals(4, MlpLabCharts.figure3(vm.runs(), true).series().size());
        // the spread: one error bar per σ and run, mean ± sd of the draws, inside the chart's y range
        for (boolean slope : new boolean[] {true, false}) {
            org.igrexplorer.ui.plot.XYChart chart = MlpLabCharts.figure3(vm.runs(), slope);
            for (LabRun r : vm.runs()) {
                var bars = MlpLabCharts.figure3Bars(r.perturbation(), slope, java.awt.Color.BLACK);
                assertEquals(r.perturbation().size(), bars.size());
                for (int i = 0; i < bars.size(); i++) {
                    var q = r.perturbation().get(i);
                    double mean = slope ? q.meanSlope() : q.meanTestAccuracy();
                    double sd = slope ? q.sdSlope() : q.sdTestAccuracy();
                    assertEquals(mean - sd, bars.get(i).low(), 0.0);
                    assertEquals(mean + sd, bars.get(i).high(), 0.0);
                    assertTrue(bars.get(i).high() <= chart.yAxis().fixedMax()
                            || (!slope && chart.yAxis().fixedMax() == 1.0), "bar top inside the y range (accuracy ≤ 1)");
                    assertTrue(mean >= chart.yAxis().fixedMin(), "mean inside the y range");
                }
            }
        }
        assertTrue(vm.runs().stream().anyMatch(r -> r.perturbation().stream().anyMatch(q -> q.sdSlope() > 0)),
                "noise draws differ, so some spread is drawn");
    }

    @Test
    void pauseStopsProgressResumeContinuesCancelEndsEverything() throws InterruptedException {
        small();
        type(form.epochs(), "5000");
        type(form.workers(), "1"); // three runs stay queued
        assertNull(vm.unfinishedWork(), "idle: quitting loses nothing");
        assertTrue(vm.start());
        assertEquals("4 of 4 MLP runs are still training", vm.unfinishedWork());
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (vm.runs().get(0).step() < 50 && System.currentTimeMillis() < end) {
            vm.drain();
            Thread.sleep(16);
        }
        vm.pause();
        Thread.sleep(150);
        vm.drain();
        assertEquals(LabRun.State.PAUSED, vm.runs().get(0).state());
        long s0 = vm.runs().get(0).step();
        Thread.sleep(300);
        vm.drain();
        assertEquals(s0, vm.runs().get(0).step(), "no steps while paused");
        assertEquals("4 of 4 MLP runs are still training (paused)", vm.unfinishedWork());
        vm.resume();
        end = System.currentTimeMillis() + TIMEOUT_MS; // a loaded machine may take a while
        while (vm.runs().get(0).step() <= s0 && System.currentTimeMillis() < end) {
            Thread.sleep(16);
            vm.drain();
        }
        assertTrue(vm.runs().get(0).step() > s0, "steps again after resume");
        // the time left appears once 1% of all steps is done, or after ETA_AFTER_SECONDS
        end = System.currentTimeMillis() + TIMEOUT_MS;
        while (vm.etaProperty().get().isEmpty() && System.currentTimeMillis() < end) {
            vm.drain();
            Thread.sleep(16);
        }
        assertTrue(vm.etaProperty().get().matches("about .+ left \\(.+ so far\\)"), vm.etaProperty().get());
        assertTrue(vm.progressProperty().get() > 0 && vm.progressProperty().get() < 1);

        long t0 = System.nanoTime();
        vm.cancel();
        assertTrue(vm.awaitIdle(1000), "threads still alive 1 s after cancel");
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L);
        drainUntilIdle();
        for (LabRun r : vm.runs()) {
            assertEquals(LabRun.State.CANCELLED, r.state(), r.describe());
        }
        // the bar keeps the share done (a few steps of 4 × 100000), the status says cancelled
        assertTrue(vm.progressProperty().get() < 0.5 && vm.progressProperty().get() > 0,
                "progress after cancel: " + vm.progressProperty().get());
        assertTrue(vm.statusProperty().get().matches("cancelled after .+: 0 of 4 run\\(s\\) finished, 4 cancelled"),
                vm.statusProperty().get());
    }

    /** Trains a small grid to the end, with enough test data that the Figure 3 draws take a while. */
    void trainForPerturbation() throws InterruptedException {
        small();
        type(form.trainExamples(), "1500");
        type(form.testExamples(), "1500");
        type(form.widths(), "32");
        type(form.epochs(), "1");
        type(form.noiseSamples(), "50");
        type(form.workers(), "1"); // the second run's job waits for the first: progress moves in steps
        assertTrue(vm.start());
        drainUntilIdle();
        assertEquals(MlpLabViewModel.Phase.IDLE, vm.phase());
    }

    /** Drains frames until some Figure 3 draws are measured but not all; @return the progress then */
    double drainUntilPartlyPerturbed() throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            vm.drain();
            double p = vm.progressProperty().get();
            if (p > 0.01 && p < 0.9) {
                return p;
            }
            assertTrue(vm.runningProperty().get(), "the experiment ended before its progress was seen");
            Thread.sleep(2);
        }
        throw new AssertionError("no partial progress seen");
    }

    @Test
    void progressBarAndEtaTrackTheFigure3Experiment() throws InterruptedException {
        trainForPerturbation();
        assertEquals(1.0, vm.progressProperty().get(), "training done");
        assertTrue(vm.startPerturbation());
        assertEquals(MlpLabViewModel.Phase.PERTURBING, vm.phase());
        assertEquals(0.0, vm.progressProperty().get(), "the bar restarts for the experiment");
        assertTrue(vm.statusProperty().get().startsWith("Figure 3"), vm.statusProperty().get());
        long draws = (long) MlpLabViewModel.SIGMAS.length * 50;
        for (LabRun r : vm.runs()) {
            assertEquals(draws, r.perturbationTotal());
        }
        double partial = drainUntilPartlyPerturbed();
        // the bar is the share of all draws measured: pause and compare with the runs' own counts
        vm.pause();
        Thread.sleep(100);
        vm.drain();
        long done = vm.runs().stream().mapToLong(r -> r.isPerturbationSettled() ? r.perturbationTotal()
                : r.perturbationDone()).sum();
        assertEquals((double) done / (draws * vm.runs().size()), vm.progressProperty().get(), 1e-12);
        assertTrue(partial > 0 && vm.progressProperty().get() < 1);
        assertTrue(vm.etaProperty().get().startsWith("about "), "an ETA for the experiment: " + vm.etaProperty().get());
        long frozen = vm.runs().get(0).perturbationDone();
        Thread.sleep(200);
        vm.drain();
        assertEquals(frozen, vm.runs().get(0).perturbationDone(), "no draws while paused");
        vm.resume();
        drainUntilIdle();
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals("", vm.etaProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Figure 3: 2 of 2 run(s) perturbed"), vm.statusProperty().get());
        for (LabRun r : vm.runs()) {
            assertEquals(LabRun.PerturbationState.DONE, r.perturbationState());
            assertEquals(MlpLabViewModel.SIGMAS.length, r.perturbation().size());
        }
    }

    @Test
    void aFigure3ExperimentCancelledHalfwayCanBeStartedAgain() throws InterruptedException {
        trainForPerturbation();
        assertTrue(vm.startPerturbation());
        drainUntilPartlyPerturbed();
        vm.cancel();
        assertTrue(vm.awaitIdle(1000), "perturbation threads still alive 1 s after cancel");
        drainUntilIdle();
        assertEquals(MlpLabViewModel.Phase.IDLE, vm.phase());
        assertTrue(vm.runs().stream().anyMatch(r -> r.perturbationState() == LabRun.PerturbationState.CANCELLED),
                vm.runs().stream().map(LabRun::describe).toList().toString());
        assertTrue(vm.statusProperty().get().contains("cancelled"), vm.statusProperty().get());
        for (LabRun r : vm.runs()) {
            assertEquals(LabRun.State.FINISHED, r.state(), "cancelling Figure 3 keeps the trained runs");
        }

        assertTrue(vm.startPerturbation(), "perturb again without a new Start");
        drainUntilIdle();
        for (LabRun r : vm.runs()) {
            assertEquals(LabRun.PerturbationState.DONE, r.perturbationState(), r.describe());
            assertEquals(MlpLabViewModel.SIGMAS.length, r.perturbation().size());
            assertEquals(r.history().get(r.history().size() - 1).slope(), r.perturbation().get(0).meanSlope(),
                    1e-9 * r.perturbation().get(0).meanSlope(), "σ = 0 is the trained net");
        }
        assertEquals(1.0, vm.progressProperty().get());
    }

    @Test
    void latestValueKeepsOnlyTheNewest() {
        LatestValue<Integer> box = new LatestValue<>();
        assertNull(box.take());
        box.post(1);
        box.post(2);
        assertEquals(2, box.take());
        assertNull(box.take());
    }

    @Test
    void durationsReadAsWords() {
        assertEquals(List.of("59 s", "1 min 01 s", "20 min 49 s", "1 h 00 min"),
                List.of(MlpLabViewModel.duration(59.4), MlpLabViewModel.duration(61), MlpLabViewModel.duration(1249),
                        MlpLabViewModel.duration(3600)));
    }
}
