package org.igrexplorer.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.io.CsvExport;
import org.igrexplorer.core.io.TrajectoryJson;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LossRange;
import org.igrexplorer.core.loss.Momentum;
import org.igrexplorer.core.loss.ThirdOrderLoss;
import org.igrexplorer.core.loss.ExampleLoss;
import org.igrexplorer.core.sgd.MeanIterate;
import org.igrexplorer.core.sgd.SgdRun;
import org.igrexplorer.core.sgd.SgdTrajectories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trajectories}: GD and the flows from one start, as CSV. */
@Command(name = "trajectories", mixinStandardHelpOptions = true,
        header = "Compute gradient descent, the flows and (with --points) SGD as CSV or JSON.",
        description = {"Compute gradient descent and the exact, modified (1st and 2nd order) and EGR flows",
                "from (a0, b0) on the paper's model E(a,b) = (y - abx)^2/2, a built-in landscape (--landscape)",
                "or a typed loss (--loss). Flows are sampled at t = step*h.",
                "With --points the loss is E = (1/n) sum of per-example losses over the data set and the SGD curves",
                "are available: sgd (the first seeded sample path), sgd-mean (the mean iterate over reshuffles: exact",
                "over all n! orders up to the end of the first epoch when n <= 8, after it the mean of --samples",
                "seeded paths) and sgd-modified (the flow of E + (h/4)|grad E|^2 + ((n-B)/(n-1))(h/(4B)) Gamma).",
                "CSV columns: " + CsvExport.TRAJECTORY_HEADER + " (loss: the full-data E); with sgd-mean also se_a,se_b,",
                "the standard errors of the mean (0 where it is exact; empty on the other methods' rows).",
                "JSON (--format json): the parameters and, per method, its status and the same columns as arrays."})
public final class TrajectoriesCommand implements Callable<Integer> {

    @Mixin
    ModelOptions model;

    @Mixin
    SgdOptions data;

    @Option(names = "--h", description = "learning rate h > 0 (default: the landscape's; 0.05 on the paper's model)")
    Double h;

    @Option(names = "--mu", description = "EGR strength mu >= 0 (default: ${DEFAULT-VALUE})", defaultValue = "0.5")
    double mu;

    @Option(names = "--steps", description = "number of GD steps; flows run to T = steps*h (default: ${DEFAULT-VALUE})",
            defaultValue = "400")
    long steps;

    @Option(names = "--methods", split = ",", description = {"subset of gd,exact,modified,modified2,egr,",
            "momentum,momentum-flow,momentum-modified and, with --points, sgd,sgd-mean,sgd-modified",
            "(default: gd,exact,modified,modified2,egr)"})
    List<String> methods;

    @Option(names = "--beta", description = "heavy-ball momentum 0 <= beta <= 0.99 for the momentum methods "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "0.0")
    double beta;

    @Option(names = "--format", description = "csv or json (default: ${DEFAULT-VALUE})", defaultValue = "csv")
    String format;

