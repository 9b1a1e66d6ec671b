package org.igrexplorer.core.dynamics;

/**
 * Error tolerances of the adaptive Dormand–Prince 5(4) integrator used for every flow.
 *
 * @param absolute absolute tolerance per component
 * @param relative relative tolerance per component
 */
public record FlowTolerances(double absolute, double relative) {

    /** For drawing and the CLI: 1e-12 absolute and relative. */
    public static final FlowTolerances DEFAULT = new FlowTolerances(1e-12, 1e-12);

    /** Near the limits of double precision, for one-step error studies: 1e-15 / 1e-15. */
    public static final FlowTolerances REFERENCE = new FlowTolerances(1e-15, 1e-15);

    public FlowTolerances {
        if (!(absolute > 0) || !(relative > 0) || !Double.isFinite(absolute) || !Double.isFinite(relative)) {
            throw new IllegalArgumentException("tolerances must be finite and > 0");
        }
    }
}
