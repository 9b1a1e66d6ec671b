package org.igrexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.igrexplorer.core.session.UserSettings;
import org.igrexplorer.ui.window.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme chosen in one run is the theme of the next (no FX toolkit needed: plain properties). */
class ThemePreferenceTest {

    @Test
    void theChosenThemeIsRestoredInTheNextRun(@TempDir Path dir) {
        Path store = dir.resolve("settings.json");
        // first run: nothing stored, the window starts light; the user picks dark
        ObjectProperty<Theme> run1 = new SimpleObjectProperty<>(Theme.LIGHT);
        assertNull(ThemePreference.restoreAndRemember(run1, new UserSettings(store), Runnable::run));
        assertEquals(Theme.LIGHT, run1.get());
        run1.set(Theme.DARK);
        // second run: starts light as built, and the stored choice is applied
        ObjectProperty<Theme> run2 = new SimpleObjectProperty<>(Theme.LIGHT);
        assertEquals(Theme.DARK, ThemePreference.restoreAndRemember(run2, new UserSettings(store), Runnable::run));
        assertEquals(Theme.DARK, run2.get());
        // back to light is remembered as well
        run2.set(Theme.LIGHT);
        assertEquals(Optional.of("LIGHT"), new UserSettings(store).get(ThemePreference.KEY));
    }

    @Test
    void writesGoToTheGivenExecutorInOrder(@TempDir Path dir) {
        Path store = dir.resolve("settings.json");
        List<Runnable> queued = new ArrayList<>();
        ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
        ThemePreference.restoreAndRemember(theme, new UserSettings(store), queued::add);
        theme.set(Theme.DARK);
        theme.set(Theme.LIGHT);
        theme.set(Theme.DARK);
        assertEquals(Optional.empty(), new UserSettings(store).get(ThemePreference.KEY), "nothing written on the caller");
        assertEquals(3, queued.size());
        queued.forEach(Runnable::run);
        assertEquals(Optional.of("DARK"), new UserSettings(store).get(ThemePreference.KEY), "the last choice is kept");
    }

    @Test
    void anUnknownStoredNameLeavesTheThemeAlone(@TempDir Path dir) {
        UserSettings s = new UserSettings(dir.resolve("settings.json"));
        s.put(ThemePreference.KEY, "sepia");
        ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
        assertNull(ThemePreference.restoreAndRemember(theme, s, Runnable::run));
        assertEquals(Theme.LIGHT, theme.get());
        assertEquals(Theme.DARK, ThemePreference.parse(" dark "));
    }
}
