package org.igrexplorer.core.sgd;

import java.util.Objects;
import org.igrexplorer.core.Checks;
import org.igrexplorer.core.loss.DataSetLoss;

/**
 * What SGD with random reshuffling needs beyond a run's start, h and steps: the data-set loss, the batch size B
 * (a divisor of n; each epoch is cut into m = n/B batches), the seed of the permutations and the number of
 * sample paths the Monte Carlo mean iterate averages. Validated on construction.
 *
 * @param loss    E = (1/n) Σ ℓ_i on the data set
 * @param batch   B, a divisor of n
 * @param seed    seed of sample path 0; path k uses a stream derived from it ({@link Sgd#generator})
 * @param samples sample paths of the Monte Carlo mean, {@value #MIN_SAMPLES} … {@value #MAX_SAMPLES}
 */
public record SgdRun(DataSetLoss loss, int batch, long seed, int samples) {

    /** Sample paths of the Monte Carlo mean by default. */
    public static final int DEFAULT_SAMPLES = 256;
    /** The fewest sample paths (a standard error needs two). */
    public static final int MIN_SAMPLES = 2;
    /** The most sample paths. */
    public static final int MAX_SAMPLES = 100_000;
    /** The largest n whose first epoch is averaged exactly over all n! orders. */
    public static final int MAX_EXACT_POINTS = 8;

    /**
     * @throws IllegalArgumentException for a batch size that does not divide n (listing the divisors) or a number
     *                                  of samples out of range
     */
    public SgdRun {
        Objects.requireNonNull(loss, "loss");
        loss.data().requireBatch(batch);
        Checks.requireRange("samples", samples, MIN_SAMPLES, MAX_SAMPLES);
    }

    /** @return a run with the default number of samples */
    public static SgdRun of(DataSetLoss loss, int batch, long seed) {
        return new SgdRun(loss, batch, seed, DEFAULT_SAMPLES);
    }

    /** @return n, the number of points */
    public int points() {
        return loss.size();
    }

    /** @return m = n/B, the steps of one epoch */
    public int batches() {
        return loss.size() / batch;
    }

    /** @return whether the first epoch's mean iterate is exact (n ≤ {@value #MAX_EXACT_POINTS}) */
    public boolean exactFirstEpoch() {
        return loss.size() <= MAX_EXACT_POINTS;
    }
}
