package org.igrexplorer.core.session;

import java.util.Locale;

/** How the 3D view maps the loss to height, so that steep far walls do not swallow the view. */
public enum HeightMode {
    /** Height ∝ E, clipped at a quarter of the largest loss in the box (a flat lid above). */
    CLIP("clip", "linear, clipped"),
    /** Height ∝ log(1 + E/E₀): the valley stays readable and the far walls grow slowly. */
    LOG("log", "log height");

    private final String id;
    private final String label;

    HeightMode(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the name shown in the window's chooser */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** @return the identifier used in session files */
    public String id() {
        return id;
    }

    /**
     * @return the mode with this identifier (case-insensitive)
     * @throws IllegalArgumentException for an unknown identifier
     */
    public static HeightMode fromId(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (HeightMode m : values()) {
            if (m.id.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown height mode '" + id + "' (expected clip or log)");
    }
}
