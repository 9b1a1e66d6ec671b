package org.igrexplorer.core.session;

import java.util.Locale;

/** Optional panels of the window that a session remembers as open. */
public enum Panel {
    /** The Figure 1b learning-rate sweep: R_IG/E at convergence against h. */
    SWEEP("sweep"),
    /** Loss and R_IG against time for the visible curves. */
    CHARTS("charts"),
    /** The explanation of what the figure shows (formulas, the preset's explanation). */
    EXPLANATION("explanation");

    private final String id;

    Panel(String id) {
        this.id = id;
    }

    /** @return the identifier used in session files */
    public String id() {
        return id;
    }

    /**
     * @return the panel with this identifier (case-insensitive)
     * @throws IllegalArgumentException for an unknown identifier
     */
    public static Panel fromId(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (Panel p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown panel '" + id + "' (expected sweep, charts or explanation)");
    }
}
