package org.igrexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Quitting while the MLP lab trains asks first; a "no" keeps the window open. Monocle. */
@Tag("fx-headless")
class QuitGuardFxTest extends ApplicationTest {

    private Stage stage;
    private volatile String busy;
    private volatile boolean answer;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @Override
    public void start(Stage s) {
        stage = s;
        QuitGuard.install(s, () -> busy, work -> {
            asked.add(work);
            return answer;
        });
        s.setScene(new Scene(new BorderPane(), 300, 200));
        s.show();
    }

    private void requestClose() {
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void asksWhileBusyAndStaysOpenOnNoClosesOnYes() {
        busy = "2 of 4 MLP runs are still training";
        answer = false;
        requestClose();
        assertEquals(List.of(busy), asked);
        assertTrue(stage.isShowing(), "declined: the window stays");
        answer = true;
        requestClose();
        assertEquals(2, asked.size());
        assertFalse(stage.isShowing(), "confirmed: the window closes");
    }

    @Test
    void closesWithoutAskingWhenIdle() {
        busy = null;
        requestClose();
        assertTrue(asked.isEmpty());
        assertFalse(stage.isShowing());
    }
}
