package org.igrexplorer.core.sgd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryRecorder;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import org.igrexplorer.core.dynamics.VectorFields;
import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.loss.Landscape;

/**
 * Stochastic gradient descent with random reshuffling (Smith, Dherin, Barrett, De, ICLR 2021): each epoch a
 * uniformly random permutation of the n points, cut into m = n/B batches; step θ ← θ − h∇Ê_k with Ê_k the mean
 * loss of batch k. Sample paths are seeded (path k of a seed is the same on every machine); the mean iterate is
 * exact over all orders of the first epoch when n ≤ {@value SgdRun#MAX_EXACT_POINTS} (enumerated) and a Monte
 * Carlo mean over seeded paths after it: the exact mean over e epochs would need n!^e paths.
 */
public final class Sgd {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Sgd() {
    }

    /**
     * @param seed   the run's seed
     * @param sample the path's number, ≥ 0
     * @return the generator of the permutations of sample path {@code sample} (path 0 uses the seed itself)
     */
    public static SplittableRandom generator(long seed, int sample) {
        return new SplittableRandom(seed + GOLDEN * sample);
    }

    /**
     * Writes a uniformly random permutation of 0 … n − 1 into {@code order} (Fisher–Yates from the identity).
     *
     * @param order receives the permutation, length n. Modified.
     * @param rnd   the generator. Advanced.
     */
    public static void shuffle(int[] order, SplittableRandom rnd) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /**
     * One seeded SGD path: θ_0 = start and {@code steps} steps, a new permutation every m steps.
     *
     * @param run    data, batch size and seed
     * @param start  θ_0. Not modified.
     * @param h      learning rate, h &gt; 0
     * @param steps  number of steps
     * @param sample the path's number (0 is the run's first path, the {@code sgd} curve)
     * @param limits divergence, convergence and domain rules (convergence: ‖∇E‖ of the full data)
     * @return the iterates with E and R_IG of the full-data loss, and their status
     */
    public static Trajectory path(SgdRun run, double[] start, double h, int steps, int sample, RunLimits limits) {
        DataSetLoss loss = run.loss();
        TrajectoryRecorder rec = new TrajectoryRecorder(Method.SGD, h, loss, VectorFields.gradientFlow(loss), limits,
                steps);
        if (!rec.acceptStart(start)) {
            return rec.finish();
        }
        PathStepper stepper = new PathStepper(run, start, h, sample);
        for (int k = 1; k <= steps; k++) {
            if (!rec.accept(stepper.step())) {
                break;
            }
        }
        return rec.finish();
    }

    /** Advances one seeded path step by step. */
    private static final class PathStepper {
        private final DataSetLoss loss;
        private final int batch;
        private final double h;
        private final SplittableRandom rnd;
        private final int[] order;
        private final double[] theta;
        private final double[] g = new double[Landscape.M];
        private int position;

        PathStepper(SgdRun run, double[] start, double h, int sample) {
            this.loss = run.loss();
            this.batch = run.batch();
            this.h = h;
            this.rnd = generator(run.seed(), sample);
            this.order = new int[loss.size()];
            this.theta = start.clone();
            this.position = order.length;
        }

        /** @return θ after one more step (the internal array: copy to keep) */
        double[] step() {
            if (position == order.length) {
                shuffle(order, rnd);
                position = 0;
            }
            loss.batchGradient(order, position, position + batch, theta, g);
            position += batch;
            theta[0] -= h * g[0];
            theta[1] -= h * g[1];
            return theta;
        }
    }

