package org.igrexplorer.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.igrexplorer.core.io.LandscapeCsv;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.Dataset;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpNetwork;
import org.igrexplorer.core.mlp.ParamVector;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mlp-landscape}: train, take snapshots, and write the loss on the path's PCA plane and the projected path. */
@Command(name = "mlp-landscape", mixinStandardHelpOptions = true,
        header = "Train an MLP and compute its loss on the PCA plane of its path.",
        description = {"Train an MLP, keep parameter snapshots, and compute the full-batch loss on the plane",
                "θ_T + α d1 + β d2 of the path's top two principal directions (Li et al. 2018, §7).",
                "Writes the grid (" + LandscapeCsv.GRID_HEADER + ") and the projected path ("
                        + LandscapeCsv.PATH_HEADER + ");",
                "standard error gets progress, the explained variance of d1 and d2, and the grid's time against",
                "one full-batch gradient on the same subset."})
public final class MlpLandscapeCommand implements Callable<Integer> {

    /** Repetitions of the baseline timings (the median is reported). */
    static final int BASELINE_REPEATS = 5;

    @Mixin
    MlpDataOptions dataOptions;

    @Mixin
    MlpLandscapeOptions landscape;

    @Option(names = "--out-grid", required = true, description = "CSV of the loss grid: " + LandscapeCsv.GRID_HEADER)
    Path outGrid;

    @Option(names = "--out-path", required = true, description = "CSV of the projected path: " + LandscapeCsv.PATH_HEADER)
    Path outPath;

    @Option(names = "--out-compare-path", description = "CSV of the --compare-lr run's path on the same plane")
    Path outComparePath;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (outComparePath != null && landscape.compareLr == null) {
            throw new IllegalArgumentException("--out-compare-path needs --compare-lr");
        }
        landscape.settings();
        landscape.workerCount();
        dataOptions.check();
        OutputTarget.check("--out-grid", outGrid);
        OutputTarget.check("--out-path", outPath);
        OutputTarget.check("--out-compare-path", outComparePath);
        DataSplit data = dataOptions.load();
        Blas blas = dataOptions.blas();
        PrintWriter err = spec.commandLine().getErr();
        NetworkLandscape land = landscape.compute(data, blas, err);
        OutputTarget.write(outGrid, w -> LandscapeCsv.writeGrid(w, land.grid()));
        OutputTarget.write(outPath, w -> LandscapeCsv.writePath(w, land.paths().get(0)));
        if (outComparePath != null) {
            OutputTarget.write(outComparePath, w -> LandscapeCsv.writePath(w, land.paths().get(1)));
        }
        err.println(speedReport(land, landscape.run.architecture(), data.train().head(land.subsetSize()),
                blas, landscape.workerCount()));
        err.flush();
        return 0;
    }

    /**
     * The grid's cost against one full-batch gradient and one plain forward pass at θ_T on the same
     * subset, timed here on one thread (median of {@link #BASELINE_REPEATS}). Ratios use CPU time
     * (the grid's summed over its workers), which a busy machine disturbs less than wall time.
     */
    static String speedReport(NetworkLandscape land, MlpArchitecture arch, Dataset subset, Blas blas, int workers) {
        int n = subset.size();
        MlpNetwork net = new MlpNetwork(arch, n, blas);
        net.load(subset, null, 0, n);
        ParamVector theta = new ParamVector(arch);
        theta.setFrom(land.plane().centre());
        ParamVector grad = new ParamVector(arch);
        double gradient = medianCpu(() -> net.gradient(theta, n, 1f / n, grad, MlpNetwork.Accumulation.REPLACE));
        double forward = medianCpu(() -> net.forward(theta, n, 1f / n));
        NetworkLandscape.Timings t = land.timings();
        int cells = land.grid().nAlpha() * land.grid().nBeta();
        return String.format(Locale.ROOT, "speed (CPU time): grid %d×%d = %d cells: %.3f s = %.1f full-batch gradients "
                + "on the %d-example subset (one gradient %.2f ms, one forward pass %.2f ms), %.4f forward passes per "
                + "cell; %d path points %.3f s = %.1f gradients. Wall: grid %.3f s on %d worker(s), PCA %.3f s",
                land.grid().nAlpha(), land.grid().nBeta(), cells, t.gridCpu(), t.gridCpu() / gradient, n,
                gradient * 1e3, forward * 1e3, t.gridCpu() / cells / forward,
                land.paths().stream().mapToInt(p -> p.points().size()).sum(), t.pathCpu(), t.pathCpu() / gradient,
                t.grid(), workers, t.pca());
    }

    /** @return the median CPU seconds of the current thread for {@code r}, after one warm-up */
    private static double medianCpu(Runnable r) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        r.run();
        double[] t = new double[BASELINE_REPEATS];
        for (int k = 0; k < t.length; k++) {
            long t0 = mx.getCurrentThreadCpuTime();
            r.run();
            t[k] = (mx.getCurrentThreadCpuTime() - t0) * 1e-9;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
