package org.igrexplorer.ui.teaching;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard shortcuts of teaching mode, in one table so that the help overlay lists exactly what
 * the handlers do.
 */
public final class Shortcuts {

    private Shortcuts() {
    }

    /**
     * One shortcut.
     *
     * @param keys   how it is typed, for the help overlay
     * @param action what it does
     */
    public record Entry(String keys, String action) {
    }

    /** @return every shortcut, in the order the help overlay shows them */
    public static List<Entry> all() {
        return List.of(
                new Entry("Space", "play / pause the playback"),
                new Entry("← / →", "one step back / forward"),
                new Entry("Home / End", "first / last step"),
                new Entry("F5", "enter or leave presentation mode (full screen, large type, high contrast)"),
                new Entry("Esc", "close this help; else leave presentation mode"),
                new Entry("F1 or ?", "show or hide this help"),
                new Entry("Alt+F / Alt+P / Alt+V", "open the File, Presets, View menu"));
    }

    /** @return the mouse gestures of the explorer's views, in the order the help overlay shows them */
    public static List<Entry> mouse() {
        return List.of(
                new Entry("3D: drag", "orbit the camera"),
                new Entry("3D: wheel", "zoom"),
                new Entry("3D: right-, middle- or shift-drag", "pan"),
                new Entry("3D: click", "set the start (a₀, b₀)"),
                new Entry("plane: drag the ○", "move the start; every curve follows"),
                new Entry("plane: drag", "pan"),
                new Entry("plane: wheel", "zoom about the cursor"),
                new Entry("plane: double click", "reset the view box"));
    }

    /**
     * Applies a playback shortcut.
     *
     * @param e  a KEY_PRESSED event
     * @param vm the playback
     * @return whether the key was a playback shortcut (then the caller consumes the event)
     */
    public static boolean applyPlayback(KeyEvent e, PlaybackViewModel vm) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case SPACE -> vm.togglePlay();
            case LEFT, KP_LEFT -> vm.stepBack();
            case RIGHT, KP_RIGHT -> vm.stepForward();
            case HOME -> vm.home();
            case END -> vm.end();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** @return whether the event asks for the help overlay (F1, or a typed '?') */
    public static boolean isHelp(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            return e.getCode() == KeyCode.F1;
        }
        return e.getEventType() == KeyEvent.KEY_TYPED && "?".equals(e.getCharacter());
    }
}
