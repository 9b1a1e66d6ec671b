package org.igrexplorer.core.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.igrexplorer.core.Checks;

/** The parameter-noise experiment of Figure 3, run on a trainer's current parameters. */
public final class Perturbation {

    private Perturbation() {
    }

    /** Told after each perturbed draw has been measured (on the computing thread). */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done  draws measured so far
         * @param total draws in the whole experiment ({@code sigmas.length × samples})
         */
        void onDraw(int done, int total);
    }

    /** Largest perturbation strength σ (the paper's Figure 3 goes to 3). */
    public static final double MAX_SIGMA = 100;
    /** Most draws per σ. */
    public static final int MAX_SAMPLES = 10_000;

    /**
     * @throws IllegalArgumentException naming the first σ or sample count out of range (0 ≤ σ ≤
     *                                  {@value #MAX_SIGMA}, 1 ≤ samples ≤ {@value #MAX_SAMPLES})
     */
    public static void check(double[] sigmas, int samples) {
        if (sigmas.length == 0) {
            throw new IllegalArgumentException("the perturbation study needs at least one sigma");
        }
        for (double sigma : sigmas) {
            Checks.requireRange("sigma", sigma, 0, MAX_SIGMA);
        }
        Checks.requireRange("samples per sigma", samples, 1, MAX_SAMPLES);
    }

    /** As {@link #run(MlpTrainer, double[], int, long, RunControl, Progress)} without progress reports. */
    public static List<PerturbationPoint> run(MlpTrainer trainer, double[] sigmas, int samples, long seed,
            RunControl control) {
        return run(trainer, sigmas, samples, seed, control, null);
    }

    /**
     * For each σ and each of {@code samples} seeded draws, perturbs a copy of the trainer's
     * parameters multiplicatively and measures slope and test accuracy. The trainer's parameters
     * are not modified.
     *
     * @param control may be null
     * @param progress may be null; told after every draw
     */
    public static List<PerturbationPoint> run(MlpTrainer trainer, double[] sigmas, int samples, long seed,
            RunControl control, Progress progress) {
        check(sigmas, samples);
        ParamVector base = trainer.parameters();
        MlpArchitecture arch = base.architecture();
        ParamVector p = new ParamVector(arch);
        ParamVector g = new ParamVector(arch);
        List<PerturbationPoint> out = new ArrayList<>();
        int total = sigmas.length * samples;
        int done = 0;
        for (int si = 0; si < sigmas.length; si++) {
            double sigma = sigmas[si];
            double[] slope = new double[samples];
            double[] acc = new double[samples];
            for (int k = 0; k < samples; k++) {
                SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + k);
                for (int i = 0, n = arch.paramCount(); i < n; i++) {
                    p.set(i, (float) (base.get(i) * (1 + sigma * rng.nextGaussian())));
                }
                trainer.fullGradient(p, g, control);
                slope[k] = Math.sqrt(g.squaredNorm());
                acc[k] = trainer.accuracy(p, trainer.testSet(), control);
                done++;
                if (progress != null) {
                    progress.onDraw(done, total);
                }
            }
            out.add(new PerturbationPoint(sigma, samples, mean(slope), sd(slope), mean(acc), sd(acc)));
        }
        return out;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (0 for one sample). */
    static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
