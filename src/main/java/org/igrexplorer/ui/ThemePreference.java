package org.igrexplorer.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import org.igrexplorer.core.session.UserSettings;
import org.igrexplorer.ui.window.Theme;

/**
 * Remembers the window's colour theme between runs: restores the stored theme once, then stores
 * every change. The file is written on {@code io}, not on the thread that changes the theme; give it
 * an executor that runs tasks in submission order (one thread), so that the last change is the one kept.
 */
public final class ThemePreference {

    /** The settings key. */
    public static final String KEY = "theme";

    private ThemePreference() {
    }

    /**
     * @param theme    the window's theme property (set on its thread). Modified: set to the stored theme.
     * @param settings where the theme is kept
     * @param io       runs the writes
     * @return the theme restored, or {@code null} when none (or an unknown name) was stored
     */
    public static Theme restoreAndRemember(ObjectProperty<Theme> theme, UserSettings settings, Executor io) {
        Objects.requireNonNull(io);
        Theme stored = settings.get(KEY).map(ThemePreference::parse).orElse(null);
        if (stored != null) {
            theme.set(stored);
        }
        theme.addListener((o, was, is) -> {
            if (is != null) {
                io.execute(() -> settings.put(KEY, is.name()));
            }
        });
        return stored;
    }

    /** @return the theme named {@code name} (case-insensitive), or {@code null} */
    static Theme parse(String name) {
        try {
            return Theme.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
