package org.igrexplorer.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.PerturbationPoint;
import org.igrexplorer.core.mlp.RunSummary;

/** CSV export of MLP metrics, run summaries (Figure 2) and perturbation curves (Figure 3). */
public final class MlpCsv {

    public static final String METRICS_HEADER =
            "step,epoch,loss,grad_norm_sq,r_ig,slope,r_ig_over_loss,train_acc,test_acc,lambda,seconds,sharpness";
    public static final String SUMMARY_HEADER =
            "lr,width,depth,params,lambda,mu,batch,r_ig,slope,loss,test_acc,train_acc,step,reached_full_train_acc,status";
    public static final String PERTURBATION_HEADER = "sigma,samples,slope_mean,slope_sd,test_acc_mean,test_acc_sd";

    private MlpCsv() {
    }

    public static void writeMetrics(Writer w, List<MlpMetrics> rows) throws IOException {
        w.write(METRICS_HEADER + "\n");
        for (MlpMetrics m : rows) {
            // sharpness: empty where it was not measured
            w.write(String.format(Locale.ROOT, "%d,%.6f,%.9g,%.9g,%.9g,%.9g,%.9g,%.6f,%.6f,%.9g,%.3f,%s%n", m.step(),
                    m.epoch(), m.loss(), m.gradNormSq(), m.rIg(), m.slope(), m.rIgOverLoss(), m.trainAccuracy(),
                    m.testAccuracy(), m.lambda(), m.seconds(),
                    m.hasSharpness() ? String.format(Locale.ROOT, "%.9g", m.sharpness()) : ""));
        }
        w.flush();
    }

    public static void writeSummaries(Writer w, List<RunSummary> rows) throws IOException {
        w.write(SUMMARY_HEADER + "\n");
        for (RunSummary s : rows) {
            MlpMetrics m = s.atMaxTestAccuracy();
            var a = s.config().architecture();
            w.write(String.format(Locale.ROOT, "%.9g,%d,%d,%d,%.9g,%.9g,%d,%.9g,%.9g,%.9g,%.6f,%.6f,%d,%b,%s%n",
                    s.config().learningRate(), a.layers() > 1 ? a.size(1) : 0, a.layers() - 1, s.params(), s.lambda(),
                    s.config().mu(), s.config().batchSize(), m.rIg(), m.slope(), m.loss(), m.testAccuracy(),
                    m.trainAccuracy(), m.step(), s.reachedFullTrainAccuracy(),
                    s.status().name().toLowerCase(Locale.ROOT)));
        }
        w.flush();
    }

    public static void writePerturbation(Writer w, List<PerturbationPoint> rows) throws IOException {
        w.write(PERTURBATION_HEADER + "\n");
        for (PerturbationPoint p : rows) {
            w.write(String.format(Locale.ROOT, "%.6g,%d,%.9g,%.9g,%.6f,%.6f%n", p.sigma(), p.samples(), p.meanSlope(),
                    p.sdSlope(), p.meanTestAccuracy(), p.sdTestAccuracy()));
        }
        w.flush();
    }
}
