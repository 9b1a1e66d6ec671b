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
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.io.CsvExport;
import org.igrexplorer.core.io.TrajectoryJson;
import org.igrexplorer.core.loss.Momentum;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trajectories}: GD and the flows from one start, as CSV. */
@Command(name = "trajectories", mixinStandardHelpOptions = true,
        description = {"Compute gradient descent and the exact, modified (1st and 2nd order) and EGR flows",
                "from (a0, b0) on the paper's model E(a,b) = (y - abx)^2/2, a built-in landscape (--landscape)",
                "or a typed loss (--loss). Flows are sampled at t = step*h.",
                "CSV columns: " + CsvExport.TRAJECTORY_HEADER,
                "JSON (--format json): the parameters and, per method, its status and the same columns as arrays."})
public final class TrajectoriesCommand implements Callable<Integer> {

    @Mixin
    ModelOptions model;

    @Option(names = "--h", description = "learning rate h > 0 (default: the landscape's; 0.05 on the paper's model)")
    Double h;

    @Option(names = "--mu", description = "EGR strength mu >= 0 (default: ${DEFAULT-VALUE})", defaultValue = "0.5")
    double mu;

    @Option(names = "--steps", description = "number of GD steps; flows run to T = steps*h (default: ${DEFAULT-VALUE})",
            defaultValue = "400")
    long steps;

    @Option(names = "--methods", split = ",", description = {"subset of gd,exact,modified,modified2,egr,",
            "momentum,momentum-flow,momentum-modified (default: gd,exact,modified,modified2,egr)"})
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
        RunParameters p = model.parameters(model.learningRate(h), mu, steps);
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
                        + "gd,exact,modified,modified2,egr,momentum,momentum-flow,momentum-modified");
            }
        }
        Momentum.requireBeta(beta);
        long most = maxSteps(chosen.size());
        if (steps > most) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--steps %d needs about %d MB for %d "
                    + "method(s); this Java heap (%d MB) holds at most %d steps: choose fewer steps or methods, or "
                    + "raise the heap (java -Xmx...)", steps, bytesFor(steps, chosen.size()) >> 20, chosen.size(),
                    Runtime.getRuntime().maxMemory() >> 20, most));
        }
        OutputTarget.check("--out", out);
        Map<Method, Trajectory> result = TrajectoryService.computeAll(chosen, p, beta, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        if (fmt.equals("json")) {
            OutputTarget.write(out, w -> TrajectoryJson.write(w, p, result.values()));
        } else {
            OutputTarget.write(out, w -> CsvExport.writeTrajectories(w, p.landscape(), result.values()));
        }
        var msg = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        for (Trajectory t : result.values()) {
            int last = t.lastStep();
            msg.println(String.format(Locale.ROOT, "%-9s %s; end (a, b) = (%.6g, %.6g), E = %.3g",
                    t.method().id(), t.message(), t.a(last), t.b(last), t.loss(last)));
        }
        msg.flush();
        return 0;
    }
}
