package org.igrexplorer.core.session;

import java.util.Objects;

/**
 * A built-in starting point: a full session state with a name and a one-line explanation of what it
 * shows.
 *
 * @param id            stable identifier stored in session files (e.g. {@code ricochet})
 * @param name          menu label, e.g. "Ricochet (Fig. A.1)"
 * @param explanation   one line for the UI saying what to look at
 * @param state         the state it sets; its {@code presetId} is {@code id}
 * @param reconstructed whether the values were reconstructed by computation rather than taken from
 *                      the paper (its Table A.1 with the exact values is not public)
 */
public record Preset(String id, String name, String explanation, SessionState state, boolean reconstructed) {

    public Preset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(state, "state");
        if (!SessionState.isValidPresetId(id)) {
            throw new IllegalArgumentException("malformed preset id '" + id + "'");
        }
        if (!id.equals(state.presetId())) {
            throw new IllegalArgumentException("the state of preset " + id + " names preset " + state.presetId());
        }
    }

    /** @return the name with the "reconstructed" label where it applies, for menus */
    public String label() {
        return reconstructed ? name + " (reconstructed)" : name;
    }
}
