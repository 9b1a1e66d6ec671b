package org.igrexplorer.ui.teaching;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Installs teaching mode on a window with one call: the playback shortcuts (Space, ←/→, Home/End),
 * the playback timer, presentation mode (F5; Esc leaves) and the help overlay (F1 or ?). Keys typed
 * into a text field stay with the text field.
 * <pre>{@code
 * TeachingMode teaching = TeachingMode.install(stage, playbackViewModel);
 * layout.setBottom(new PlaybackControls(playbackViewModel));
 * }</pre>
 * Call on the FX thread after the stage has its scene.
 */
public final class TeachingMode {

    private final Stage stage;
    private final PlaybackViewModel playback;
    private final PresentationMode presentation;
    private final HelpOverlay help = new HelpOverlay();
    private final PlaybackTimer timer;
    private final EventHandler<KeyEvent> keys = this::onKey;

    private TeachingMode(Stage stage, PlaybackViewModel playback) {
        this.stage = stage;
        this.playback = playback;
        this.presentation = new PresentationMode(stage);
        this.timer = new PlaybackTimer(playback);
    }

    /**
     * @param stage    the main window, with its scene set
     * @param playback the playback the shortcuts drive
     * @return the installed teaching mode
     */
    public static TeachingMode install(Stage stage, PlaybackViewModel playback) {
        Scene scene = stage.getScene();
        if (scene == null) {
            throw new IllegalStateException("set the stage's scene before installing teaching mode");
        }
        TeachingMode mode = new TeachingMode(stage, playback);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, mode.keys);
        scene.addEventFilter(KeyEvent.KEY_TYPED, mode.keys);
        return mode;
    }

    private void onKey(KeyEvent e) {
        if (stage.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (Shortcuts.isHelp(e)) {
            help.toggle(stage, presentation.activeProperty().get());
            e.consume();
            return;
        }
        if (e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && help.isShowing()) {
            help.hide(); // Esc closes the help and nothing else
            e.consume();
        } else if (e.getCode() == KeyCode.F5) {
            presentation.toggle();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && presentation.activeProperty().get()) {
            presentation.exit();
            e.consume();
        } else if (Shortcuts.applyPlayback(e, playback)) {
            e.consume();
        }
    }

    /** @return presentation mode of this window */
    public PresentationMode presentation() {
        return presentation;
    }

    /** @return the help overlay */
    public HelpOverlay help() {
        return help;
    }

    /** @return the playback driven by the shortcuts */
    public PlaybackViewModel playback() {
        return playback;
    }

    /** @return the timer that advances playback once per frame */
    PlaybackTimer timer() {
        return timer;
    }
}
