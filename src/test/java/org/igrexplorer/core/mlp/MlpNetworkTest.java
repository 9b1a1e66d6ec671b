package org.igrexplorer.core.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.igrexplorer.core.mlp.MlpNetwork.Accumulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MlpNetworkTest {

    /** Relative error allowed between float32 derivatives and double finite differences. */
    static final double DERIVATIVE_REL_TOL = 1e-4;
    /** float32 loss against the double reference. */
    static final double LOSS_REL_TOL = 1e-5;
    static final double FD_EPS = 1e-6;

    static final MlpArchitecture TINY = new MlpArchitecture(3, 6, 5, 4);

    static Stream<Blas> kernels() {
        return Stream.of(Blas.best(), Blas.named("java"));
    }

    static Dataset tinyData(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n * 3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 3; f++) {
                x[i * 3 + f] = (float) r.nextGaussian();
            }
            y[i] = r.nextInt(4);
        }
        return new FloatDataset("tiny", x, y, 3, 4);
    }

    static ParamVector randomParams(MlpArchitecture a, long seed) {
        ParamVector p = new ParamVector(a);
        MlpTrainer.initialise(p, new SplittableRandom(seed));
        SplittableRandom r = new SplittableRandom(seed + 1);
        for (int l = 0; l < a.layers(); l++) { // non-zero biases so that they are tested too
            for (int j = 0; j < a.size(l + 1); j++) {
                p.b[l].put(j, (float) (0.1 * r.nextGaussian()));
            }
        }
        return p;
    }

    static double[] toDouble(ParamVector p) {
        double[] d = new double[p.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = p.get(i);
        }
        return d;
    }

    static double relError(ParamVector actual, double[] expected) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < expected.length; i++) {
            num += (actual.get(i) - expected[i]) * (actual.get(i) - expected[i]);
            den += expected[i] * expected[i];
        }
        return Math.sqrt(num / den);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void lossAndGradientMatchIndependentDoubleFiniteDifferences(Blas blas) {
        Dataset d = tinyData(9, 11);
        ParamVector theta = randomParams(TINY, 5);
        MlpNetwork net = new MlpNetwork(TINY, 16, blas);
        net.load(d, null, 0, d.size());
        ParamVector g = new ParamVector(TINY);
        net.gradient(theta, d.size(), 1f / d.size(), g, Accumulation.REPLACE);

        ReferenceMlp ref = ReferenceMlp.of(TINY, d);
        double[] t = toDouble(theta);
        double e = ref.loss(t);
        assertEquals(e, net.lastLoss(), LOSS_REL_TOL * e);
        double[] fd = ref.gradient(t, FD_EPS);
        double rel = relError(g, fd);
        assertTrue(rel < DERIVATIVE_REL_TOL, "gradient relative error " + rel);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void hessianVectorProductMatchesMixedFiniteDifferences(Blas blas) {
        Dataset d = tinyData(7, 3);
        ParamVector theta = randomParams(TINY, 8);
        ParamVector v = randomParams(TINY, 21);
        MlpNetwork net = new MlpNetwork(TINY, 8, blas);
        net.load(d, null, 0, d.size());
        ParamVector hv = new ParamVector(TINY);
        net.hessianVector(theta, d.size(), 1f / d.size(), v, hv, Accumulation.REPLACE);

        ReferenceMlp ref = ReferenceMlp.of(TINY, d);
        double[] expected = ref.hessianVector(toDouble(theta), toDouble(v), 1e-4, 1e-4);
        double rel = relError(hv, expected);
        assertTrue(rel < DERIVATIVE_REL_TOL, "H v relative error " + rel);
        // the H v pass reports the same loss as the gradient pass
        assertEquals(ref.loss(toDouble(theta)), net.lastLoss(), LOSS_REL_TOL * net.lastLoss());
    }

    @Test
    void fullBatchGradientIsTheMeanOfPerExampleGradientsAcrossChunks() {
        Dataset d = tinyData(10, 4);
        ParamVector theta = randomParams(TINY, 9);
        // chunked: capacity 3 -> chunks of 3,3,3,1 accumulated with scale 1/N
        MlpNetwork chunked = new MlpNetwork(TINY, 3, Blas.best());
        ParamVector full = new ParamVector(TINY);
        double loss = 0;
        for (int s = 0; s < d.size(); s += 3) {
            int rows = chunked.load(d, null, s, Math.min(3, d.size() - s));
            chunked.gradient(theta, rows, 1f / d.size(), full, s > 0 ? Accumulation.ADD : Accumulation.REPLACE);
            loss += chunked.lastLoss();
        }
        MlpNetwork single = new MlpNetwork(TINY, 1, Blas.best());
        double[] mean = new double[TINY.paramCount()];
        double meanLoss = 0;
        ParamVector gi = new ParamVector(TINY);
        for (int i = 0; i < d.size(); i++) {
            single.load(d, null, i, 1);
            single.gradient(theta, 1, 1f, gi, Accumulation.REPLACE);
            meanLoss += single.lastLoss() / d.size();
            for (int k = 0; k < mean.length; k++) {
                mean[k] += gi.get(k) / (double) d.size();
            }
        }
        assertEquals(meanLoss, loss, LOSS_REL_TOL * meanLoss);
        double rel = relError(full, mean);
        assertTrue(rel < 1e-5, "chunked gradient vs mean of per-example gradients " + rel);
    }

    @Test
    void hessianVectorProductsAccumulateOverChunks() {
        Dataset d = tinyData(10, 6);
        ParamVector theta = randomParams(TINY, 14);
        ParamVector v = randomParams(TINY, 15);
        MlpNetwork whole = new MlpNetwork(TINY, 10, Blas.best());
        whole.load(d, null, 0, d.size());
        ParamVector expected = new ParamVector(TINY);
        whole.hessianVector(theta, d.size(), 1f / d.size(), v, expected, Accumulation.REPLACE);
        MlpNetwork chunked = new MlpNetwork(TINY, 4, Blas.best());
        ParamVector hv = new ParamVector(TINY);
        hv.setFrom(toFloat(toDouble(v))); // garbage that REPLACE in the first chunk must discard
        for (int s = 0; s < d.size(); s += 4) {
            int rows = chunked.load(d, null, s, Math.min(4, d.size() - s));
            chunked.hessianVector(theta, rows, 1f / d.size(), v, hv, s > 0 ? Accumulation.ADD : Accumulation.REPLACE);
        }
        double rel = relError(hv, toDouble(expected));
        assertTrue(rel < 1e-5, "chunked H v vs one pass " + rel);
    }

    static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    @Test
    void openBlasAndJavaKernelsAgreeOnEveryTransposeCase() {
        Blas fast = Blas.best();
        Blas java = Blas.named("java");
        SplittableRandom r = new SplittableRandom(2);
        int m = 7;
        int n = 5;
        int k = 9;
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                var a = Blas.allocate(m * k);
                var b = Blas.allocate(k * n);
                var c1 = Blas.allocate(m * n);
                var c2 = Blas.allocate(m * n);
                double[][] expected = new double[m][n];
                for (int i = 0; i < m * k; i++) {
                    a.put(i, (float) r.nextGaussian());
                }
                for (int i = 0; i < k * n; i++) {
                    b.put(i, (float) r.nextGaussian());
                }
                for (int i = 0; i < m * n; i++) {
                    float c0 = (float) r.nextGaussian();
                    c1.put(i, c0);
                    c2.put(i, c0);
                    expected[i / n][i % n] = 0.5 * c0;
                }
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        for (int p = 0; p < k; p++) {
                            double av = ta ? a.get(p * m + i) : a.get(i * k + p);
                            double bv = tb ? b.get(j * k + p) : b.get(p * n + j);
                            expected[i][j] += 2.0 * av * bv;
                        }
                    }
                }
                fast.sgemm(ta, tb, m, n, k, 2f, a, ta ? m : k, b, tb ? k : n, 0.5f, c1, n);
                java.sgemm(ta, tb, m, n, k, 2f, a, ta ? m : k, b, tb ? k : n, 0.5f, c2, n);
                for (int i = 0; i < m * n; i++) {
                    assertEquals(expected[i / n][i % n], c1.get(i), 1e-4, fast.name() + " ta=" + ta + " tb=" + tb);
                    assertEquals(expected[i / n][i % n], c2.get(i), 1e-4, "java ta=" + ta + " tb=" + tb);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void fusedSgdStepEqualsThetaMinusHTimesTheGradient(Blas blas) {
        Dataset d = tinyData(8, 12);
        ParamVector theta = randomParams(TINY, 13);
        MlpNetwork net = new MlpNetwork(TINY, 8, blas);
        net.load(d, null, 0, d.size());
        ParamVector g = new ParamVector(TINY);
        net.gradient(theta, d.size(), 1f / d.size(), g, Accumulation.REPLACE);
        float h = 0.3f;
        double[] expected = new double[theta.size()];
        double stepNorm = 0;
        for (int i = 0; i < expected.length; i++) {
            expected[i] = theta.get(i) - h * (double) g.get(i);
            stepNorm += h * h * (double) g.get(i) * g.get(i);
        }
        net.sgdStep(theta, d.size(), 1f / d.size(), h);
        double err = 0;
        for (int i = 0; i < expected.length; i++) {
            err += (theta.get(i) - expected[i]) * (theta.get(i) - expected[i]);
        }
        assertTrue(Math.sqrt(err / stepNorm) < 1e-5, "fused step vs theta - h grad: " + Math.sqrt(err / stepNorm));
    }
}
