package org.igrexplorer.core.dynamics;

import java.util.Locale;

/**
 * How a trajectory ended: the one status vocabulary of the window, the command line and the data
 * files ({@link #id()}), decided in one place for every method.
 */
public enum TrajectoryStatus {
    /** The driving vector field fell below the convergence tolerance at a minimum of E. */
    CONVERGED("converged"),
    /**
     * Converged at a minimum on the other branch of the minima than the start (for the two-parameter
     * model: sign(a) flipped): gradient descent overshot the valley and ricocheted.
     */
    RICOCHET("ricocheted to the other branch"),
    /** The driving field vanished at a point that is not a minimum of E (a saddle or a maximum). */
    SADDLE("stopped at a saddle point"),
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

    /** @return the word in data files (CSV, JSON): the constant's name in lower case, e.g. "ricochet" */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return a short phrase for status lines, e.g. "left the domain" */
    public String description() {
        return description;
    }

    /** @return whether the run settled at a minimum (on either branch) */
    public boolean converged() {
        return this == CONVERGED || this == RICOCHET;
    }
}
