package org.igrexplorer.core.mlp;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.igrexplorer.core.mlp.MlpNetwork.Accumulation;

/**
 * A job-owned training run: He-normal initialisation from the seed, SGD (or EGR when µ &gt; 0)
 * over shuffled mini-batches, and full-set evaluations every {@code evalEvery} steps. Not
 * thread-safe: one thread drives it; results leave as immutable {@link MlpMetrics} and
 * {@link RunSummary} records.
 *
 * <p>Steps per epoch are ⌊N / batch⌋ (the remainder of a shuffled epoch is dropped, as in the
 * numpy baseline); a batch larger than N is full-batch gradient descent.
 */
public final class MlpTrainer {

    /** Receives metrics as the run goes; called on the training thread. */
    public interface Listener {
        void onMetrics(MlpMetrics metrics);

        /** Called after every step; keep it cheap. */
        default void onStep(long step, long totalSteps) {
        }
    }

    private final DataSplit data;
    private final TrainingConfig config;
    private final Blas blas;
    private final MlpArchitecture arch;
    private final ParamVector theta;
    private final ParamVector grad;
    private ParamVector hv;
    private final ParamVector evalGrad;
    private final MlpNetwork batchNet;
    private final MlpNetwork chunkNet;
    private final SplittableRandom rng;
    private final int batch;
    private final int[] order;
    private long step;
    private long startNanos;
    private int lastTrainCorrect;

    public MlpTrainer(DataSplit data, TrainingConfig config, Blas blas) {
        this.data = data;
        this.config = config;
        this.blas = blas;
        this.arch = config.architecture();
        int n = data.train().size();
        if (n < 1) {
            throw new IllegalArgumentException("the training set is empty");
        }
        if (arch.inputs() != data.train().features()) {
            throw new IllegalArgumentException("the network takes " + arch.inputs() + " inputs but the data has "
                    + data.train().features() + " features");
        }
        if (arch.classes() != data.train().classes()) {
            throw new IllegalArgumentException("the network has " + arch.classes() + " outputs but the data has "
                    + data.train().classes() + " classes");
        }
        this.batch = Math.min(config.batchSize(), n);
        this.theta = new ParamVector(arch);
        this.grad = new ParamVector(arch);
        this.evalGrad = new ParamVector(arch);
        this.batchNet = new MlpNetwork(arch, batch, blas);
        int big = Math.max(n, data.test().size());
        this.chunkNet = new MlpNetwork(arch, Math.max(1, Math.min(config.chunk(), big)), blas);
        this.rng = new SplittableRandom(config.seed());
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        initialise(theta, rng);
    }

    /** He-normal weights N(0, 2/fan_in), zero biases. @param p Modified. */
    static void initialise(ParamVector p, SplittableRandom rng) {
        MlpArchitecture a = p.architecture();
        for (int l = 0; l < a.layers(); l++) {
            double sd = Math.sqrt(2.0 / a.size(l));
            int n = a.size(l) * a.size(l + 1);
            for (int i = 0; i < n; i++) {
                p.w[l].put(i, (float) (rng.nextGaussian() * sd));
            }
            for (int j = 0; j < a.size(l + 1); j++) {
                p.b[l].put(j, 0f);
            }
        }
    }

    public TrainingConfig config() {
        return config;
    }

    /** @return the live parameters (owned by this trainer; copy before handing them to another thread) */
    public ParamVector parameters() {
        return theta;
    }

    Dataset testSet() {
        return data.test();
    }

    public long step() {
        return step;
    }

    public int stepsPerEpoch() {
        return data.train().size() / batch;
    }

    public long totalSteps() {
        return (long) config.epochs() * stepsPerEpoch();
    }

