package org.igrexplorer.core.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MlpTrainerTest {

    static final double METRIC_REL_TOL = 1e-9;

    @Test
    void mnist784x128x10LearnsToAtLeast95PercentIn5Epochs() throws IOException {
        DataSplit data = MnistLoader.load(Path.of("assets/data")).limit(20000, 10000);
        TrainingConfig cfg = new TrainingConfig(MlpArchitecture.parse("784,128,10"), 0.1, 32, 0, 5, 0, 1,
                TrainingConfig.DEFAULT_CHUNK);
        List<MlpMetrics> seen = new ArrayList<>();
        RunSummary s = new MlpTrainer(data, cfg, Blas.best()).run(seen::add, null);
        assertEquals(RunStatus.FINISHED, s.status());
        assertEquals(6, seen.size(), "step 0 and the end of each epoch");
        assertTrue(s.atMaxTestAccuracy().testAccuracy() >= 0.95, "test accuracy " + s.atMaxTestAccuracy());
        assertTrue(seen.get(5).loss() < 0.5 * seen.get(0).loss(), "loss falls");
        assertEquals(625 * 5, s.last().step());
    }

    @Test
    void metricsFollowTheirDefinitions() {
        DataSplit data = SyntheticData.generate(SyntheticData.Kind.BLOBS, 300, 100, 0.2, 3);
        TrainingConfig cfg = new TrainingConfig(new MlpArchitecture(2, 16, 16, 4), 0.05, 10, 0, 2, 7, 4, 64);
        MlpTrainer t = new MlpTrainer(data, cfg, Blas.best());
        List<MlpMetrics> seen = new ArrayList<>();
        RunSummary s = t.run(seen::add, null);
        int m = cfg.architecture().paramCount();
        assertEquals(2 * 16 + 16 + 16 * 16 + 16 + 16 * 4 + 4, m);
        for (MlpMetrics x : seen) {
            assertEquals(x.gradNormSq() / m, x.rIg(), METRIC_REL_TOL * x.rIg());
            assertEquals(Math.sqrt(x.gradNormSq()), x.slope(), METRIC_REL_TOL * x.slope());
            assertEquals(0.05 * m / 4, x.lambda(), 1e-12);
        }
        // evaluations at 0, every 7 steps, and the last step (2 epochs x 30 steps)
        assertEquals(List.of(0L, 7L, 14L, 21L, 28L, 35L, 42L, 49L, 56L, 60L), seen.stream().map(MlpMetrics::step).toList());
        // R_IG of the final parameters by an independent summation of the full-set gradient
        ParamVector g = new ParamVector(cfg.architecture());
        t.fullGradient(g, null);
        double sum = 0;
        for (float v : g.toArray()) {
            sum += (double) v * v;
        }
        assertEquals(sum / m, s.last().rIg(), 1e-6 * sum / m);
        MlpMetrics best = seen.stream().max((a, b) -> Double.compare(a.testAccuracy(), b.testAccuracy())).get();
        assertEquals(best.testAccuracy(), s.atMaxTestAccuracy().testAccuracy());
        assertTrue(s.atMaxTestAccuracy().testAccuracy() > 0.9, "blobs are easy: " + s.atMaxTestAccuracy());
    }

    @Test
    void egrStepIsGradientPlusTwoMuOverMTimesHessianGradient() {
        DataSplit data = SyntheticData.generate(SyntheticData.Kind.XOR, 20, 10, 0.1, 5);
        MlpArchitecture a = new MlpArchitecture(2, 5, 2);
        double h = 0.1;
        double mu = 3.0;
        // full batch, one step
        TrainingConfig cfg = new TrainingConfig(a, h, 20, mu, 1, 0, 9, 64);
        MlpTrainer t = new MlpTrainer(data, cfg, Blas.best());
        double[] before = MlpNetworkTest.toDouble(t.parameters());
        t.epoch(null, null);
        ReferenceMlp ref = ReferenceMlp.of(a, data.train());
        double[] g = ref.gradient(before, 1e-6);
        double[] hg = ref.hessianVector(before, g, 1e-4, 1e-4);
        double[] expected = new double[before.length];
        for (int i = 0; i < before.length; i++) {
            expected[i] = before[i] - h * (g[i] + 2 * mu / a.paramCount() * hg[i]);
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < before.length; i++) {
            double step = expected[i] - before[i];
            double err = t.parameters().get(i) - expected[i];
            num += err * err;
            den += step * step;
        }
        assertTrue(Math.sqrt(num / den) < 1e-3, "EGR step relative error " + Math.sqrt(num / den));
    }

    @Test
    void sameSeedReproducesTheRun() {
        DataSplit data = SyntheticData.generate(SyntheticData.Kind.SPIRALS, 200, 50, 0.05, 1);
        TrainingConfig cfg = new TrainingConfig(new MlpArchitecture(2, 32, 2), 0.2, 8, 0, 3, 0, 42, 64);
        RunSummary a = new MlpTrainer(data, cfg, Blas.best()).run(null, null);
        RunSummary b = new MlpTrainer(data, cfg, Blas.best()).run(null, null);
        assertEquals(a.last().loss(), b.last().loss());
        RunSummary c = new MlpTrainer(data, cfg.withSeed(43), Blas.best()).run(null, null);
        assertFalse(a.last().loss() == c.last().loss());
    }

    @Test
    void hugeLearningRateIsReportedAsDiverged() {
        DataSplit data = SyntheticData.generate(SyntheticData.Kind.BLOBS, 100, 20, 0.2, 3);
        TrainingConfig cfg = new TrainingConfig(new MlpArchitecture(2, 32, 32, 4), 1e6, 10, 0, 5, 0, 1, 64);
        RunSummary s = new MlpTrainer(data, cfg, Blas.best()).run(null, null);
        assertEquals(RunStatus.DIVERGED, s.status());
    }

    @Test
    void cancelledRunFreesItsThreadWithinOneSecond() throws Exception {
        DataSplit data = SyntheticData.generate(SyntheticData.Kind.SPIRALS, 2000, 100, 0.05, 1);
        TrainingConfig cfg = new TrainingConfig(new MlpArchitecture(2, 64, 64, 2), 0.01, 1, 0, 100000, 0, 1, 256);
        RunControl control = new RunControl();
        AtomicReference<RunSummary> result = new AtomicReference<>();
        Thread th = new Thread(() -> result.set(new MlpTrainer(data, cfg, Blas.best()).run(null, control)));
        th.start();
        Thread.sleep(200);
        control.pause();
        Thread.sleep(100);
        control.resume();
        Thread.sleep(100);
        long t0 = System.nanoTime();
        control.cancel();
        th.join(1000);
        assertFalse(th.isAlive(), "thread still running after cancel");
        assertTrue((System.nanoTime() - t0) < 1_000_000_000L);
        assertEquals(RunStatus.CANCELLED, result.get().status());
    }

    @Test
    void perturbationAtZeroSigmaIsTheUnperturbedNetAndNoiseHurts() {
        DataSplit data = SyntheticData.generate(SyntheticData.Kind.BLOBS, 400, 200, 0.2, 3);
        TrainingConfig cfg = new TrainingConfig(new MlpArchitecture(2, 32, 4), 0.1, 10, 0, 5, 0, 2, 128);
        MlpTrainer t = new MlpTrainer(data, cfg, Blas.best());
        RunSummary s = t.run(null, null);
        List<PerturbationPoint> pts = Perturbation.run(t, new double[] {0, 3}, 4, 1, null);
        assertEquals(s.last().slope(), pts.get(0).meanSlope(), 1e-9 * s.last().slope());
        assertEquals(0, pts.get(0).sdSlope());
        assertEquals(s.last().testAccuracy(), pts.get(0).meanTestAccuracy());
        assertTrue(pts.get(1).meanTestAccuracy() < pts.get(0).meanTestAccuracy() - 0.1, pts.toString());
        assertTrue(pts.get(1).sdSlope() > 0);
    }
}
