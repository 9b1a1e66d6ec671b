package org.igrexplorer.ui.window;

import java.util.Objects;
import javafx.scene.Parent;
import org.igrexplorer.ui.plot.PlotCanvas;

/**
 * The window's colour themes. Light is the application's stylesheet alone ({@link MainWindow#STYLESHEET});
 * dark adds {@code dark.css} after it on the window's root, which redefines Modena's base colours and
 * the application's looked-up panel colours; the charts and formulas on screen switch to dark cards with
 * light ink ({@link PlotCanvas#DARK_CHARTS}), while exported figures keep the light look. Presentation mode's
 * high-contrast stylesheet overrides either while it is on.
 */
public enum Theme {
    /** Modena's light look with the application's panel colours. */
    LIGHT("Light", null),
    /** Dark chrome, controls and charts (exports stay light). */
    DARK("Dark", "/org/igrexplorer/ui/dark.css");

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
        root.getStyleClass().remove(PlotCanvas.DARK_CHARTS);
        if (theme == DARK) {
            root.getStyleClass().add(PlotCanvas.DARK_CHARTS);
        }
        PlotCanvas.repaintAll(root);
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
