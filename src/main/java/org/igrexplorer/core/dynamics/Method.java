package org.igrexplorer.core.dynamics;

import java.util.Locale;

/** The ways of making a trajectory that IGR Explorer compares. */
public enum Method {
    /** Gradient descent θ_{n+1} = θ_n − h∇E(θ_n). */
    GD("gd", "Gradient descent"),
    /** The exact gradient flow θ' = −∇E. */
    EXACT("exact", "Exact flow"),
    /** The first-order modified flow θ' = −∇Ẽ, Ẽ = E + (h/4)‖∇E‖². */
    MODIFIED("modified", "Modified flow"),
    /** The second-order modified flow (MATH.md §2). */
    MODIFIED2("modified2", "2nd-order modified flow"),
    /** Explicit gradient regularisation: θ' = −∇E_µ, E_µ = E + µ R_IG. */
    EGR("egr", "EGR flow");

    private final String id;
    private final String label;

    Method(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the short identifier used in CSV files and on the command line */
    public String id() {
        return id;
    }

    /** @return a human-readable name for legends */
    public String label() {
        return label;
    }

    /**
     * @param id an identifier such as {@code gd} or {@code modified2} (case-insensitive)
     * @return the method
     * @throws IllegalArgumentException naming the unknown identifier
     */
    public static Method fromId(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (Method m : values()) {
            if (m.id.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + id + "' (expected gd, exact, modified, modified2 or egr)");
    }
}
