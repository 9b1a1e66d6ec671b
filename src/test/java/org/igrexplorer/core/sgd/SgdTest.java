package org.igrexplorer.core.sgd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.igrexplorer.core.dynamics.GradientDescent;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import org.igrexplorer.core.experiment.Statistics;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.loss.ExampleLoss;
import org.junit.jupiter.api.Test;

class SgdTest {

    private static final DataSet FOUR = DataSet.preset("four").data();
    private static final double[] START = {1.5, 0.5};
    /** Sums in another order. */
    private static final double ROUNDING = 1e-12;

    @Test
    void pathsAreSeededAndWithTheFullBatchTheyAreGd() {
        SgdRun run = SgdRun.of(DataSetLoss.paper(FOUR), 1, 3);
        Trajectory p = Sgd.path(run, START, 0.05, 40, 0, RunLimits.DEFAULT);
        Trajectory q = Sgd.path(run, START, 0.05, 40, 0, RunLimits.DEFAULT);
        assertEquals(Method.SGD, p.method());
        assertEquals(41, p.size());
        for (int n = 0; n < p.size(); n++) {
            assertEquals(0, p.distanceTo(q, n), 0, "same seed, same path");
        }
        Trajectory other = Sgd.path(run, START, 0.05, 40, 1, RunLimits.DEFAULT);
        assertNotEquals(p.a(40), other.a(40), "another sample path");
        Trajectory seed4 = Sgd.path(SgdRun.of(run.loss(), 1, 4), START, 0.05, 40, 0, RunLimits.DEFAULT);
        assertNotEquals(p.a(40), seed4.a(40), "another seed");
        // B = n: every step uses the whole data set, so SGD is GD
        Trajectory full = Sgd.path(SgdRun.of(run.loss(), 4, 3), START, 0.05, 40, 0, RunLimits.DEFAULT);
        Trajectory gd = GradientDescent.run(run.loss(), START, 0.05, 40, RunLimits.DEFAULT);
        for (int n = 0; n < gd.size(); n++) {
            assertEquals(0, full.distanceTo(gd, n), ROUNDING, "SGD with B = n is GD at step " + n);
        }
        // loss column: the full-data E
        assertEquals(run.loss().value(p.theta(17)), p.loss(17), 0);
    }

    @Test
    void eachEpochVisitsEveryPointOnceInAUniformlyRandomOrder() {
        // one step per point with B = 1 from a start where each point's step is distinct: recover the orders
        SplittableRandom rnd = Sgd.generator(5, 0);
        int[] order = new int[4];
        Map<String, Integer> counts = new HashMap<>();
        int draws = 24_000;
        for (int k = 0; k < draws; k++) {
            Sgd.shuffle(order, rnd);
            int[] sorted = order.clone();
            java.util.Arrays.sort(sorted);
            assertArrayEquals(new int[] {0, 1, 2, 3}, sorted, "a permutation");
            counts.merge(java.util.Arrays.toString(order), 1, Integer::sum);
        }
        assertEquals(24, counts.size(), "all 4! orders occur");
        // each order ~ Binomial(24000, 1/24): mean 1000, sd 31; 5 sd either side
        for (int c : counts.values()) {
            assertTrue(Math.abs(c - 1000) < 5 * 31, "order count " + c);
        }
    }

    /** Every one of the n! orders run as plain SGD, averaged: the independent reference of the enumeration. */
    private static double[][] bruteForce(DataSetLoss loss, int batch, double[] start, double h) {
        int n = loss.size();
        int m = n / batch;
        double[][] sum = new double[m + 1][2];
        int[] count = {0};
        permute(new int[n], new boolean[n], 0, perm -> {
            double[] th = start.clone();
            sum[0][0] += th[0];
            sum[0][1] += th[1];
            for (int k = 0; k < m; k++) {
                double g0 = 0;
                double g1 = 0;
                for (int j = k * batch; j < (k + 1) * batch; j++) {
                    double[] g = new double[2];
                    loss.example(perm[j]).gradient(th, g);
                    g0 += g[0];
                    g1 += g[1];
                }
                th = new double[] {th[0] - h * g0 / batch, th[1] - h * g1 / batch};
                sum[k + 1][0] += th[0];
                sum[k + 1][1] += th[1];
            }
            count[0]++;
        });
        for (double[] s : sum) {
            s[0] /= count[0];
            s[1] /= count[0];
        }
        return sum;
    }

    private static void permute(int[] perm, boolean[] used, int k, java.util.function.Consumer<int[]> visit) {
        if (k == perm.length) {
            visit.accept(perm);
            return;
        }
        for (int i = 0; i < perm.length; i++) {
            if (!used[i]) {
                used[i] = true;
                perm[k] = i;
                permute(perm, used, k + 1, visit);
                used[i] = false;
            }
        }
    }

