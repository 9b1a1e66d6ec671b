package org.igrexplorer.core.session;

import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.Checks;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.sgd.SgdRun;

/**
 * SGD's settings a session keeps beside a data set: the batch size B, the seed of the reshuffles and the
 * number of Monte Carlo sample paths of the mean iterate.
 *
 * @param batch   B ≥ 1 (a divisor of n where a data set is given: {@link #problems(DataSet)})
 * @param seed    the reshuffles' seed, 0 … {@value #MAX_SEED}
 * @param samples Monte Carlo sample paths, {@value SgdRun#MIN_SAMPLES} … {@value SgdRun#MAX_SAMPLES}
 */
public record SgdSettings(int batch, long seed, int samples) {

    /** The largest seed (what the window's field accepts). */
    public static final long MAX_SEED = Integer.MAX_VALUE;

    /** Batch 1 (plain SGD), seed 3, the default number of samples. */
    public static final SgdSettings DEFAULT = new SgdSettings(1, 3, SgdRun.DEFAULT_SAMPLES);

    /** @throws IllegalArgumentException naming every value out of range */
    public SgdSettings {
        List<String> p = problems(batch, seed, samples);
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
    }

    /** @return one message per value out of range, empty when the settings are usable */
    public static List<String> problems(long batch, long seed, long samples) {
        List<String> out = new ArrayList<>();
        add(out, Checks.range("batch", batch, 1, DataSet.MAX_POINTS));
        add(out, Checks.range("seed", seed, 0, MAX_SEED));
        add(out, Checks.range("samples", samples, SgdRun.MIN_SAMPLES, SgdRun.MAX_SAMPLES));
        return out;
    }

    /** @return null when B divides n of {@code data}, else the message listing the divisors */
    public String problems(DataSet data) {
        return data.batchProblem(batch);
    }

    private static void add(List<String> out, String problem) {
        if (problem != null) {
            out.add(problem);
        }
    }
}
