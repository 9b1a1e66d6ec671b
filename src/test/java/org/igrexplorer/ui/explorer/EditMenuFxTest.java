package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.WindowFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Undo and redo from the keyboard and the Edit menu of the real menu bar, on Monocle's headless pipeline. */
@Tag("fx-headless")
class EditMenuFxTest extends WindowFixture {

    /** Longest wait for a background recompute to reach the view-model. */
    private static final long WAIT_S = 20;

    @Override
    protected Parts parts() {
        return Parts.explorer().withFileMenus();
    }

    private MenuItem item(String id) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private boolean gdStartsAt(double a, double b) {
        var c = vm.curvesProperty().get();
        var gd = c == null ? null : c.trajectories().get(Method.GD);
        return gd != null && gd.a(0) == a && gd.b(0) == b;
    }

    @Test
    void aDragOfTheStartHandleIsUndoneByCtrlZAsOneStepAndRedoneByCtrlY() throws TimeoutException {
        PlaneView plane = window.explorer().planeView();
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> plane.startPixel() != null && gdStartsAt(2.8, 3.5)); // the plane
        assertTrue(item("menu-undo").isDisable(), "nothing to undo yet");
        double[] s = plane.startPixel();
        Bounds pb = plane.localToScreen(plane.getBoundsInLocal());
        drag(pb.getMinX() + s[0], pb.getMinY() + s[1], MouseButton.PRIMARY).moveBy(-20, 10).moveBy(-20, 10)
                .moveBy(-20, 10).release(MouseButton.PRIMARY);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.a0().getValue() < 2.8 - 0.1); // the drag to move the start
        double a = vm.a0().getValue();
        double b = vm.b0().getValue();
        assertEquals(1, vm.history().undoSize(), "three moves, one step");
        interact(() -> bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow()
                .getOnShowing().handle(null));
        assertEquals("Undo start (2.8, 3.5) → (" + vm.a0().format(a) + ", " + vm.b0().format(b) + ")",
                item("menu-undo").getText());
        assertFalse(item("menu-undo").isDisable());
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> gdStartsAt(2.8, 3.5)); // the curves from the old start
        assertEquals(2.8, vm.a0().getValue(), 0);
        assertFalse(item("menu-redo").isDisable());
        assertTrue(item("menu-redo").getText().startsWith("Redo start (2.8, 3.5) → "), item("menu-redo").getText());
        press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> gdStartsAt(a, b)); // the curves from the dragged start
        press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.SHIFT,
                KeyCode.CONTROL);
        assertTrue(item("menu-redo").isDisable(), "Ctrl+Shift+Z found nothing left to redo");
        assertEquals(a, vm.a0().getValue(), 0);
    }

    @Test
    void aSliderDragIsOneStep() throws TimeoutException {
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> gdStartsAt(2.8, 3.5));
        Slider slider = lookup("#h-slider").queryAs(Slider.class);
        Bounds thumb = from(slider).lookup(".thumb").query().localToScreen(
                from(slider).lookup(".thumb").query().getBoundsInLocal());
        drag(thumb.getCenterX(), thumb.getCenterY(), MouseButton.PRIMARY).moveBy(-15, 0).moveBy(-15, 0)
                .moveBy(-15, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double h = vm.h().getValue();
        assertTrue(h < 0.05, "dragging left lowers h: " + h);
        assertEquals(1, vm.history().undoSize());
        interact(() -> vm.history().undo());
        assertEquals(0.05, vm.h().getValue(), 0);
        assertEquals(vm.h().toSlider(0.05), slider.getValue(), 1e-9, "the slider follows the undo");
    }
}