    @Test
    void theExactFirstEpochIsTheAverageOverAllOrders() {
        DataSet six = DataSet.parse("1:0.6,2:1.0,0.5:0.2,1.5:1.1,0.8:0.3,1.2:0.9");
        for (DataSetLoss loss : new DataSetLoss[] {DataSetLoss.paper(FOUR), DataSetLoss.paper(six),
            DataSetLoss.of(ExampleLoss.typed("(y - a*b*x)^2/2 + 0.05*(a - x)^4"), FOUR)}) {
            for (int batch : loss.data().divisors()) {
                double[][] exact = Sgd.exactFirstEpoch(loss, batch, START, 0.08);
                double[][] ref = bruteForce(loss, batch, START, 0.08);
                assertEquals(ref.length, exact.length);
                for (int k = 0; k < ref.length; k++) {
                    assertArrayEquals(ref[k], exact[k], ROUNDING, "n = " + loss.size() + ", B = " + batch + ", step " + k);
                }
            }
        }
    }

    /**
     * The Monte Carlo mean of N seeded paths errs from the exact mean by about σ/sqrt(N): over 16 seeds the RMS error
     * at the end of the first epoch falls with slope −1/2 in N (log–log, ±0.15) and agrees with the reported
     * standard error (ratio within [0.6, 1.5]: 16 seeds estimate an RMS to about ±25 %).
     */
    @Test
    void theMonteCarloMeanConvergesToTheExactMeanAtTheRateOneOverSqrtSamples() {
        DataSetLoss loss = DataSetLoss.paper(FOUR);
        double h = 0.1;
        int batch = 1;
        int m = 4;
        double[] exact = Sgd.exactFirstEpoch(loss, batch, START, h)[m];
        int[] sizes = {64, 256, 1024, 4096};
        int seeds = 16;
        double[] rms = new double[sizes.length];
        double[] ns = new double[sizes.length];
        for (int j = 0; j < sizes.length; j++) {
            double s2 = 0;
            double se2 = 0;
            for (int seed = 0; seed < seeds; seed++) {
                SgdRun run = new SgdRun(loss, batch, 1000L * seed + 7, sizes[j]);
                MeanIterate mc = Sgd.monteCarloMean(run, START, h, m, RunLimits.DEFAULT);
                double da = mc.mean().a(m) - exact[0];
                double db = mc.mean().b(m) - exact[1];
                s2 += da * da + db * db;
                se2 += mc.seA(m) * mc.seA(m) + mc.seB(m) * mc.seB(m);
            }
            rms[j] = Math.sqrt(s2 / seeds);
            ns[j] = sizes[j];
            double ratio = rms[j] / Math.sqrt(se2 / seeds);
            assertTrue(ratio > 0.6 && ratio < 1.5, "RMS error / standard error = " + ratio + " at N = " + sizes[j]);
        }
        double slope = Statistics.logLogSlope(ns, rms);
        assertEquals(-0.5, slope, 0.15, "log–log slope of the RMS error against samples");
    }

    @Test
    void theMeanIsExactThroughTheFirstEpochAndMonteCarloAfter() {
        SgdRun run = new SgdRun(DataSetLoss.paper(FOUR), 2, 3, 300);
        double h = 0.05;
        MeanIterate mean = Sgd.mean(run, START, h, 10, RunLimits.DEFAULT);
        double[][] exact = Sgd.exactFirstEpoch(run.loss(), 2, START, h);
        assertEquals(2, mean.exactSteps());
        assertEquals(Method.SGD_MEAN, mean.mean().method());
        assertEquals(11, mean.mean().size());
        for (int k = 0; k <= 2; k++) {
            assertArrayEquals(exact[k], mean.mean().theta(k), 0, "exact at step " + k);
            assertEquals(0, mean.seA(k), 0);
            assertTrue(mean.isExact(k));
        }
        for (int k = 3; k <= 10; k++) {
            assertTrue(mean.seA(k) > 0 && mean.seB(k) > 0, "Monte Carlo standard error at step " + k);
            assertTrue(!mean.isExact(k));
        }
        // eight points is still exact; nine points is Monte Carlo from the start
        DataSet nine = DataSet.random(9, 0.6, 0.3, 2);
        MeanIterate mc = Sgd.mean(new SgdRun(DataSetLoss.paper(nine), 3, 1, 64), START, h, 6, RunLimits.DEFAULT);
        assertEquals(0, mc.exactSteps());
        assertTrue(mc.seA(1) > 0);
    }

    @Test
    void aDivergingSamplePathEndsTheMeanWithAMessageNamingIt() {
        SgdRun run = new SgdRun(DataSetLoss.paper(FOUR), 1, 3, 16);
        MeanIterate mean = Sgd.mean(run, new double[] {2.8, 3.5}, 2.0, 200, RunLimits.DEFAULT);
        assertEquals(TrajectoryStatus.DIVERGED, mean.mean().status());
        assertTrue(mean.mean().message().contains("diverged"), mean.mean().message());
        Trajectory p = Sgd.path(run, new double[] {2.8, 3.5}, 2.0, 200, 0, RunLimits.DEFAULT);
        assertEquals(TrajectoryStatus.DIVERGED, p.status());
    }
}
