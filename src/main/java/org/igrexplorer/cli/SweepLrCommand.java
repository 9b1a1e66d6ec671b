package org.igrexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.experiment.LearningRateSweep;
import org.igrexplorer.core.experiment.Statistics;
import org.igrexplorer.core.experiment.SweepPoint;
import org.igrexplorer.core.io.CsvExport;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sweep-lr}: Figure 1b, R_IG/E at convergence of GD against the learning rate. */
@Command(name = "sweep-lr", mixinStandardHelpOptions = true,
        header = "Run gradient descent to convergence for a range of learning rates (Figure 1b).",
        description = {"Run gradient descent to convergence for a range of learning rates (Figure 1b)",
                "and report R_IG/E (x^2(a^2+b^2) on the paper's model) and the sharpness lambda_max at the end,",
                "on the paper's model, a built-in landscape (--landscape) or a typed loss (--loss).",
                "CSV columns: " + CsvExport.SWEEP_HEADER})
public final class SweepLrCommand implements Callable<Integer> {

    @Mixin
    ModelOptions model;

    @Option(names = "--h-from", description = "smallest h (default: ${DEFAULT-VALUE})", defaultValue = "0.01")
    double hFrom;

    @Option(names = "--h-to", description = "largest h (default: ${DEFAULT-VALUE})", defaultValue = "0.3")
    double hTo;

    @Option(names = "--count", description = "number of learning rates (default: ${DEFAULT-VALUE})", defaultValue = "40")
    int count;

    @Option(names = "--log", description = "space the learning rates logarithmically instead of linearly")
    boolean log;

    @Option(names = "--max-steps", description = "step budget per learning rate (default: ${DEFAULT-VALUE})",
            defaultValue = "2000000")
    int maxSteps;

    @Option(names = "--out", description = "CSV file to write (default: standard output)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static long count(List<SweepPoint> points, TrajectoryStatus status) {
        return points.stream().filter(p -> p.status() == status).count();
    }

    @Override
    public Integer call() throws Exception {
        RunParameters p0 = model.parameters(1, 0, 1);
        List<String> problems = new ArrayList<>();
        if (!Double.isFinite(hFrom) || hFrom <= 0) {
            problems.add("--h-from must be a finite number > 0, got " + hFrom);
        }
        if (!Double.isFinite(hTo) || hTo <= 0) {
            problems.add("--h-to must be a finite number > 0, got " + hTo);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (hTo < hFrom) {
            throw new IllegalArgumentException("--h-to (" + hTo + ") must not be below --h-from (" + hFrom + ")");
        }
        if (count < 1 || count > 100_000) {
            throw new IllegalArgumentException("--count must be between 1 and 100000, got " + count);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("--max-steps must be ≥ 1, got " + maxSteps);
        }
        OutputTarget.check("--out", out);
        double[] hs = log ? Statistics.logSpace(hFrom, hTo, count) : Statistics.linSpace(hFrom, hTo, count);
        Progress progress = new Progress(spec.commandLine().getErr(), "learning rates");
        List<SweepPoint> points = LearningRateSweep.run(p0.landscape(), p0.a0(), p0.b0(), hs, maxSteps,
                LearningRateSweep.DEFAULT_LIMITS, progress::report);
        OutputTarget.write(out, w -> CsvExport.writeSweep(w, points));
        var msg = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        msg.println(String.format(Locale.ROOT, "%d learning rates: %d converged, %d ricocheted to another part of the "
                        + "minima, %d diverged, %d stopped at a saddle point, %d hit the step limit", points.size(),
                count(points, TrajectoryStatus.CONVERGED), count(points, TrajectoryStatus.RICOCHET),
                count(points, TrajectoryStatus.DIVERGED), count(points, TrajectoryStatus.SADDLE),
                count(points, TrajectoryStatus.STEP_LIMIT)));
        msg.flush();
        return 0;
    }
}
