package org.igrexplorer.cli;

import org.igrexplorer.core.Checks;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.loss.ExampleLoss;
import org.igrexplorer.core.sgd.SgdRun;
import picocli.CommandLine.Option;

/**
 * The data-set options shared by trajectories and sgd-backward-error: the points, the batch size, the seed of the
 * reshuffles and the Monte Carlo samples. Without --points a command runs on its single landscape as before.
 */
public final class SgdOptions {

    @Option(names = "--points", paramLabel = "X:Y,...",
            description = {"a data set of n points x:y, e.g. \"1:0.6,2:1.0,0.5:0.2,1.5:1.1\": the loss becomes",
                "E = (1/n) sum of the per-example losses (the paper's model, or a typed --loss in a, b, x, y)"})
    String points;

    @Option(names = "--batch", paramLabel = "B", description = "SGD batch size, a divisor of n (default: 1)")
    Integer batch;

    @Option(names = "--seed", paramLabel = "S", description = "seed of SGD's reshuffles (default: 1)")
    Long seed;

    @Option(names = "--samples", paramLabel = "N",
            description = "sample paths of the Monte Carlo mean SGD iterate (default: " + SgdRun.DEFAULT_SAMPLES + ")")
    Integer samples;

    /** @return whether a data set was given */
    boolean active() {
        return points != null;
    }

    /**
     * @throws IllegalArgumentException naming the first data-set option given without --points
     */
    void requireNoneWithoutPoints() {
        if (points != null) {
            return;
        }
        String stray = batch != null ? "--batch" : seed != null ? "--seed" : samples != null ? "--samples" : null;
        if (stray != null) {
            throw new IllegalArgumentException(stray + " needs a data set: give --points x:y,...");
        }
    }

    /**
     * @param exampleLoss the per-example loss
     * @return the run: data, batch size (1 by default), seed (1) and samples (256)
     * @throws IllegalArgumentException naming a point list that does not parse (token, point, column), a batch size
     *                                  that does not divide n (listing the divisors) or samples out of range
     */
    SgdRun run(ExampleLoss exampleLoss) {
        DataSet data;
        try {
            data = DataSet.parse(points);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--points: " + e.getMessage(), e);
        }
        int b = batch == null ? 1 : batch;
        String problem = data.batchProblem(b);
        if (problem != null) {
            throw new IllegalArgumentException("--batch: " + problem);
        }
        int s = samples == null ? SgdRun.DEFAULT_SAMPLES : samples;
        Checks.requireRange("--samples", s, SgdRun.MIN_SAMPLES, SgdRun.MAX_SAMPLES);
        return new SgdRun(DataSetLoss.of(exampleLoss, data), b, seed == null ? 1 : seed, s);
    }
}
