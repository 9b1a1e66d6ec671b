package org.igrexplorer.core.mlp;

/** How a training run ended. */
public enum RunStatus {
    FINISHED, DIVERGED, CANCELLED
}