    @Option(names = "--out", description = "file to write (default: standard output)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Bytes one stored point of one method takes: θ (2 doubles), E and R_IG. */
    static final int BYTES_PER_POINT = 32;
    /** Share of the heap the curves may fill. */
    static final double HEAP_SHARE = 0.5;

    /**
     * @return about the bytes {@code steps} steps of {@code methods} methods need: the finished curves,
     *         plus three copies of the one being recorded (growth and the final copy)
     */
    static long bytesFor(long steps, int methods) {
        return (steps + 1) * BYTES_PER_POINT * (methods + 3L);
    }

    /** @return the most steps this JVM's heap holds for {@code methods} methods */
    static long maxSteps(int methods) {
        long fit = (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE) / (BYTES_PER_POINT * (methods + 3L)) - 1;
        return Math.min(RunParameters.MAX_STEPS, fit);
    }

    @Override
    public Integer call() throws Exception {
        data.requireNoneWithoutPoints();
        SgdRun run = null;
        RunParameters p;
        if (data.active()) {
            ExampleLoss perExample = model.exampleLoss();
            run = data.run(perExample);
            double[] start = model.start(run.loss());
            double rate = h != null ? h : run.loss().defaultLearningRate();
            List<String> problems = RunSettings.problems(start[0], start[1], rate, mu, steps);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            p = new RunParameters(perExample.spec(), new RunSettings(start[0], start[1], rate, mu, (int) steps));
        } else {
            p = model.parameters(model.learningRate(h), mu, steps);
        }
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!fmt.equals("csv") && !fmt.equals("json")) {
            throw new IllegalArgumentException("--format must be csv or json, got '" + format + "'");
        }
        Set<Method> chosen = EnumSet.noneOf(Method.class);
        if (methods == null) {
            chosen.addAll(Method.PAPER);
        } else {
            for (String m : methods) {
                if (!m.isBlank()) {
                    chosen.add(Method.fromId(m));
                }
            }
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("--methods names no method; give some of "
                        + "gd,exact,modified,modified2,egr,momentum,momentum-flow,momentum-modified"
                        + (data.active() ? ",sgd,sgd-mean,sgd-modified" : ""));
            }
        }
        if (!data.active()) {
            for (Method m : chosen) {
                if (m.needsData()) {
                    throw new IllegalArgumentException("the method " + m.id() + " needs a data set: give --points "
                            + "x:y,... (and --batch B)");
                }
            }
        }
        Momentum.requireBeta(beta);
        // the sgd curve keeps its first few sample paths for drawing, the mean its sums and standard errors
        int curves = chosen.size() + (chosen.contains(Method.SGD) ? SgdTrajectories.SHOWN_PATHS - 1 : 0)
                + (chosen.contains(Method.SGD_MEAN) ? 2 : 0);
        long most = maxSteps(curves);
        if (steps > most) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--steps %d needs about %d MB for %d "
                    + "method(s); this Java heap (%d MB) holds at most %d steps: choose fewer steps or methods, or "
                    + "raise the heap (java -Xmx...)", steps, bytesFor(steps, curves) >> 20, chosen.size(),
                    Runtime.getRuntime().maxMemory() >> 20, most));
        }
        OutputTarget.check("--out", out);
        Map<Method, Trajectory> result;
        MeanIterate mean = null;
        if (run != null) {
            SgdTrajectories.SgdResult r = SgdTrajectories.compute(chosen, run, p.run(), beta, RunLimits.DEFAULT,
                    FlowTolerances.DEFAULT);
            result = r.trajectories();
            mean = r.mean().orElse(null);
        } else {
            result = TrajectoryService.computeAll(chosen, p, beta, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        }
        SgdRun sgdRun = run;
        MeanIterate sgdMean = mean;
        // the sharpness column is of the loss the runs descend: on a data set the full-data E
        ThirdOrderLoss descended = run != null ? run.loss() : p.landscape();
        if (fmt.equals("json")) {
            OutputTarget.write(out, w -> TrajectoryJson.write(w, p, result.values(), sgdRun, sgdMean));
        } else if (sgdMean != null) {
            OutputTarget.write(out, w -> CsvExport.writeTrajectories(w, descended, result.values(), sgdMean));
        } else {
            OutputTarget.write(out, w -> CsvExport.writeTrajectories(w, descended, result.values()));
        }
        var msg = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        if (run != null) {
            msg.println(String.format(Locale.ROOT, "data: n = %d points, B = %d (m = %d steps per epoch), seed %d; %s",
                    run.points(), run.batch(), run.batches(), run.seed(),
                    run.loss().minima().map(m -> m.label()).orElse("minima not known in closed form")));
        }
        if (sgdMean != null) {
            msg.println(sgdMean.exactSteps() > 0
                    ? String.format(Locale.ROOT, "sgd-mean: exact over all %d! orders through step %d (the first epoch), "
                    + "then the mean of %d seeded paths (se_a, se_b: its standard errors)", run.points(),
                    sgdMean.exactSteps(), sgdMean.samples())
                    : String.format(Locale.ROOT, "sgd-mean: the mean of %d seeded paths (se_a, se_b: its standard "
                    + "errors; exact enumeration needs n <= %d)", sgdMean.samples(), SgdRun.MAX_EXACT_POINTS));
        }
        // a flat loss is said once, and each curve says it stayed (not "converged at step 0")
        Landscape descends = run != null ? run.loss() : p.landscape();
        LossRange around = LossRange.sample(descends, descends.frame(p.a0(), p.b0()), LossRange.SAMPLES);
        if (around.flat()) {
            msg.println(around.flatSentence());
        }
        for (Trajectory t : result.values()) {
            int last = t.lastStep();
            msg.println(String.format(Locale.ROOT, "%-9s %s; end (a, b) = (%.6g, %.6g), E = %.3g",
                    t.method().id(), t.message(around), t.a(last), t.b(last), t.loss(last)));
        }
        msg.flush();
        return 0;
    }
}
