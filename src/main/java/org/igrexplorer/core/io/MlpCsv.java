package org.igrexplorer.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.PerturbationPoint;
import org.igrexplorer.core.mlp.RunSummary;

/**
 * CSV export of MLP metrics, run summaries (Figure 2) and perturbation curves (Figure 3), through
 * the one {@link Csv} writer (a diverged run's missing numbers are empty fields). Each row is also
 * available alone, for files written row by row as runs finish.
 */
public final class MlpCsv {

    public static final String METRICS_HEADER =
            "step,epoch,loss,grad_norm_sq,r_ig,slope,r_ig_over_loss,train_acc,test_acc,lambda,seconds,sharpness";
    public static final String SUMMARY_HEADER =
            "lr,width,depth,params,lambda,mu,batch,r_ig,slope,loss,test_acc,train_acc,step,reached_full_train_acc,status";
    public static final String PERTURBATION_HEADER = "sigma,samples,slope_mean,slope_sd,test_acc_mean,test_acc_sd";

    private MlpCsv() {
    }

    /** @return the line of one evaluation, columns {@link #METRICS_HEADER} */
    public static String metricsRow(MlpMetrics m) {
        // sharpness: empty where it was not measured (NaN), as every missing number
        return Csv.line(m.step(), m.epoch(), m.loss(), m.gradNormSq(), m.rIg(), m.slope(), m.rIgOverLoss(),
                m.trainAccuracy(), m.testAccuracy(), m.lambda(), m.seconds(), m.sharpness());
    }

    /** @return the line of one run at its maximum test accuracy, columns {@link #SUMMARY_HEADER} */
    public static String summaryRow(RunSummary s) {
        MlpMetrics m = s.atMaxTestAccuracy();
        var a = s.config().architecture();
        return Csv.line(s.config().learningRate(), a.layers() > 1 ? a.size(1) : 0, a.layers() - 1, s.params(),
                s.lambda(), s.config().mu(), s.config().batchSize(), m.rIg(), m.slope(), m.loss(), m.testAccuracy(),
                m.trainAccuracy(), m.step(), s.reachedFullTrainAccuracy(), s.status());
    }

    /** @return the line of one perturbation strength, columns {@link #PERTURBATION_HEADER} */
    public static String perturbationRow(PerturbationPoint p) {
        return Csv.line(p.sigma(), p.samples(), p.meanSlope(), p.sdSlope(), p.meanTestAccuracy(), p.sdTestAccuracy());
    }

    public static void writeMetrics(Writer w, List<MlpMetrics> rows) throws IOException {
        Csv.header(w, METRICS_HEADER);
        for (MlpMetrics m : rows) {
            w.write(metricsRow(m));
        }
        w.flush();
    }

    public static void writeSummaries(Writer w, List<RunSummary> rows) throws IOException {
        Csv.header(w, SUMMARY_HEADER);
        for (RunSummary s : rows) {
            w.write(summaryRow(s));
        }
        w.flush();
    }

    public static void writePerturbation(Writer w, List<PerturbationPoint> rows) throws IOException {
        Csv.header(w, PERTURBATION_HEADER);
        for (PerturbationPoint p : rows) {
            w.write(perturbationRow(p));
        }
        w.flush();
    }
}
