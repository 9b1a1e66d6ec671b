package org.igrexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.igrexplorer.core.io.MlpCsv;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.Perturbation;
import org.igrexplorer.core.mlp.RunControl;
import org.igrexplorer.core.mlp.RunStatus;
import org.igrexplorer.core.mlp.RunSummary;
import org.igrexplorer.core.mlp.SharpnessSchedule;
import org.igrexplorer.core.mlp.TrainingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code train}: one MLP run, full-set metrics every k steps as CSV. */
@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Train one ReLU MLP with SGD or EGR and write its metrics as CSV.",
        description = {"Train one ReLU MLP with SGD (or EGR with --mu > 0) and write full-training-set metrics",
                "every --eval-every steps as CSV: " + MlpCsv.METRICS_HEADER})
public final class TrainMlpCommand implements Callable<Integer> {

    @Mixin
    MlpDataOptions dataOptions;

    @Mixin
    MlpRunOptions run;

    @Option(names = "--mu", description = "EGR strength mu; 0 = plain SGD (default: ${DEFAULT-VALUE})", defaultValue = "0")
    double mu;

    @Option(names = "--eval-every", description = "steps between full-set evaluations; 0 = each epoch (default: ${DEFAULT-VALUE})",
            defaultValue = "0")
    int evalEvery;

    @Option(names = "--chunk", description = "rows per chunk of full-set passes (default: ${DEFAULT-VALUE})", defaultValue = "2048")
    int chunk;

    @Option(names = "--sharpness-every", description = {"steps between measurements of the sharpness λ_max(∇²E) by Lanczos",
            "(column sharpness, empty on other rows); 0 = never (default: ${DEFAULT-VALUE})"}, defaultValue = "0")
    int sharpnessEvery;

    @Option(names = "--sharpness-examples", description = "training examples of the sharpness loss (default: ${DEFAULT-VALUE})",
            defaultValue = "" + SharpnessSchedule.DEFAULT_EXAMPLES)
    int sharpnessExamples;

    @Option(names = "--out", description = "CSV file (default: standard output)")
    Path out;

    @Option(names = "--perturb-out", description = {"after training, run Figure 3 (θ(1+η), η~N(0,σ)) and write "
            + MlpCsv.PERTURBATION_HEADER + " to this CSV"})
    Path perturbOut;

    @Option(names = "--sigmas", split = ",", description = "σ values for --perturb-out (default: ${DEFAULT-VALUE})",
            defaultValue = "0,0.25,0.5,0.75,1,1.5,2,2.5,3")
    double[] sigmas;

    @Option(names = "--perturb-samples", description = "draws per σ (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int perturbSamples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // every value and every output before any work: a bad path must not cost a training run
        dataOptions.check();
        TrainingConfig cfg = new TrainingConfig(run.architecture(), run.lr, run.batch, mu, run.epochs, evalEvery,
                run.seed, chunk,
                new SharpnessSchedule(sharpnessEvery, sharpnessExamples));
        if (perturbOut != null) {
            Perturbation.check(sigmas, perturbSamples);
        }
        OutputTarget.check("--out", out);
        OutputTarget.check("--perturb-out", perturbOut);
        DataSplit data = dataOptions.load();
        Blas blas = dataOptions.blas();
        PrintWriter err = spec.commandLine().getErr();
        MlpTrainer trainer = new MlpTrainer(data, cfg, blas);
        RunControl control = new RunControl();
        RunSummary s;
        try (RowOutput rows = RowOutput.open(out, control, MlpCsv.METRICS_HEADER)) {
            s = trainer.run(m -> {
                try {
                    rows.line(MlpCsv.metricsRow(m));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                err.println(String.format(Locale.ROOT,
                        "step %d of %d (epoch %.2f, %.1f s): E %.4g, R_IG %.3e, train %.4f, test %.4f%s",
                        m.step(), trainer.totalSteps(), m.epoch(), m.seconds(), m.loss(), m.rIg(), m.trainAccuracy(),
                        m.testAccuracy(), m.hasSharpness() ? String.format(Locale.ROOT, ", sharpness %.4g (2/h = %.4g)",
                                m.sharpness(), 2 / run.lr) : ""));
                err.flush();
            }, control);
            rows.commit(s.status() == RunStatus.CANCELLED
                    ? "cut short: the run was stopped at step " + trainer.step() + " of " + trainer.totalSteps() : null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        MlpMetrics b = s.atMaxTestAccuracy();
        err.println(b == null ? "the run " + s.status().description() + " before its first evaluation"
                : String.format(Locale.ROOT, "%s; max test accuracy %.4f at step %d (R_IG %.3e, lambda %.4g)",
                s.status().description(), b.testAccuracy(), b.step(), b.rIg(), s.lambda()));
        err.flush();
        if (perturbOut != null && s.status() == RunStatus.FINISHED) {
            Progress progress = new Progress(err, "perturbation draws");
            var pts = Perturbation.run(trainer, sigmas, perturbSamples, run.seed, control, progress::report);
            OutputTarget.write(perturbOut, w -> MlpCsv.writePerturbation(w, pts));
        } else if (perturbOut != null) {
            err.println("no perturbation study: the run " + s.status().description());
            err.flush();
        }
        return 0;
    }
}
