package org.igrexplorer.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.ParamVector;
import org.igrexplorer.core.mlp.Sharpness;
import org.igrexplorer.core.mlp.SharpnessSchedule;
import org.igrexplorer.core.mlp.TrainingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench-sharpness}: the cost of one Lanczos iteration (one exact Hessian–vector product over
 * the sharpness examples, plus the reorthogonalisation) as a ratio to one full-batch gradient over the
 * same examples, both measured in the same process, alternately, after a few SGD steps.
 */
@Command(name = "bench-sharpness", mixinStandardHelpOptions = true,
        header = "Time a sharpness measurement (Lanczos) against one full-batch gradient.",
        description = {"Time a sharpness measurement (Lanczos on exact Hessian-vector products) against one full-batch",
                "gradient on the same examples. Last line: gradient_seconds=<median> lanczos_iteration_seconds=<median>",
                "ratio=<median per-round ratio> (wall); the line before it gives the ratio in thread CPU time"})
public final class BenchSharpnessCommand implements Callable<Integer> {

    @Mixin
    MlpDataOptions dataOptions;

    @Option(names = "--sizes", description = "layer sizes (default: ${DEFAULT-VALUE})", defaultValue = "784,64,64,10")
    String sizes;

    @Option(names = "--sharpness-examples", description = "examples of the loss (default: ${DEFAULT-VALUE})",
            defaultValue = "" + SharpnessSchedule.DEFAULT_EXAMPLES)
    int examples;

    @Option(names = "--rounds", description = "alternating rounds (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int rounds;

    @Option(names = "--chunk", description = "rows per chunk of the passes (default: ${DEFAULT-VALUE})",
            defaultValue = "2048")
    int chunk;

    @Option(names = "--seed", description = "seed (default: ${DEFAULT-VALUE})", defaultValue = "0")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be >= 1");
        }
        if (examples < 1) {
            throw new IllegalArgumentException("--sharpness-examples must be >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        DataSplit all = dataOptions.load();
        // the training set is exactly the sharpness examples, so "full batch" means the same examples
        DataSplit data = all.limit(examples, 0);
        Blas blas = dataOptions.blas();
        MlpArchitecture arch = MlpArchitecture.parse(sizes);
        int n = data.train().size();
        TrainingConfig cfg = new TrainingConfig(arch, 0.05, 32, 0, 1, 0, seed, chunk)
                .withSharpness(new SharpnessSchedule(0, n));
        MlpTrainer t = new MlpTrainer(data, cfg, blas);
        t.epoch(null, null); // away from the initialisation
        ParamVector g = new ParamVector(arch);
        t.fullGradient(g, null); // one untimed round: the JIT compiles both paths before the timed ones
        t.measureSharpness(null);
        out.printf(Locale.ROOT, "# java %s, kernel %s, %d parameters, %d examples, %d thread(s)%n",
                System.getProperty("java.version"), blas.name(), arch.paramCount(), n, dataOptions.threads);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        double[] gradS = new double[rounds];
        double[] iterS = new double[rounds];
        double[] ratio = new double[rounds];
        double[] cpuRatio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            t.fullGradient(g, null);
            long t1 = System.nanoTime();
            long c1 = cpu ? mx.getCurrentThreadCpuTime() : 0;
            Sharpness.Measurement s = t.measureSharpness(null);
            long c2 = cpu ? mx.getCurrentThreadCpuTime() : 0;
            gradS[r] = (t1 - t0) * 1e-9;
            iterS[r] = s.seconds() / s.iterations();
            ratio[r] = iterS[r] / gradS[r];
            cpuRatio[r] = cpu ? (c2 - c1) / (double) s.iterations() / Math.max(1, c1 - c0) : Double.NaN;
            out.printf(Locale.ROOT,
                    "round %d: full gradient %.4f s (cpu %.4f s); sharpness %.6g in %d Lanczos iterations, %.3f s, "
                            + "%.4f s per iteration (cpu %.4f s): %.2fx a gradient%n",
                    r, gradS[r], (c1 - c0) * 1e-9, s.sharpness(), s.iterations(), s.seconds(), iterS[r],
                    (c2 - c1) * 1e-9 / s.iterations(), ratio[r]);
            out.flush();
        }
        if (cpu) {
            out.printf(Locale.ROOT, "# thread cpu: lanczos iteration / full gradient = %.2f (median over rounds)%n",
                    BenchMlpCommand.median(cpuRatio));
        }
        out.printf(Locale.ROOT, "gradient_seconds=%.4f lanczos_iteration_seconds=%.4f ratio=%.2f%n",
                BenchMlpCommand.median(gradS), BenchMlpCommand.median(iterS), BenchMlpCommand.median(ratio));
        out.flush();
        return 0;
    }
}
