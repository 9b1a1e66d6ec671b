package org.igrexplorer.core.teaching;

import org.igrexplorer.core.experiment.SweepPoint;

/** What gradient descent did for one learning rate of a Figure 1b sweep. */
public enum Regime {
    /** Converged to a minimum on the branch of the start: backward analysis describes it. */
    NORMAL("normal"),
    /** Converged, but on the other branch of the minima hyperbola (sign(a) flipped): a ricochet. */
    RICOCHET("ricochet"),
    /** Diverged (non-finite or past the bound). */
    DIVERGED("diverged"),
    /** Neither converged nor diverged within the step budget. */
    UNFINISHED("not converged");

    private final String label;

    Regime(String label) {
        this.label = label;
    }

    /** @return a short label for legends */
    public String label() {
        return label;
    }

    /** @return the regime of one sweep point */
    public static Regime of(SweepPoint p) {
        return switch (p.status()) {
            case DIVERGED -> DIVERGED;
            case RICOCHET -> RICOCHET;
            case CONVERGED -> NORMAL;
            default -> UNFINISHED;
        };
    }
}
