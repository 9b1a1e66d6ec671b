package org.igrexplorer.core.mlp;

import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.Checks;

/**
 * One training run: architecture, learning rate h, batch size (1 … full), EGR strength µ (0 =
 * plain SGD on E; µ &gt; 0 descends E + µ R_IG), epochs, evaluation period in steps, seed, and the
 * chunk size of full-set passes, and when to measure the sharpness.
 */
public record TrainingConfig(MlpArchitecture architecture, double learningRate, int batchSize, double mu,
        int epochs, int evalEvery, long seed, int chunk, SharpnessSchedule sharpness) {

    /** Default rows per chunk of a full-set pass (memory: chunk x Σ widths floats, twice). */
    public static final int DEFAULT_CHUNK = 2048;

    public TrainingConfig {
        List<String> p = problems(learningRate, batchSize, mu, epochs, evalEvery, chunk);
        if (sharpness == null) {
            p.add("sharpness schedule missing (SharpnessSchedule.NEVER for none)");
        }
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
    }

    /** Smallest learning rate: training runs in float32, whose normal numbers end at 1.2e-38. */
    public static final double MIN_LEARNING_RATE = 1e-37;
    /** Largest learning rate and EGR strength (far beyond divergence, yet λ = h m/4 stays finite). */
    public static final double MAX_LEARNING_RATE = 1e6;
    public static final double MAX_MU = 1e6;
    /** Largest batch, epochs, evaluation period and chunk. */
    public static final int MAX_BATCH = 1 << 20;
    public static final int MAX_EPOCHS = 1_000_000;
    public static final int MAX_CHUNK = 1 << 16;

    /** A run that never measures its sharpness. */
    public TrainingConfig(MlpArchitecture architecture, double learningRate, int batchSize, double mu, int epochs,
            int evalEvery, long seed, int chunk) {
        this(architecture, learningRate, batchSize, mu, epochs, evalEvery, seed, chunk, SharpnessSchedule.NEVER);
    }

    /** @return readable problems with these values, each naming the value and its range (empty when valid) */
    public static List<String> problems(double learningRate, int batchSize, double mu, int epochs, int evalEvery,
            int chunk) {
        List<String> p = new ArrayList<>();
        add(p, Checks.range("learning rate h (float32)", learningRate, MIN_LEARNING_RATE, MAX_LEARNING_RATE));
        add(p, Checks.range("batch size", batchSize, 1, MAX_BATCH));
        add(p, Checks.range("EGR strength mu", mu, 0, MAX_MU));
        add(p, Checks.range("epochs", epochs, 0, MAX_EPOCHS));
        add(p, Checks.range("evaluation period (steps; 0 = once per epoch)", evalEvery, 0, Integer.MAX_VALUE));
        add(p, Checks.range("chunk", chunk, 1, MAX_CHUNK));
        return p;
    }

    private static void add(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    /** @return λ = h m / 4, the implicit regularisation rate */
    public double lambda() {
        return learningRate * architecture.paramCount() / 4.0;
    }

    public TrainingConfig withLearningRate(double h) {
        return new TrainingConfig(architecture, h, batchSize, mu, epochs, evalEvery, seed, chunk, sharpness);
    }

    public TrainingConfig withArchitecture(MlpArchitecture a) {
        return new TrainingConfig(a, learningRate, batchSize, mu, epochs, evalEvery, seed, chunk, sharpness);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(architecture, learningRate, batchSize, mu, epochs, evalEvery, s, chunk, sharpness);
    }

    public TrainingConfig withSharpness(SharpnessSchedule schedule) {
        return new TrainingConfig(architecture, learningRate, batchSize, mu, epochs, evalEvery, seed, chunk, schedule);
    }
}
