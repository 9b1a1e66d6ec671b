package org.igrexplorer.ui.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.MlpDataSet;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.SharpnessSchedule;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lab's sharpness: the form's schedule reaches the runs, the chart draws it with 2/h per h, the preset. */
class MlpLabSharpnessTest {

    MlpLabViewModel vm = new MlpLabViewModel(new LabScheduler(LabScheduler::daemonPool, System::nanoTime, Blas.best()));
    MlpLabForm form = vm.form();

    @AfterEach
    void stop() throws InterruptedException {
        vm.cancel();
        assertTrue(vm.awaitIdle(1000), "worker threads outlived the lab's runs");
    }

    @Test
    void runsMeasureOnTheScheduleAndTheChartDrawsTwoOverHPerH() throws InterruptedException {
        form.dataSetProperty().set(MlpDataSet.BLOBS);
        MlpLabViewModelTest.type(form.trainExamples(), "120");
        MlpLabViewModelTest.type(form.testExamples(), "40");
        MlpLabViewModelTest.type(form.widths(), "8");
        MlpLabViewModelTest.type(form.depth(), "1");
        MlpLabViewModelTest.type(form.learningRates(), "0.5, 0.05");
        MlpLabViewModelTest.type(form.batch(), "120");
        MlpLabViewModelTest.type(form.epochs(), "12");
        MlpLabViewModelTest.type(form.evalEvery(), "2");
        MlpLabViewModelTest.type(form.sharpnessEvery(), "4");
        MlpLabViewModelTest.type(form.sharpnessExamples(), "100");
        MlpLabViewModelTest.type(form.workers(), "2");
        XYChart empty = MlpLabCharts.sharpness(vm.runs(), vm.learningRates());
        assertTrue(empty.series().isEmpty(), "nothing before a start");
        assertTrue(vm.start());
        long end = System.currentTimeMillis() + MlpLabViewModelTest.TIMEOUT_MS;
        while (vm.runningProperty().get() && System.currentTimeMillis() < end) {
            vm.drain();
            Thread.sleep(16);
        }
        vm.drain();
        assertFalse(vm.runningProperty().get(), "runs did not finish in time");
        for (LabRun r : vm.runs()) {
            assertEquals(new SharpnessSchedule(4, 100), r.config().sharpness());
            List<Long> measured = r.history().stream().filter(MlpMetrics::hasSharpness).map(MlpMetrics::step).toList();
            assertEquals(List.of(0L, 4L, 8L, 12L), measured, r.describe());
            double last = r.history().get(r.history().size() - 1).sharpness();
            assertTrue(r.describe().contains(String.format(java.util.Locale.ROOT, "λ_max %.3g (h·λ_max/2 = %.2f)", last,
                    r.learningRate() * last / 2)), r.describe());
        }
        XYChart chart = MlpLabCharts.sharpness(vm.runs(), vm.learningRates());
        List<Series> s = chart.series();
        assertEquals(4, s.size(), "one curve per run and one 2/h line per h");
        for (int i = 0; i < 2; i++) {
            Series run = s.get(i);
            LabRun r = vm.runs().get(i);
            assertEquals(4, run.size());
            assertEquals(r.history().stream().filter(MlpMetrics::hasSharpness).mapToDouble(MlpMetrics::sharpness)
                    .max().orElseThrow(), java.util.Arrays.stream(run.y()).max().orElseThrow(), 0.0);
        }
        Series edge = s.get(2);
        assertEquals(Series.Style.DASHED, edge.style());
        assertEquals(2 / 0.5, edge.yAt(0), 0.0);
        assertEquals(2 / 0.5, edge.yAt(1), 0.0);
        assertEquals(12, edge.xAt(1), 0.0, "across all steps");
        assertEquals(2 / 0.05, s.get(3).yAt(0), 0.0);
        assertEquals(MlpLabCharts.color(1), s.get(3).color(), "in the colour of its h");
        assertTrue(s.get(3).name().startsWith("2/h = 40"), s.get(3).name());
    }

    @Test
    void edgeOfStabilityPresetIsFullBatchGdOnTwoThousandMnistImagesWithTwoLearningRates() {
        vm.applyPreset(LabPreset.EDGE_OF_STABILITY);
        assertEquals("", vm.problemsProperty().get());
        MlpLabForm.Plan p = form.plan();
        assertEquals(MlpDataSet.MNIST, p.dataSet());
        assertEquals(2000, p.trainExamples());
        assertEquals(p.trainExamples(), p.batch(), "batch = the training set: full-batch GD");
        assertEquals(List.of(64), p.widths());
        assertEquals(2, p.depth());
        assertEquals(List.of(0.2, 0.02), p.learningRates());
        assertEquals(0.0, p.mu());
        assertTrue(p.sharpness().every() > 0 && p.sharpness().every() <= p.evalEvery() * 10);
        assertEquals(2000, p.sharpness().examples(), "the sharpness of the loss being descended");
        assertTrue(vm.statusProperty().get().contains("Edge of stability"), vm.statusProperty().get());
        assertTrue(p.config(0.2, 64, 1).architecture().paramCount() == 784 * 64 + 64 + 64 * 64 + 64 + 64 * 10 + 10);
    }
}
