package org.igrexplorer.ui.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.igrexplorer.ui.dialog.StubDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The MLP lab driven like a user, on Monocle's headless pipeline. */
@Tag("fx-headless")
class MlpLabViewFxTest extends ApplicationTest {

    /** Seconds to wait for background work to show up on screen. */
    private static final long WAIT_S = 30;
    private MlpLabView view;

    @Override
    public void start(Stage stage) {
        view = new MlpLabView(new MlpLabViewModel(), new StubDialogs());
        stage.setScene(new Scene(view, 1400, 850));
        stage.show();
    }

    @AfterEach
    void dispose() throws InterruptedException {
        interact(view::dispose);
        assertTrue(view.viewModel().awaitIdle(1000), "lab threads outlived the tab's runs");
    }

    private void type(String id, String text) {
        TextField tf = lookup("#" + id).queryAs(TextField.class);
        interact(() -> {
            tf.setText(text);
            tf.fireEvent(new javafx.event.ActionEvent()); // Enter commits, as in the explorer
        });
    }

    @Test
    void everyChartOfTheLabHasTheCopyAndSaveMenuOnRightClick() {
        var canvases = lookup(n -> n instanceof org.igrexplorer.ui.plot.PlotCanvas).queryAll();
        assertTrue(canvases.size() >= 6, "the lab's charts of the visible tab: " + canvases.size());
        for (javafx.scene.Node c : canvases) {
            assertTrue(c.getOnContextMenuRequested() != null, "no right-click menu on " + c);
        }
    }

    @Test
    void startRunsTheGridAndTheFrameTimerFillsListProgressAndCharts() throws TimeoutException {
        type("mlp-train-examples", "300");
        type("mlp-test-examples", "100");
        type("mlp-widths", "8");
        type("mlp-h-list", "0.05,0.3");
        type("mlp-epochs", "3");
        Button start = lookup("#mlp-start").queryButton();
        assertTrue(!start.isDisabled(), "valid inputs enable Start");
        clickOn(start);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> !view.viewModel().runningProperty().get()); // the runs to end
        ListView<?> list = lookup("#mlp-runs").queryAs(ListView.class);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> list.getItems().size() == 2
                && list.getItems().stream().allMatch(o -> o.toString().contains("finished"))); // two finished runs
        ProgressBar bar = lookup(".progress-bar").queryAs(ProgressBar.class);
        assertEquals(1.0, bar.getProgress(), 1e-12);
        assertEquals(2, view.viewModel().runs().stream().filter(r -> r.history().size() == 4).count());

        // one shared key above the six charts: a colour per h and a line style per width
        // read on the FX thread, after the last refresh that follows the end of the runs
        javafx.scene.layout.FlowPane key = lookup("#mlp-legend").queryAs(javafx.scene.layout.FlowPane.class);
        java.util.List<String> expected = java.util.List.of("h = 0.05", "h = 0.3", "width 8");
        java.util.concurrent.atomic.AtomicReference<java.util.List<String>> shown = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            waitFor(WAIT_S, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.asyncFx(() -> shown.set(key.getChildren().stream()
                        .map(n -> ((javafx.scene.control.Label) n).getText()).toList())).get();
                return expected.equals(shown.get());
            });
        } catch (TimeoutException e) {
            assertEquals(expected, shown.get());
        }

        type("mlp-h-list", "0.05,-1");
        assertTrue(lookup("#mlp-start").queryButton().isDisabled(), "an invalid h list disables Start");
        TextField hList = lookup("#mlp-h-list").queryAs(TextField.class);
        assertTrue(hList.getStyleClass().contains("error"), "the field is marked");
        assertEquals("0.05,-1", hList.getText(), "the rejected text stays for correcting");
        assertEquals(java.util.List.of(0.05, 0.3), view.viewModel().form().learningRates().values(), "last valid kept");
        type("mlp-h-list", "0.05, 0.1");
        assertTrue(!hList.getStyleClass().contains("error") && !lookup("#mlp-start").queryButton().isDisabled());
    }
}
