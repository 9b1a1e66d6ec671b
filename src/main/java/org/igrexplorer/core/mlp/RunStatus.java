package org.igrexplorer.core.mlp;

/** How a training run ended. */
public enum RunStatus {
    /** Ran all its epochs. */
    FINISHED("finished"),
    /** The loss became non-finite or grew far beyond its start (see {@link MlpTrainer}). */
    DIVERGED("diverged"),
    /** Stopped by the user (or a signal) before its end. */
    CANCELLED("was cancelled");

    private final String description;

    RunStatus(String description) {
        this.description = description;
    }

    /** @return a short phrase for status lines, e.g. "diverged" */
    public String description() {
        return description;
    }
}
