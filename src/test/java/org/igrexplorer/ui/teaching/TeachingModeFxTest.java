package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.WindowFixture;
import org.igrexplorer.ui.window.MainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Teaching mode in the real main window, driven from the keyboard on Monocle's headless pipeline. */
@Tag("fx-headless")
class TeachingModeFxTest extends WindowFixture {

    /** Seconds to wait for background work to show up on screen. */
    private static final long WAIT_S = 20;

    @Override
    protected Parts parts() {
        return Parts.explorer().withTeaching();
    }

    private PlaybackViewModel playback() {
        return teaching.viewModel().playback();
    }

    /** Moves the focus off the parameter text fields, which keep their own keys. */
    private void focusPlayButton() {
        Node play = lookup("#playback-play").query();
        interact(play::requestFocus);
    }

    @Test
    void shortcutsDriveThePlayback() throws TimeoutException {
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> playback().lastStepProperty().get() == 400); // trajectories in the playback
        focusPlayButton();
        type(KeyCode.RIGHT, 3);
        assertEquals(3, playback().stepProperty().get());
        type(KeyCode.LEFT);
        assertEquals(2, playback().stepProperty().get());
        type(KeyCode.END);
        assertEquals(400, playback().stepProperty().get());
        type(KeyCode.HOME);
        assertEquals(0, playback().stepProperty().get());
        type(KeyCode.SPACE);
        assertTrue(playback().playingProperty().get());
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> playback().stepProperty().get() > 0); // the timer to advance playback
        type(KeyCode.SPACE);
        assertFalse(playback().playingProperty().get());
        int n = playback().stepProperty().get();
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(n, playback().stepProperty().get(), "paused playback stays put");
        // the frame follows the step: GD at step n is the explorer's GD iterate n
        var gd = vm.curvesProperty().get().trajectories().get(Method.GD);
        assertEquals(gd.a(n), playback().frameProperty().get().point(Method.GD).orElseThrow()[0], 0.0);
        // the readout shows it
        String readout = ((javafx.scene.control.Label) lookup("#playback-readout").query()).getText();
        assertTrue(readout.startsWith("n = " + n + " / 400"), readout);
    }

    @Test
    void presentationModeSwapsTheStylesheetAndRestoresItOnExit() {
        Scene scene = stage.getScene();
        List<String> sceneSheets = List.copyOf(scene.getStylesheets());
        List<String> rootSheets = List.copyOf(scene.getRoot().getStylesheets());
        assertTrue(rootSheets.contains(MainWindow.STYLESHEET));
        focusPlayButton();
        type(KeyCode.F5);
        assertTrue(teaching.mode().presentation().activeProperty().get());
        assertEquals(List.of(PresentationMode.STYLESHEET), scene.getStylesheets());
        assertEquals(PresentationMode.STYLESHEET,
                scene.getRoot().getStylesheets().get(scene.getRoot().getStylesheets().size() - 1));
        assertTrue(scene.getRoot().getStyleClass().contains(PresentationMode.STYLE_CLASS));
        assertTrue(teaching.view().presentationProperty().get(), "charts switch to presentation sizes");
        // the stylesheet really applies: the root font grows from 12.5 px to 20 px
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20.0, fontSize(), 0.01);
        // the status lines stay, 1.6 times larger (they are read by the audience)
        javafx.scene.control.Label status = lookup("#status-line").query();
        assertTrue(status.isVisible() && status.getScene() != null, "status line shown while presenting");
        assertEquals(1.6 * 12.0, status.getFont().getSize(), 0.01);
        type(KeyCode.ESCAPE);
        assertFalse(teaching.mode().presentation().activeProperty().get());
        assertEquals(sceneSheets, scene.getStylesheets());
        assertEquals(rootSheets, scene.getRoot().getStylesheets());
        assertFalse(scene.getRoot().getStyleClass().contains(PresentationMode.STYLE_CLASS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12.5, fontSize(), 0.01);
        assertEquals(12.0, status.getFont().getSize(), 0.01);
        type(KeyCode.F5);
        assertTrue(teaching.mode().presentation().activeProperty().get());
        type(KeyCode.F5);
        assertFalse(teaching.mode().presentation().activeProperty().get(), "F5 toggles back");
    }

    private double fontSize() {
        javafx.scene.control.Label l = lookup("#playback-readout").query();
        return l.getFont().getSize();
    }

    /** @return the font size of the help's first action text */
    private double helpFontSize() {
        WaitForAsyncUtils.waitForFxEvents();
        String action = Shortcuts.all().get(0).action();
        return teaching.mode().help().content().lookupAll(".label").stream()
                .map(n -> (javafx.scene.control.Label) n).filter(l -> action.equals(l.getText())).findFirst()
                .orElseThrow().getFont().getSize();
    }

    @Test
    void escWithTheHelpOpenOverPresentationClosesOnlyTheHelp() {
        focusPlayButton();
        type(KeyCode.F5);
        assertTrue(teaching.mode().presentation().activeProperty().get());
        type(KeyCode.F1);
        assertTrue(teaching.mode().help().isShowing());
        assertEquals(HelpOverlay.PRESENTATION_FONT_PX, helpFontSize(), 0.01, "large type while presenting");
        type(KeyCode.ESCAPE);
        assertFalse(teaching.mode().help().isShowing(), "Esc closes the help");
        assertTrue(teaching.mode().presentation().activeProperty().get(), "and leaves presentation mode on");
        assertTrue(stage.isFullScreen(), "still full screen");
        type(KeyCode.ESCAPE);
        assertFalse(teaching.mode().presentation().activeProperty().get(), "a second Esc leaves presenting");
    }

    @Test
    void helpOverlayOpensWithF1AndTheQuestionMark() {
        focusPlayButton();
        type(KeyCode.F1);
        assertTrue(teaching.mode().help().isShowing());
        List<String> texts = teaching.mode().help().content().lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        for (Shortcuts.Entry e : Shortcuts.all()) {
            assertTrue(texts.contains(e.keys()) && texts.contains(e.action()), e + " listed");
        }
        for (Shortcuts.Entry e : Shortcuts.mouse()) {
            assertTrue(texts.contains(e.keys()) && texts.contains(e.action()), e + " listed");
        }
        assertEquals(HelpOverlay.FONT_PX, helpFontSize(), 0.01);
        type(KeyCode.F1);
        assertFalse(teaching.mode().help().isShowing());
        write("?");
        assertTrue(teaching.mode().help().isShowing());
        interact(() -> teaching.mode().help().hide());
    }

    @Test
    void teachingPanelsFillFromTheExplorersCurves() throws TimeoutException {
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> teaching.viewModel().curvesProperty().get() != null); // curves
        // Figure 1b and the one-step error are computed for the Teaching tab only
        assertNull(teaching.viewModel().figure1bProperty().get(), "no sweep while the explorer tab is shown");
        interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> "teaching-tab".equals(t.getId())).findFirst().orElseThrow()));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> teaching.viewModel().figure1bProperty().get() != null
                && teaching.viewModel().backwardErrorProperty().get() != null
                && teaching.viewModel().curvesProperty().get() != null); // teaching panels
        WaitForAsyncUtils.waitForFxEvents(); // the view's listeners run on the FX thread after the property is set
        assertNotNull(teaching.view().panel("fig1b").getRenderer());
        assertNotNull(teaching.view().panel("backward-error").getRenderer());
        assertNotNull(teaching.view().panel("distance").getRenderer());
        assertNotNull(teaching.view().panel("formula").getRenderer());
        assertEquals(3.0, teaching.viewModel().backwardErrorProperty().get().study().slope(Method.MODIFIED), 0.1);
    }

    @Test
    void playbackPointIsHighlightedOnThePlane() throws TimeoutException {
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> playback().lastStepProperty().get() == 400 && teaching.viewModel().curvesProperty().get() != null); // trajectories in the playback
        var plane = window.explorer().planeView();
        int n = 15;
        interact(() -> {
            playback().seek(n);
            plane.repaint();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] gd = playback().frameProperty().get().point(Method.GD).orElseThrow();
        var tr = plane.planeRenderer().chart().lastTransform();
        double px = tr.toPixelX(gd[0]);
        double py = tr.toPixelY(gd[1]);
        javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(
                (int) plane.canvas().getWidth(), (int) plane.canvas().getHeight());
        interact(() -> plane.snapshot(null, img));
        javafx.scene.paint.Color c = img.getPixelReader().getColor((int) Math.round(px), (int) Math.round(py));
        java.awt.Color expected = org.igrexplorer.ui.plot.MethodPalette.awt(Method.GD);
        // the centre of the 7 px GD dot has GD's colour (within anti-aliasing of 0.1 per channel)
        assertEquals(expected.getRed() / 255.0, c.getRed(), 0.1, "red at the GD point " + c);
        assertEquals(expected.getGreen() / 255.0, c.getGreen(), 0.1, "green at the GD point " + c);
        assertEquals(expected.getBlue() / 255.0, c.getBlue(), 0.1, "blue at the GD point " + c);
    }

    @Test
    void playbackMarkersSitOnTheCurvesTheExplorerShows() throws TimeoutException {
        waitFor(WAIT_S, TimeUnit.SECONDS,
                () -> playback().lastStepProperty().get() == 400 && teaching.viewModel().curvesProperty().get() != null);
        int n = 15;
        interact(() -> playback().seek(n));
        // move the start: the explorer's new curves arrive before (or after) the teaching curves follow
        interact(() -> vm.setStart(-1.2, 2.3));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.curvesProperty().get().parameters().a0() == -1.2); // explorer curves for the new start
        double[][] pair = new double[2][];
        interact(() -> {
            var shown = vm.curvesProperty().get().trajectories().get(Method.GD);
            pair[0] = shown.theta(Math.min(n, shown.lastStep()));
            pair[1] = teaching.overlays().shownFrame().point(Method.GD).orElseThrow();
        });
        assertEquals(pair[0][0], pair[1][0], 0, "a of the GD marker is on the drawn GD curve");
        assertEquals(pair[0][1], pair[1][1], 0, "b of the GD marker is on the drawn GD curve");
    }
}
