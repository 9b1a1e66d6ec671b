package org.igrexplorer.core.session;

import java.util.Locale;
import java.util.Set;
import org.igrexplorer.core.Identified;

/**
 * Optional panels of the window that a session remembers as open. Only panels the window can show
 * are listed; the identifiers of panels that were planned but never shown ("charts",
 * "explanation") are accepted when reading older files and dropped.
 */
public enum Panel implements Identified {
    /** The teaching tab (the Figure 1b learning-rate sweep and the other teaching panels). */
    SWEEP("sweep");

    /** Identifiers that earlier session files may name; they open as no panel. */
    private static final Set<String> RETIRED = Set.of("charts", "explanation");

    private final String id;

    Panel(String id) {
        this.id = id;
    }

    /** @return the identifier used in session files */
    @Override
    public String id() {
        return id;
    }

    /**
     * @return the panel with this identifier (case-insensitive)
     * @throws IllegalArgumentException for an unknown identifier
     */
    public static Panel fromId(String id) {
        return Identified.fromId(Panel.class, id, "panel");
    }

    /** @return whether {@code id} names a panel that older files may list and that opens as none */
    public static boolean isRetired(String id) {
        return id != null && RETIRED.contains(id.trim().toLowerCase(Locale.ROOT));
    }
}
