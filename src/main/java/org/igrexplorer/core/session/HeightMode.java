package org.igrexplorer.core.session;

import java.util.Locale;

/** How the 3D view maps the loss to height. */
public enum HeightMode {
    /** Height E, clipped at a ceiling so the valley stays visible. */
    CLIP("clip"),
    /** Height log(1 + E), which keeps the far start and the valley on one scale. */
    LOG("log");

    private final String id;

    HeightMode(String id) {
        this.id = id;
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
