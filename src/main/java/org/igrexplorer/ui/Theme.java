package org.igrexplorer.ui;

import java.util.Objects;
import javafx.scene.Parent;

/**
 * The window's colour themes. Light is the application's stylesheet alone ({@link MainWindow#STYLESHEET});
 * dark adds {@code dark.css} after it on the window's root, which redefines Modena's base colours and
 * the application's looked-up panel colours. Charts, the 3D view and the formulas keep their white
 * cards in both, so that the screen shows the colours the exported figures have. Presentation mode's
 * high-contrast stylesheet overrides either while it is on.
 */
public enum Theme {
    /** Modena's light look with the application's panel colours. */
    LIGHT("Light", null),
    /** Dark chrome and controls; charts on white cards. */
    DARK("Dark", "dark.css");

    private final String label;
    private final String stylesheet;

    Theme(String label, String resource) {
        this.label = label;
        this.stylesheet = resource == null ? null
                : Objects.requireNonNull(Theme.class.getResource(resource), resource).toExternalForm();
    }

    /** @return the name shown in the View menu */
    public String label() {
        return label;
    }

    /** @return the stylesheet this theme adds to the root, or {@code null} for none */
    public String stylesheet() {
        return stylesheet;
    }

    /**
     * Puts {@code theme}'s stylesheet on {@code root} in place of any other theme's, after the root's
     * other stylesheets (a later stylesheet wins over an earlier one of equal specificity).
     *
     * @param root the window's root. Modified (its stylesheets).
     */
    public static void apply(Parent root, Theme theme) {
        for (Theme t : values()) {
            if (t.stylesheet != null) {
                root.getStylesheets().remove(t.stylesheet);
            }
        }
        if (theme.stylesheet != null) {
            root.getStylesheets().add(theme.stylesheet);
        }
    }

    /** @return the theme whose stylesheet {@code root} carries (light when none does) */
    public static Theme of(Parent root) {
        for (Theme t : values()) {
            if (t.stylesheet != null && root.getStylesheets().contains(t.stylesheet)) {
                return t;
            }
        }
        return LIGHT;
    }
}
