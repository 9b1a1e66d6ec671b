package org.igrexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.igrexplorer.ui.dialog.StubDialogs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Quitting while the MLP lab trains asks first; a "no" keeps the window open. Monocle. */
@Tag("fx-headless")
class QuitGuardFxTest extends ApplicationTest {

    private Stage stage;
    private volatile String busy;
    private final StubDialogs dialogs = new StubDialogs();

    @Override
    public void start(Stage primary) {
        // a window of this test's own: TestFX reuses the primary stage, and the guard stays on it
        stage = new Stage();
        QuitGuard.install(stage, () -> busy, QuitGuard.askUser(dialogs));
        stage.setScene(new Scene(new BorderPane(), 300, 200));
        stage.show();
    }

    private void requestClose() {
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void asksWhileBusyAndStaysOpenOnNoClosesOnYes() {
        busy = "2 of 4 MLP runs are still training";
        dialogs.answer(false);
        requestClose();
        assertEquals(List.of("2 of 4 MLP runs are still training."), dialogs.questions);
        assertTrue(stage.isShowing(), "declined: the window stays");
        dialogs.answer(true);
        requestClose();
        assertEquals(2, dialogs.questions.size());
        assertFalse(stage.isShowing(), "confirmed: the window closes");
    }

    @Test
    void closesWithoutAskingWhenIdle() {
        busy = null;
        requestClose();
        assertTrue(dialogs.questions.isEmpty());
        assertFalse(stage.isShowing());
    }
}
