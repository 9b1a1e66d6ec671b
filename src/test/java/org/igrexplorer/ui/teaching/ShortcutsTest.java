package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.junit.jupiter.api.Test;

/** The shortcut table drives the playback state machine (no toolkit needed for key events). */
class ShortcutsTest {

    private static KeyEvent pressed(KeyCode code, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, control, false, false);
    }

    @Test
    void keysDriveThePlayback() {
        RunParameters p = RunParameters.DEFAULT.withSteps(10);
        PlaybackViewModel vm = new PlaybackViewModel();
        vm.setTrajectories(TrajectoryService.computeAll(EnumSet.of(Method.GD), p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT), p.h());
        assertTrue(Shortcuts.applyPlayback(pressed(KeyCode.RIGHT, false), vm));
        assertTrue(Shortcuts.applyPlayback(pressed(KeyCode.RIGHT, false), vm));
        assertEquals(2, vm.stepProperty().get());
        assertTrue(Shortcuts.applyPlayback(pressed(KeyCode.LEFT, false), vm));
        assertEquals(1, vm.stepProperty().get());
        assertTrue(Shortcuts.applyPlayback(pressed(KeyCode.END, false), vm));
        assertEquals(10, vm.stepProperty().get());
        assertTrue(Shortcuts.applyPlayback(pressed(KeyCode.HOME, false), vm));
        assertEquals(0, vm.stepProperty().get());
        assertTrue(Shortcuts.applyPlayback(pressed(KeyCode.SPACE, false), vm));
        assertTrue(vm.playingProperty().get());
        assertTrue(Shortcuts.applyPlayback(pressed(KeyCode.SPACE, false), vm));
        assertFalse(vm.playingProperty().get());
        assertFalse(Shortcuts.applyPlayback(pressed(KeyCode.RIGHT, true), vm), "Ctrl+→ is not ours");
        assertFalse(Shortcuts.applyPlayback(pressed(KeyCode.A, false), vm));
        assertEquals(0, vm.stepProperty().get());
    }

    @Test
    void helpIsF1OrAQuestionMark() {
        assertTrue(Shortcuts.isHelp(pressed(KeyCode.F1, false)));
        assertTrue(Shortcuts.isHelp(new KeyEvent(KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, true, false, false,
                false)));
        assertFalse(Shortcuts.isHelp(pressed(KeyCode.F2, false)));
        assertEquals(7, Shortcuts.all().size());
    }
}
