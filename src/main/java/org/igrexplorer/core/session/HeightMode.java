package org.igrexplorer.core.session;

import org.igrexplorer.core.Identified;

/** How the 3D view maps the loss to height, so that steep far walls do not swallow the view. */
public enum HeightMode implements Identified {
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
    @Override
    public String id() {
        return id;
    }

    /**
     * @return the mode with this identifier (case-insensitive)
     * @throws IllegalArgumentException for an unknown identifier
     */
    public static HeightMode fromId(String id) {
        return Identified.fromId(HeightMode.class, id, "height mode");
    }
}
