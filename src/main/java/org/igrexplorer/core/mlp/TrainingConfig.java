package org.igrexplorer.core.mlp;

import java.util.ArrayList;
import java.util.List;

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

    /** A run that never measures its sharpness. */
    public TrainingConfig(MlpArchitecture architecture, double learningRate, int batchSize, double mu, int epochs,
            int evalEvery, long seed, int chunk) {
        this(architecture, learningRate, batchSize, mu, epochs, evalEvery, seed, chunk, SharpnessSchedule.NEVER);
    }

    /** @return readable problems with these values (empty when valid) */
    public static List<String> problems(double learningRate, int batchSize, double mu, int epochs, int evalEvery,
            int chunk) {
        List<String> p = new ArrayList<>();
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            p.add("learning rate h must be a positive number");
        }
        if (batchSize < 1) {
            p.add("batch size must be at least 1");
        }
        if (!(mu >= 0) || !Double.isFinite(mu)) {
            p.add("EGR strength mu must be >= 0");
        }
        if (epochs < 0) {
            p.add("epochs must be >= 0");
        }
        if (evalEvery < 0) {
            p.add("evaluation period must be >= 0 steps (0 = once per epoch)");
        }
        if (chunk < 1) {
            p.add("chunk must be at least 1");
        }
        return p;
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
