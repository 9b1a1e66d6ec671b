package org.igrexplorer.core.mlp;

/**
 * What a run reports for Figure 2: its configuration, the metrics at its maximum test accuracy
 * (first time reached), the last metrics, whether it reached 100% train accuracy, and its status.
 */
public record RunSummary(TrainingConfig config, MlpMetrics atMaxTestAccuracy, MlpMetrics last,
        boolean reachedFullTrainAccuracy, RunStatus status) {

    public int params() {
        return config.architecture().paramCount();
    }

    public double lambda() {
        return config.lambda();
    }
}
