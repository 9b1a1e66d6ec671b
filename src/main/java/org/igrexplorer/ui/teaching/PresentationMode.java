package org.igrexplorer.ui.teaching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.WindowLook;

/**
 * Presentation mode for a lecture room: full screen, the high-contrast light stylesheet
 * ({@value #STYLE_CLASS} on the root: larger type, thicker lines) in place of the scene's stylesheets
 * and after the root's own (a Parent's stylesheets outrank the Scene's, so it must go there to win),
 * and the chrome hidden (every node with style class {@value #CHROME_CLASS} or {@code menu-bar}); the
 * status lines stay, in the larger type. Leaving it restores the stylesheets, the chrome and the window state as
 * they were. Leaving full screen by the system's Esc also leaves presentation mode.
 * <p>
 * FX thread only.
 */
public final class PresentationMode {

    /** Style class added to the root while presenting. */
    public static final String STYLE_CLASS = WindowLook.PRESENTATION_CLASS;
    /** Style class of nodes hidden while presenting. */
    public static final String CHROME_CLASS = "chrome";
    /** The presentation stylesheet. */
    public static final String STYLESHEET = Objects.requireNonNull(
            PresentationMode.class.getResource("presentation.css"), "presentation.css").toExternalForm();

    private final Stage stage;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final List<String> savedStylesheets = new ArrayList<>();
    private final List<String> savedRootStylesheets = new ArrayList<>();
    private final List<Node> hiddenChrome = new ArrayList<>();
    private final List<Boolean> hiddenChromeManaged = new ArrayList<>();
    private boolean wasFullScreen;
    private KeyCombination savedExitKey;

    /** @param stage the window to present */
    public PresentationMode(Stage stage) {
        this.stage = stage;
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now && active.get() && !wasFullScreen) {
                exit();
            }
        });
    }

    /** @return whether presentation mode is on */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Enters presentation mode (no-op if already in it or the stage has no scene). */
    public void enter() {
        Scene scene = stage.getScene();
        if (active.get() || scene == null) {
            return;
        }
        savedStylesheets.clear();
        savedStylesheets.addAll(scene.getStylesheets());
        savedRootStylesheets.clear();
        savedRootStylesheets.addAll(scene.getRoot().getStylesheets());
        scene.getStylesheets().setAll(STYLESHEET);
        scene.getRoot().getStylesheets().add(STYLESHEET);
        scene.getRoot().getStyleClass().addAll(STYLE_CLASS, PlotCanvas.LIGHT_CHARTS);
        PlotCanvas.repaintAll(scene.getRoot());
        hiddenChrome.clear();
        hiddenChromeManaged.clear();
        // the status lines stay: they are what the audience reads about each curve
        Set<Node> chrome = new LinkedHashSet<>(scene.getRoot().lookupAll("." + CHROME_CLASS));
        chrome.addAll(scene.getRoot().lookupAll(".menu-bar"));
        for (Node n : chrome) {
            if (n.isVisible()) {
                hiddenChrome.add(n);
                hiddenChromeManaged.add(n.isManaged());
                n.setVisible(false);
                n.setManaged(false);
            }
        }
        wasFullScreen = stage.isFullScreen();
        active.set(true);
        stage.setFullScreenExitHint("");
        // Esc is the window's (TeachingMode): it closes an open help overlay first, else leaves presenting
        savedExitKey = stage.getFullScreenExitKeyCombination();
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
    }

    /** Leaves presentation mode, restoring stylesheets, chrome and full-screen state. */
    public void exit() {
        Scene scene = stage.getScene();
        if (!active.get() || scene == null) {
            return;
        }
        active.set(false);
        scene.getStylesheets().setAll(savedStylesheets);
        scene.getRoot().getStylesheets().setAll(savedRootStylesheets);
        scene.getRoot().getStyleClass().removeAll(STYLE_CLASS, PlotCanvas.LIGHT_CHARTS);
        PlotCanvas.repaintAll(scene.getRoot());
        for (int i = 0; i < hiddenChrome.size(); i++) {
            hiddenChrome.get(i).setVisible(true);
            hiddenChrome.get(i).setManaged(hiddenChromeManaged.get(i));
        }
        hiddenChrome.clear();
        hiddenChromeManaged.clear();
        if (stage.isFullScreen() != wasFullScreen) {
            stage.setFullScreen(wasFullScreen);
        }
        if (savedExitKey != null) {
            stage.setFullScreenExitKeyCombination(savedExitKey);
        }
    }

    /** F5: enter or leave. */
    public void toggle() {
        if (active.get()) {
            exit();
        } else {
            enter();
        }
    }
}
