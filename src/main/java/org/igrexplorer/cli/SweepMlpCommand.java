package org.igrexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.igrexplorer.core.Checks;
import org.igrexplorer.core.io.MlpCsv;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.RunControl;
import org.igrexplorer.core.mlp.RunStatus;
import org.igrexplorer.core.mlp.RunSummary;
import org.igrexplorer.core.mlp.TrainingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep}: Figure 2 from the command line; a grid of learning rates x widths, one CSV row
 * per run at its maximum test accuracy. {@code --shard i/n} runs only grid cells with index ≡ i
 * (mod n), so a cluster job array can split the grid and concatenate the CSVs (skip the header
 * lines after the first).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        header = "Train a grid of MLPs (--lrs x --widths), one CSV row per run.",
        description = {"Train a grid of MLPs (--lrs x --widths) and write one CSV row per run, taken at its maximum",
                "test accuracy: " + MlpCsv.SUMMARY_HEADER,
                "--shard i/n (0 <= i < n) runs cells i, i+n, i+2n, ... of the grid (row-major: lr outer, width inner)."})
public final class SweepMlpCommand implements Callable<Integer> {

    @Mixin
    MlpDataOptions dataOptions;

    @Option(names = "--lrs", split = ",", required = true, description = "learning rates h")
    List<Double> lrs;

    @Option(names = "--widths", split = ",", required = true, description = "hidden widths")
    List<Integer> widths;

    @Option(names = "--depth", description = "hidden layers (default: ${DEFAULT-VALUE})", defaultValue = "1")
    int depth;

    @Option(names = "--batch", description = "batch size (default: ${DEFAULT-VALUE})", defaultValue = "32")
    int batch;

    @Option(names = "--mu", description = "EGR strength mu (default: ${DEFAULT-VALUE})", defaultValue = "0")
    double mu;

    @Option(names = "--epochs", description = "epochs per run (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int epochs;

    @Option(names = "--eval-every", description = "steps between evaluations; 0 = each epoch (default: ${DEFAULT-VALUE})",
            defaultValue = "0")
    int evalEvery;

    @Option(names = "--seed", description = "seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--shard", description = "i/n: run only this share of the grid (default: ${DEFAULT-VALUE})",
            defaultValue = "0/1")
    String shard;

    @Option(names = "--out", description = "CSV file (default: standard output)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** @return {i, n} */
    static int[] parseShard(String s) {
        String[] p = s.split("/");
        try {
            int i = Integer.parseInt(p[0].trim());
            int n = Integer.parseInt(p[1].trim());
            if (p.length != 2 || n < 1 || i < 0 || i >= n) {
                throw new IllegalArgumentException();
            }
            return new int[] {i, n};
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--shard must be i/n with 0 <= i < n, got " + s);
        }
    }

    /** Most hidden layers. */
    static final int MAX_DEPTH = 64;

    @Override
    public Integer call() throws Exception {
        // every grid value and the output before the first run
        int[] sh = parseShard(shard);
        dataOptions.check();
        List<String> problems = new ArrayList<>();
        if (lrs.isEmpty() || widths.isEmpty()) {
            problems.add("--lrs and --widths need at least one value each");
        }
        for (double lr : lrs) {
            problems.addAll(TrainingConfig.problems(lr, batch, mu, epochs, evalEvery, TrainingConfig.DEFAULT_CHUNK));
        }
        for (int w : widths) {
            problems.add(Checks.range("--widths: a width", w, 1, MlpArchitecture.MAX_WIDTH));
        }
        problems.add(Checks.range("--depth", depth, 0, MAX_DEPTH));
        problems.removeIf(Objects::isNull);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", new LinkedHashSet<>(problems)));
        }
        OutputTarget.check("--out", out);
        DataSplit data = dataOptions.load();
        Blas blas = dataOptions.blas();
        PrintWriter err = spec.commandLine().getErr();
        int total = lrs.size() * widths.size();
        int mine = 0;
        for (int c = 0; c < total; c++) {
            if (c % sh[1] == sh[0]) {
                mine++;
            }
        }
        RunControl control = new RunControl();
        int done = 0;
        int cell = 0;
        try (RowOutput rows = RowOutput.open(out, control, MlpCsv.SUMMARY_HEADER)) {
            grid:
            for (double lr : lrs) {
                for (int w : widths) {
                    if (cell++ % sh[1] != sh[0]) {
                        continue;
                    }
                    MlpArchitecture a = MlpArchitecture.of(data.train().features(), w, depth, data.train().classes());
                    TrainingConfig cfg = new TrainingConfig(a, lr, batch, mu, epochs, evalEvery, seed,
                            TrainingConfig.DEFAULT_CHUNK);
                    long t0 = System.nanoTime();
                    RunSummary s = new MlpTrainer(data, cfg, blas).run(null, control);
                    if (s.status() == RunStatus.CANCELLED) {
                        break grid;
                    }
                    rows.line(MlpCsv.summaryRow(s));
                    done++;
                    err.println(String.format(Locale.ROOT,
                            "run %d/%d (lr %g, width %d, lambda %.4g): %s, max test acc %.4f, R_IG %.3e, %.1f s",
                            done, mine, lr, w, s.lambda(), s.status().description(),
                            s.atMaxTestAccuracy().testAccuracy(), s.atMaxTestAccuracy().rIg(),
                            (System.nanoTime() - t0) * 1e-9));
                    err.flush();
                }
            }
            rows.commit(done < mine ? "cut short: the grid was stopped after " + done + " of " + mine + " runs" : null);
        }
        return 0;
    }
}
