package org.igrexplorer.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.igrexplorer.core.Checks;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.ParamVector;
import org.igrexplorer.core.mlp.TrainingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench-mlp}: the same measurement as the numpy baseline {@code bench/mlp_numpy.py} (one SGD
 * epoch, one full-batch gradient pass, per epoch), ending with the medians on one line.
 */
@Command(name = "bench-mlp", mixinStandardHelpOptions = true,
        header = "Time SGD epochs and full-batch gradients of an MLP, as the numpy baseline does.",
        description = {"Time SGD epochs and full-batch gradient passes (the R_IG computation) of an MLP,",
                "as the numpy baseline bench/mlp_numpy.py does. Last line: epoch_seconds=<median> full_gradient_seconds=<median>"})
public final class BenchMlpCommand implements Callable<Integer> {

    @Mixin
    MlpDataOptions dataOptions;

    @Option(names = "--sizes", description = "layer sizes (default: ${DEFAULT-VALUE})", defaultValue = "784,400,400,400,400,10")
    String sizes;

    @Option(names = "--batch", description = "batch size (default: ${DEFAULT-VALUE})", defaultValue = "32")
    int batch;

    @Option(names = "--lr", description = "learning rate h (default: ${DEFAULT-VALUE})", defaultValue = "0.05")
    double lr;

    @Option(names = "--epochs", description = "epochs (default: ${DEFAULT-VALUE})", defaultValue = "2")
    int epochs;

    @Option(names = "--chunk", description = "rows per chunk of the full-batch pass (default: ${DEFAULT-VALUE})",
            defaultValue = "2048")
    int chunk;

    @Option(names = "--seed", description = "seed (default: ${DEFAULT-VALUE})", defaultValue = "0")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Most timed epochs. */
    static final int MAX_EPOCHS = 1000;

    @Override
    public Integer call() throws Exception {
        Checks.requireRange("--epochs", epochs, 1, MAX_EPOCHS);
        dataOptions.check();
        MlpArchitecture arch = MlpArchitecture.parse(sizes);
        TrainingConfig cfg = new TrainingConfig(arch, lr, batch, 0, epochs, 0, seed, chunk);
        PrintWriter out = spec.commandLine().getOut();
        DataSplit data = dataOptions.load();
        Blas blas = dataOptions.blas();
        MlpTrainer t = new MlpTrainer(data, cfg, blas);
        ParamVector g = new ParamVector(arch);
        out.printf(Locale.ROOT, "# java %s, kernel %s, %d parameters, %d training examples, %d thread(s)%n",
                System.getProperty("java.version"), blas.name(), arch.paramCount(), data.train().size(),
                dataOptions.threads);
        double[] epochS = new double[epochs];
        double[] fullS = new double[epochs];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        double[] epochCpu = new double[epochs];
        double[] fullCpu = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            t.epoch(null, null);
            long t1 = System.nanoTime();
            long c1 = cpu ? mx.getCurrentThreadCpuTime() : 0;
            double loss = t.fullGradient(g, null);
            long t2 = System.nanoTime();
            long c2 = cpu ? mx.getCurrentThreadCpuTime() : 0;
            epochCpu[e] = (c1 - c0) * 1e-9;
            fullCpu[e] = (c2 - c1) * 1e-9;
            double g2 = g.squaredNorm();
            epochS[e] = (t1 - t0) * 1e-9;
            fullS[e] = (t2 - t1) * 1e-9;
            double gflops = (double) arch.flopsPerExample() * t.stepsPerEpoch() * Math.min(batch, data.train().size())
                    / (t1 - t0);
            out.printf(Locale.ROOT,
                    "epoch %d: sgd %.3f s (%.1f GFLOP/s; cpu %.3f s), full gradient %.3f s (cpu %.3f s), E %.4f, "
                            + "R_IG %.4e, slope %.4e%n",
                    e, epochS[e], gflops, epochCpu[e], fullS[e], fullCpu[e], loss, g2 / arch.paramCount(), Math.sqrt(g2));
            out.flush();
        }
        out.printf(Locale.ROOT, "train acc %.4f, test acc %.4f%n", t.lastTrainAccuracy(), t.testAccuracy(null));
        if (cpu && dataOptions.threads == 1) {
            out.printf(Locale.ROOT, "# thread cpu: epoch_cpu_seconds=%.4f full_gradient_cpu_seconds=%.4f%n", median(epochCpu),
                    median(fullCpu));
        }
        out.printf(Locale.ROOT, "epoch_seconds=%.4f full_gradient_seconds=%.4f%n", median(epochS), median(fullS));
        out.flush();
        return 0;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
