package org.igrexplorer.ui.export.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.igrexplorer.ui.WindowFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export animation… on the real window (Monocle): live summary, bad values, cancel halfway. */
@Tag("fx-headless")
class AnimationDialogFxTest extends WindowFixture {

    @Override
    protected Parts parts() {
        return Parts.application(1200, 760);
    }

    private AnimationDialog dialog;

    /** @return the dialog's node with this CSS selector (never one of another test's windows) */
    @SuppressWarnings("unchecked")
    private <T extends javafx.scene.Node> T node(String selector) {
        return (T) dialog.stage().getScene().lookup(selector);
    }

    private void openFromTheMenu() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.curvesProperty().get() != null
                && teaching.viewModel().playback().lastStepProperty().get() > 0);
        Menu file = bar.getMenus().get(0);
        List<String> items = file.getItems().stream().map(MenuItem::getText).toList();
        int exportAt = items.indexOf("_Export");
        assertEquals("Export _animation (GIF, MP4)…", items.get(exportAt + 1), items.toString());
        interact(file.getItems().get(exportAt + 1)::fire);
        Stage shown = (Stage) window(w -> w instanceof Stage s && "Export animation".equals(s.getTitle())
                && s.isShowing() && s.getOwner() == window.getScene().getWindow());
        dialog = (AnimationDialog) shown.getUserData();
        assertTrue(dialog.stage().isShowing());
    }

    @Test
    void summaryFollowsTheSettingsAndBadValuesAreNamed() throws Exception {
        openFromTheMenu();
        Label summary = this.<Label>node("#animation-summary");
        int last = teaching.viewModel().playback().lastStepProperty().get();
        int frames = (int) Math.ceil(last * 20.0 / 20.0) + 1 + 20; // 20 steps/s at 20 fps, 1 s hold
        assertTrue(summary.getText().startsWith(frames + " frames"), summary.getText());
        Spinner<Integer> width = node("#animation-width");
        interact(() -> {
            dialog.format().setValue(AnimationFormat.MP4);
            width.getValueFactory().setValue(641);
        });
        assertTrue(summary.getText().contains("even width and height"), summary.getText());
        assertTrue(this.<javafx.scene.Node>node("#animation-export").isDisabled());
        interact(() -> width.getValueFactory().setValue(640));
        assertFalse(this.<javafx.scene.Node>node("#animation-export").isDisabled());
        interact(() -> dialog.target().setValue(AnimationDialog.Target.THREE_D));
        // Monocle has no 3D: the dialog says so instead of exporting an empty view
        assertTrue(summary.getText().contains("3D is not available"), summary.getText());
        assertTrue(this.<javafx.scene.Node>node("#animation-export").isDisabled());
    }

    @Test
    void cancelHalfwayLeavesNoFileAndTheWindowStaysUsable(@TempDir Path dir) throws Exception {
        openFromTheMenu();
        Spinner<Integer> width = node("#animation-width");
        Spinner<Integer> height = node("#animation-height");
        Spinner<Double> speed = node("#animation-speed");
        interact(() -> {
            width.getValueFactory().setValue(320);
            height.getValueFactory().setValue(200);
            speed.getValueFactory().setValue(2.0); // ten frames a step: long enough to cancel at half way on a fast machine
        });
        Path out = dir.resolve("plane.gif");
        boolean[] started = new boolean[1];
        interact(() -> started[0] = dialog.export(out));
        // the plan covers the whole run (a plan of the hold frames alone would end before the cancel)
        int last = teaching.viewModel().playback().lastStepProperty().get();
        assertEquals(400, last);
        assertTrue(this.<Label>node("#animation-summary").getText().startsWith((last * 10 + 1 + 20) + " frames"),
                this.<Label>node("#animation-summary").getText());
        assertTrue(started[0], dialog.status().getText());
        ProgressBar progress = this.<ProgressBar>node("#animation-progress");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> progress.getProgress() >= 0.5);
        // the window answers while frames are being made: the playback steps on the FX thread
        int before = teaching.viewModel().playback().stepProperty().get();
        interact(() -> teaching.viewModel().playback().seek(before + 3));
        assertEquals(before + 3, teaching.viewModel().playback().stepProperty().get());
        interact(() -> this.<javafx.scene.control.Button>node("#animation-close").fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.isRunning());
        // the end of a run sets 'not running' and then its status in one FX event: let that event finish
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.status().getText().startsWith("Cancelled: nothing was written"), dialog.status().getText());
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file is left");
        }
        // a second, short export completes: the dialog and the app are usable after a cancel
        interact(() -> speed.getValueFactory().setValue(400.0));
        interact(() -> dialog.export(out));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !dialog.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.status().getText().startsWith("Wrote "), dialog.status().getText());
        last = teaching.viewModel().playback().lastStepProperty().get();
        int frames = (int) Math.ceil(last * 20.0 / 400.0) + 1 + 20;
        assertEquals(frames, GifFrames.read(out).frames().size());
    }
}