    /** Shuffles and runs one epoch of steps, checking {@code control} between steps. */
    public void epoch(RunControl control, Listener listener) {
        shuffle();
        int spe = stepsPerEpoch();
        for (int s = 0; s < spe; s++) {
            if (control != null) {
                control.checkpoint();
            }
            stepOn(s * batch);
            if (listener != null) {
                listener.onStep(step, totalSteps());
            }
        }
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** One SGD (or EGR) step on examples order[from .. from+batch-1]. */
    private void stepOn(int from) {
        batchNet.load(data.train(), order, from, batch);
        float scale = 1f / batch;
        float h = (float) config.learningRate();
        if (config.mu() > 0) {
            batchNet.gradient(theta, batch, scale, grad, Accumulation.REPLACE);
            if (hv == null) {
                hv = new ParamVector(arch);
            }
            batchNet.hessianVector(theta, batch, scale, grad, hv, Accumulation.REPLACE);
            blas.saxpy(arch.paramCount(), (float) (-h * 2 * config.mu() / arch.paramCount()), hv.buffer(),
                    theta.buffer());
            blas.saxpy(arch.paramCount(), -h, grad.buffer(), theta.buffer());
        } else {
            batchNet.sgdStep(theta, batch, scale, h);
        }
        step++;
    }

    /** @return the last batch loss (mean over the batch) */
    public double lastBatchLoss() {
        return batchNet.lastLoss();
    }

    /**
     * Full-training-set E and ∇E (chunked; the same cost as an epoch's worth of gradients).
     *
     * @param out Modified: receives ∇E
     * @return E; the train accuracy of the same pass is in {@link #lastTrainAccuracy()}
     */
    public double fullGradient(ParamVector out, RunControl control) {
        return fullGradient(theta, out, control);
    }

    double fullGradient(ParamVector at, ParamVector out, RunControl control) {
        Dataset train = data.train();
        int n = train.size();
        float scale = 1f / n;
        double loss = 0;
        int correct = 0;
        for (int s = 0; s < n; s += chunkNet.capacity()) {
            if (control != null) {
                control.checkpoint();
            }
            int rows = chunkNet.load(train, null, s, Math.min(chunkNet.capacity(), n - s));
            chunkNet.gradient(at, rows, scale, out, s > 0 ? Accumulation.ADD : Accumulation.REPLACE);
            loss += chunkNet.lastLoss();
            correct += chunkNet.lastCorrect();
        }
        lastTrainCorrect = correct;
        return loss;
    }

    /** @return train accuracy of the last {@link #fullGradient} pass */
    public double lastTrainAccuracy() {
        return (double) lastTrainCorrect / data.train().size();
    }

    /** @return accuracy on the test set */
    public double testAccuracy(RunControl control) {
        return accuracy(theta, data.test(), control);
    }

    double accuracy(ParamVector at, Dataset set, RunControl control) {
        int n = set.size();
        if (n == 0) {
            return Double.NaN;
        }
        int correct = 0;
        for (int s = 0; s < n; s += chunkNet.capacity()) {
            if (control != null) {
                control.checkpoint();
            }
            int rows = chunkNet.load(set, null, s, Math.min(chunkNet.capacity(), n - s));
            chunkNet.forward(at, rows, 1f);
            correct += chunkNet.lastCorrect();
        }
        return (double) correct / n;
    }

    /**
     * @return full-set metrics at the current step, with the sharpness when the schedule says it is
     *     due (and the loss is finite)
     */
    public MlpMetrics evaluate(RunControl control) {
        double loss = fullGradient(evalGrad, control);
        double g2 = evalGrad.squaredNorm();
        double test = testAccuracy(control);
        int m = arch.paramCount();
        double sharpness = Double.NaN;
        if (config.sharpness().due(step) && Double.isFinite(loss) && Double.isFinite(g2)) {
            sharpness = measureSharpness(control).sharpness();
        }
        double seconds = startNanos == 0 ? 0 : (System.nanoTime() - startNanos) * 1e-9;
        return new MlpMetrics(step, (double) step / stepsPerEpoch(), loss, g2, g2 / m, Math.sqrt(g2),
                lastTrainAccuracy(), test, config.lambda(), seconds, sharpness);
    }

    /**
     * How far the full-set loss may grow before the run counts as diverged: beyond this factor times
     * the larger of its start and log(classes) (the loss of a uniform guess).
     */
    public static final double DIVERGENCE_GROWTH = 10;

    /**
     * The one divergence rule of training: the loss is no longer finite, or it has grown beyond
     * {@link #DIVERGENCE_GROWTH} × max(E₀, log classes).
     *
     * @param loss        full-set loss now
     * @param initialLoss full-set loss at step 0
     * @param classes     number of classes
     */
    public static boolean diverged(double loss, double initialLoss, int classes) {
        double scale = Math.max(Double.isFinite(initialLoss) ? initialLoss : 0, Math.log(Math.max(2, classes)));
        return !Double.isFinite(loss) || loss > DIVERGENCE_GROWTH * scale;
    }

    /**
     * λ_max(∇²E) now, E the mean loss over the first {@code config().sharpness().examples()} training
     * examples, by {@link Lanczos#DEFAULT} from a start seeded by the run's seed and step.
     */
    public Sharpness.Measurement measureSharpness(RunControl control) {
        return Sharpness.measure(chunkNet, data.train(), config.sharpness().examples(), theta, Lanczos.DEFAULT,
                config.seed() * 1_000_003L + step, control);
    }

    /**
     * Runs all epochs, evaluating at step 0, every {@code evalEvery} steps (0: at each epoch's end),
     * at every step where the sharpness is due, and at the end; stops early when a batch loss is no
     * longer finite or an evaluation finds the run {@linkplain #diverged diverged}.
     *
     * @param control may be null
     * @return the summary; status CANCELLED if {@code control} was cancelled
     */
    public RunSummary run(Listener listener, RunControl control) {
        startNanos = System.nanoTime();
        long period = config.evalEvery() > 0 ? config.evalEvery() : stepsPerEpoch();
        MlpMetrics best = null;
        MlpMetrics last = null;
        boolean full = false;
        RunStatus status = RunStatus.FINISHED;
        double initialLoss = Double.NaN;
        try {
            last = evaluate(control);
            best = last;
            initialLoss = last.loss();
            full = last.trainAccuracy() >= 1.0;
            emit(listener, last);
            long total = totalSteps();
            int spe = stepsPerEpoch();
            outer:
            for (int e = 0; e < config.epochs(); e++) {
                shuffle();
                for (int s = 0; s < spe; s++) {
                    if (control != null) {
                        control.checkpoint();
                    }
                    stepOn(s * batch);
                    if (listener != null) {
                        listener.onStep(step, total);
                    }
                    if (!Double.isFinite(batchNet.lastLoss())) {
                        status = RunStatus.DIVERGED;
                        break outer;
                    }
                    if (step % period == 0 || step == total || config.sharpness().due(step)) {
                        last = evaluate(control);
                        emit(listener, last);
                        if (!last.finite() || diverged(last.loss(), initialLoss,
                                arch.classes())) {
                            status = RunStatus.DIVERGED;
                            break outer;
                        }
                        full |= last.trainAccuracy() >= 1.0;
                        if (last.testAccuracy() > best.testAccuracy()) {
                            best = last;
                        }
                    }
                }
            }
            if (status == RunStatus.DIVERGED && (last == null || last.step() != step)) {
                last = new MlpMetrics(step, (double) step / spe, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, config.lambda(), (System.nanoTime() - startNanos) * 1e-9, Double.NaN);
                emit(listener, last);
            }
        } catch (CancellationException e) {
            status = RunStatus.CANCELLED;
        }
        return new RunSummary(config, best, last, full, status);
    }

    private static void emit(Listener l, MlpMetrics m) {
        if (l != null) {
            l.onMetrics(m);
        }
    }
}
