package org.igrexplorer.core.dynamics;

/** How a trajectory ended. */
public enum TrajectoryStatus {
    /** The driving vector field fell below the convergence tolerance. */
    CONVERGED("converged"),
    /** A value became non-finite or ‖θ‖ passed the divergence bound, or the integrator failed. */
    DIVERGED("diverged"),
    /** θ left the domain box the run was restricted to. */
    LEFT_DOMAIN("left the domain"),
    /** The requested number of steps (time T = steps·h) was reached without convergence. */
    STEP_LIMIT("reached the step limit"),
    /** The ODE integrator used up its evaluation budget (a very stiff flow) before time T. */
    EFFORT_LIMIT("ran out of integrator effort");

    private final String description;

    TrajectoryStatus(String description) {
        this.description = description;
    }

    /** @return the word in data files (CSV, JSON): the constant's name in lower case, e.g. "step_limit" */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return a short phrase for status lines, e.g. "left the domain" */
    public String description() {
        return description;
    }
}