    /**
     * The mean iterate at steps 0 … m of the first epoch, exactly: the average over all n! orders, enumerated as
     * the n!/(B!)^m ordered partitions into batches (each stands for (B!)^m orders, so the averages agree), sharing
     * every prefix's steps.
     *
     * @param loss  E on at most {@value SgdRun#MAX_EXACT_POINTS} points
     * @param batch B, a divisor of n
     * @param start θ_0. Not modified.
     * @param h     learning rate
     * @return m + 1 points {a, b}; non-finite where some order diverged
     * @throws IllegalArgumentException for more than {@value SgdRun#MAX_EXACT_POINTS} points or a bad batch size
     */
    public static double[][] exactFirstEpoch(DataSetLoss loss, int batch, double[] start, double h) {
        int n = loss.size();
        if (n > SgdRun.MAX_EXACT_POINTS) {
            throw new IllegalArgumentException("the exact mean over all n! orders needs n ≤ " + SgdRun.MAX_EXACT_POINTS
                    + " points, got n = " + n);
        }
        loss.data().requireBatch(batch);
        int m = n / batch;
        List<Integer> subsets = new ArrayList<>();
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) == batch) {
                subsets.add(mask);
            }
        }
        int[] masks = subsets.stream().mapToInt(Integer::intValue).toArray();
        double[][] sums = new double[m + 1][Landscape.M];
        long[] counts = new long[m + 1];
        Enumeration e = new Enumeration(loss, batch, h, masks, sums, counts, start);
        e.descend(0, (1 << n) - 1, start.clone());
        double[][] out = new double[m + 1][];
        for (int k = 0; k <= m; k++) {
            out[k] = new double[] {start[0] + sums[k][0] / counts[k], start[1] + sums[k][1] / counts[k]};
        }
        out[0] = start.clone();
        return out;
    }

    /** Depth-first walk over the ordered partitions; sums θ − θ_0 (small numbers: no loss of precision). */
    private record Enumeration(DataSetLoss loss, int batch, double h, int[] masks, double[][] sums, long[] counts,
                               double[] start) {

        void descend(int depth, int remaining, double[] theta) {
            sums[depth][0] += theta[0] - start[0];
            sums[depth][1] += theta[1] - start[1];
            counts[depth]++;
            if (remaining == 0) {
                return;
            }
            int n = loss.size();
            double[][] g = new double[n][Landscape.M];
            for (int i = 0; i < n; i++) {
                if ((remaining & (1 << i)) != 0) {
                    loss.example(i).gradient(theta, g[i]);
                }
            }
            for (int mask : masks) {
                if ((mask & ~remaining) != 0) {
                    continue;
                }
                double g0 = 0;
                double g1 = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        g0 += g[i][0];
                        g1 += g[i][1];
                    }
                }
                descend(depth + 1, remaining & ~mask,
                        new double[] {theta[0] - h * g0 / batch, theta[1] - h * g1 / batch});
            }
        }
    }

    /**
     * The mean SGD iterate over reshuffles with its standard error: exact over all orders up to the end of the
     * first epoch when n ≤ {@value SgdRun#MAX_EXACT_POINTS}, and after it (or from the start, for larger n) the
     * mean of {@link SgdRun#samples()} seeded paths (path k from {@link #generator}(seed, k)).
     *
     * @param run    data, batch size, seed and samples
     * @param start  θ_0. Not modified.
     * @param h      learning rate
     * @param steps  number of steps
     * @param limits divergence, convergence and domain rules for the mean (a path that diverges ends the mean
     *               there, with a message naming it)
     * @return the mean iterate with standard errors
     */
    public static MeanIterate mean(SgdRun run, double[] start, double h, int steps, RunLimits limits) {
        double[][] exact = run.exactFirstEpoch()
                ? exactFirstEpoch(run.loss(), run.batch(), start, h) : new double[][] {start.clone()};
        return mean(run, start, h, steps, limits, exact);
    }

    /**
     * The Monte Carlo mean of {@link SgdRun#samples()} seeded paths at every step, also in the first epoch (to
     * compare with the exact mean there).
     *
     * @return the mean iterate with standard errors (exact only at step 0)
     */
    public static MeanIterate monteCarloMean(SgdRun run, double[] start, double h, int steps, RunLimits limits) {
        return mean(run, start, h, steps, limits, new double[][] {start.clone()});
    }

    private static MeanIterate mean(SgdRun run, double[] start, double h, int steps, RunLimits limits,
                                    double[][] exact) {
        DataSetLoss loss = run.loss();
        int samples = run.samples();
        int exactSteps = Math.min(steps, exact.length - 1);
        // Welford's running mean and sum of squared deviations of θ − θ_0, per step
        double[] mean = new double[2 * (steps + 1)];
        double[] m2 = new double[2 * (steps + 1)];
        int valid = steps;
        String failure = null;
        double bound = limits.divergenceBound();
        if (steps > exactSteps) {
            for (int s = 0; s < samples; s++) {
                PathStepper p = new PathStepper(run, start, h, s);
                for (int k = 1; k <= valid; k++) {
                    double[] th = p.step();
                    if (!Double.isFinite(th[0]) || !Double.isFinite(th[1]) || Math.hypot(th[0], th[1]) > bound) {
                        if (k - 1 < valid) {
                            valid = k - 1;
                            failure = String.format(Locale.ROOT, "sample path %d diverged at step %d: the mean iterate "
                                    + "ends at step %d", s, k, valid);
                        }
                        break;
                    }
                    for (int i = 0; i < 2; i++) {
                        double d = th[i] - start[i];
                        int j = 2 * k + i;
                        double delta = d - mean[j];
                        mean[j] += delta / (s + 1);
                        m2[j] += delta * (d - mean[j]);
                    }
                }
            }
        }
        TrajectoryRecorder rec = new TrajectoryRecorder(Method.SGD_MEAN, h, loss, VectorFields.gradientFlow(loss),
                limits, steps);
        if (!rec.acceptStart(start)) {
            return new MeanIterate(rec.finish(), new double[1], new double[1], 0, samples);
        }
        int last = 0;
        for (int k = 1; k <= steps; k++) {
            double[] th = k <= exactSteps ? exact[k]
                    : k <= valid ? new double[] {start[0] + mean[2 * k], start[1] + mean[2 * k + 1]} : null;
            if (th == null) {
                rec.fail(TrajectoryStatus.DIVERGED, failure);
                break;
            }
            if (!rec.accept(th)) {
                break;
            }
            last = k;
        }
        Trajectory t = rec.finish();
        double[] seA = new double[t.size()];
        double[] seB = new double[t.size()];
        double norm = Math.sqrt((double) samples * (samples - 1));
        for (int k = exactSteps + 1; k < t.size() && k <= last; k++) {
            seA[k] = Math.sqrt(m2[2 * k]) / norm;
            seB[k] = Math.sqrt(m2[2 * k + 1]) / norm;
        }
        return new MeanIterate(t, seA, seB, Math.min(exactSteps, t.lastStep()), samples);
    }
}
