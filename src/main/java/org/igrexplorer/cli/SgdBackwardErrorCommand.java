package org.igrexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.igrexplorer.core.Checks;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.experiment.ErrorStudy;
import org.igrexplorer.core.experiment.Statistics;
import org.igrexplorer.core.io.CsvExport;
import org.igrexplorer.core.loss.Hessians;
import org.igrexplorer.core.sgd.SgdBackwardError;
import org.igrexplorer.core.sgd.SgdRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sgd-backward-error}: SGD's one-epoch error against the flows of E, GD's Ẽ and Ẽ_SGD, with fitted slopes. */
@Command(name = "sgd-backward-error", mixinStandardHelpOptions = true,
        description = {"SGD's backward error after one epoch on a data set (--points, n <= 8).",
                "For each h: the distance between the exact mean SGD iterate over all n! orders after m = n/B "
                        + "steps and the flows, at t = m*h, of E, of GD's modified loss E + (h/4)|grad E|^2 and of "
                        + "SGD's E + (h/4)|grad E|^2 + ((n-B)/(n-1))(h/(4B)) Gamma, "
                        + "Gamma = (1/n) sum |grad l_i - grad E|^2.",
                "Prints the fitted log-log slopes (expected 2, 2 and 3 when Gamma != 0; 2, 3, 3 for B = n).",
                "Without --h-from/--h-to, h*lambda_max at the start runs over [1e-3, 1e-2].",
                "CSV columns: " + CsvExport.SGD_ERROR_HEADER})
public final class SgdBackwardErrorCommand implements Callable<Integer> {

    /** A range reaching beyond this multiple of the default top h*lambda_max gets a note. */
    static final double ASYMPTOTIC_FACTOR = 10;

    @Mixin
    ModelOptions model;

    @Mixin
    SgdOptions data;

    @Option(names = "--h-from", description = "smallest h (default: 1e-3/lambda_max at the start)")
    Double hFrom;

    @Option(names = "--h-to", description = "largest h (default: 1e-2/lambda_max at the start)")
    Double hTo;

    @Option(names = "--count", description = "number of learning rates, log-spaced (default: ${DEFAULT-VALUE})",
            defaultValue = "" + SgdBackwardError.DEFAULT_COUNT)
    int count;

    @Option(names = "--out", description = "CSV file to write (default: standard output)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!data.active()) {
            throw new IllegalArgumentException("sgd-backward-error needs a data set: give --points x:y,... (n <= "
                    + SgdRun.MAX_EXACT_POINTS + ")");
        }
        SgdRun run = data.run(model.exampleLoss());
        if (run.points() > SgdRun.MAX_EXACT_POINTS) {
            throw new IllegalArgumentException("--points: the exact mean over all n! orders needs n <= "
                    + SgdRun.MAX_EXACT_POINTS + " points, got n = " + run.points());
        }
        double[] start = model.start(run.loss());
        List<String> problems = new ArrayList<>();
        for (String p : new String[] {
            hFrom == null ? null : Checks.range("--h-from", hFrom, Double.MIN_NORMAL, 10),
            hTo == null ? null : Checks.range("--h-to", hTo, Double.MIN_NORMAL, 10),
            Checks.range("--count", count, 2, 1000)}) {
            if (p != null) {
                problems.add(p);
            }
        }
        if ((hFrom == null) != (hTo == null)) {
            problems.add("give both --h-from and --h-to, or neither (then h*lambda_max runs over [1e-3, 1e-2])");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (hFrom != null && hTo < hFrom) {
            throw new IllegalArgumentException("--h-to (" + hTo + ") must not be below --h-from (" + hFrom + ")");
        }
        OutputTarget.check("--out", out);
        ErrorStudy study;
        String range;
        String note = null;
        if (hFrom != null) {
            study = SgdBackwardError.study(run.loss(), run.batch(), start, Statistics.logSpace(hFrom, hTo, count));
            double ell = Hessians.spectralRadius(run.loss(), start);
            range = String.format(Locale.ROOT, "h from %.4g to %.4g (h*lambda_max from %.2g to %.2g)", hFrom, hTo,
                    hFrom * ell, hTo * ell);
            if (hTo * ell > SgdBackwardError.HIGH * ASYMPTOTIC_FACTOR) {
                note = String.format(Locale.ROOT, "note: h*lambda_max reaches %.2g; the slopes approach their "
                        + "expected values only for h*lambda_max << 1 (leave out --h-from/--h-to for [%.0e, %.0e])",
                        hTo * ell, SgdBackwardError.LOW, SgdBackwardError.HIGH);
            }
        } else {
            SgdBackwardError.Result r = SgdBackwardError.compute(run.loss(), run.batch(), start, count);
            study = r.study();
            range = String.format(Locale.ROOT, "h*lambda_max from %.0e to %.0e (lambda_max = %.4g at the start)",
                    SgdBackwardError.LOW, SgdBackwardError.HIGH, r.ell());
        }
        OutputTarget.write(out, w -> CsvExport.writeSgdError(w, study));
        var msg = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        msg.println(String.format(Locale.ROOT, "n = %d points, B = %d (m = %d steps per epoch), start (%s, %s), %d "
                        + "learning rates, %s", run.points(), run.batch(), run.batches(), Checks.format(start[0]),
                Checks.format(start[1]), study.size(), range));
        for (ErrorStudy.Curve c : study.curves()) {
            msg.println(String.format(Locale.ROOT, "slope vs %-12s %.3f (expected %d)", flowName(c.flow()), c.slope(),
                    c.expectedSlope()));
        }
        if (note != null) {
            msg.println(note);
        }
        msg.flush();
        return 0;
    }

    private static String flowName(Method m) {
        return switch (m) {
            case EXACT -> "E:";
            case MODIFIED -> "GD's Ẽ:";
            default -> "Ẽ_SGD:";
        };
    }
}
