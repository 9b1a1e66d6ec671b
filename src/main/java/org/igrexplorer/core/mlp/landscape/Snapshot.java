package org.igrexplorer.core.mlp.landscape;

/**
 * The parameters θ of a run after {@code step} steps, as float32 in the layout of the run's
 * {@link org.igrexplorer.core.mlp.MlpArchitecture}.
 *
 * @param theta never modified after construction (owned by the snapshot; readers must not write to it)
 */
public record Snapshot(long step, float[] theta) {

    public Snapshot {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0");
        }
    }

    /** @return whether every parameter is finite (a diverged run's late snapshots are not) */
    public boolean finite() {
        for (float v : theta) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
