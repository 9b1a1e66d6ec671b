package org.igrexplorer.ui.render;

/** How the loss becomes height in the 3D view, so that steep far walls do not swallow the view. */
public enum HeightMode {
    /** Height ∝ log(1 + E/E₀): the valley stays readable and the walls grow slowly. */
    LOG("log height"),
    /** Height ∝ E, clipped at a quarter of the largest loss in the box (a flat lid above). */
    CLIPPED("linear, clipped");

    private final String label;

    HeightMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
