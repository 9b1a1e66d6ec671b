package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.ui.WindowFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window driven like a user, on Monocle's headless pipeline. */
@Tag("fx-headless")
class ExplorerViewFxTest extends WindowFixture {

    /** Longest wait for a background recompute to reach the view-model. */
    private static final long WAIT_S = 20;
    /** How far (logical pixels) the handle is dragged. */
    private static final double DRAG_PX = 60;

    private Trajectory gd() {
        var c = vm.curvesProperty().get();
        return c == null ? null : c.trajectories().get(Method.GD);
    }

    private void awaitGdFor(double h) throws TimeoutException {
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> gd() != null && gd().h() == h); // GD curve with h
    }

    @Test
    void clickingTheHSliderTrackChangesTheGdCurve() throws TimeoutException {
        awaitGdFor(0.05);
        Trajectory before = gd();
        Slider slider = lookup("#h-slider").queryAs(Slider.class);
        Node track = from(slider).lookup(".track").query();
        Bounds b = track.localToScreen(track.getBoundsInLocal());
        clickOn(b.getMinX() + b.getWidth() * 0.2, b.getCenterY(), MouseButton.PRIMARY);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.h().getValue() != 0.05); // h to change
        double h = vm.h().getValue();
        assertTrue(h < 0.05, "clicking left of the thumb lowers h, got " + h);
        awaitGdFor(h);
        assertNotEquals(before.a(1), gd().a(1), "the first GD step changed with h");
        assertEquals(vm.h().format(h), lookup("#h-field").queryAs(TextField.class).getText());
    }

    @Test
    void typingIntoTheHFieldChangesTheGdCurve() throws TimeoutException {
        awaitGdFor(0.05);
        TextField field = lookup("#h-field").queryAs(TextField.class);
        doubleClickOn(field).eraseText(12).write("0.02").type(KeyCode.ENTER);
        awaitGdFor(0.02);
        double r = 0.6 - 2.8 * 3.5;
        assertEquals(2.8 + 0.02 * 3.5 * r, gd().a(1), 1e-12);
        assertFalse(field.getStyleClass().contains("error"));
    }

    /** Issue 18 #20: x typed to 0 turns the paper's model flat; the formula and the explanation say so at once. */
    @Test
    void aConstantChangeRewritesTheFormulaAndTheExplanation() throws TimeoutException {
        awaitGdFor(0.05);
        Label explanation = lookup("#landscape-explanation").queryAs(Label.class);
        assertTrue(explanation.getText().contains("hyperbola"), explanation.getText());
        interact(() -> vm.constant("x").orElseThrow().commitText("0"));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> explanation.getText().contains("a flat loss"));
        assertFalse(explanation.getText().contains("hyperbola"), explanation.getText());
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> lookup(n -> n instanceof TextField t && t.getText().contains("x = 0.0"))
                .tryQuery().isPresent()); // the formula field reads "(y − abx)²/2 with x = 0.0, y = 0.6"
    }

    @Test
    void aBadTypedValueShowsAnErrorAndKeepsThePreviousValue() throws TimeoutException {
        awaitGdFor(0.05);
        Trajectory before = gd();
        TextField field = lookup("#h-field").queryAs(TextField.class);
        doubleClickOn(field).eraseText(12).write("fast").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.getStyleClass().contains("error"), "the field is marked");
        Label error = lookup("#h-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("not a number"), error.getText());
        assertEquals(0.05, vm.h().getValue());
        assertEquals(0.05, gd().h());
        assertEquals(before.size(), gd().size());
        Slider slider = lookup("#h-slider").queryAs(Slider.class);
        assertEquals(vm.h().toSlider(0.05), slider.getValue(), 1e-9, "the slider did not move");
    }

    @Test
    void draggingTheStartHandleMovesTheStart() throws TimeoutException {
        awaitGdFor(0.05);
        PlaneView plane = window.explorer().planeView();
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> plane.startPixel() != null); // the plane to paint
        double[] s = plane.startPixel();
        var p0 = plane.localToScreen(s[0], s[1]);
        drag(p0.getX(), p0.getY(), MouseButton.PRIMARY).moveBy(-DRAG_PX / 2, DRAG_PX / 4).moveBy(-DRAG_PX / 2,
                DRAG_PX / 4).release(MouseButton.PRIMARY);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.a0().getValue() < 2.8 - 0.1); // a0 to follow the handle
        assertTrue(vm.b0().getValue() < 3.5 - 0.05, "dragging down lowers b0, got " + vm.b0().getValue());
        double a0 = vm.a0().getValue();
        double b0 = vm.b0().getValue();
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> gd() != null && gd().a(0) == a0 && gd().b(0) == b0); // curves from the new start
        assertEquals(vm.a0().format(a0), lookup("#a0-field").queryAs(TextField.class).getText());
    }

    @Test
    void withoutThreeDTheSurfacePaneExplainsHowToEnableIt() {
        FxRobot robot = this;
        SurfaceView sv = window.explorer().surfaceView();
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            Label msg = robot.lookup("#no-3d-message").queryAs(Label.class);
            assertNotNull(msg);
            assertTrue(msg.getText().contains("-Dprism.forceGPU=true"));
            assertFalse(sv.isSupported3D());
        } else {
            assertTrue(sv.isSupported3D());
        }
        assertEquals(1, window.tabs().getTabs().size());
        interact(() -> window.addTab("Another", new Label("x")));
        assertEquals(2, window.tabs().getTabs().size());
    }

    @Test
    void draggingTheStartRepaintsTheOverlayNotTheBase() throws TimeoutException {
        awaitGdFor(0.05);
        PlaneView plane = window.explorer().planeView();
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.planeFieldProperty().get() != null && vm.isIdle()); // the plane's field
        WaitForAsyncUtils.waitForFxEvents();
        long[] before = plane.paintCounts();
        double[] s = plane.startPixel();
        Bounds pb = plane.localToScreen(plane.getBoundsInLocal());
        // towards the centre: the start stays inside the box, so the view (and the base) need not change
        drag(pb.getMinX() + s[0], pb.getMinY() + s[1], MouseButton.PRIMARY).moveBy(-DRAG_PX / 2, DRAG_PX / 4)
                .moveBy(-DRAG_PX / 2, DRAG_PX / 4).drop();
        waitFor(WAIT_S, TimeUnit.SECONDS, vm::isIdle); // the drag's curves
        WaitForAsyncUtils.waitForFxEvents();
        long[] after = plane.paintCounts();
        long base = after[0] - before[0];
        long overlay = after[1] - before[1];
        assertTrue(overlay >= 1, "the overlay follows the drag: " + overlay);
        assertTrue(base < overlay, "the base (heatmap, contours, axes) is not painted again for each move: base "
                + base + ", overlay " + overlay);
    }

    @Test
    void presentationModeEnlargesThePlanesText() throws TimeoutException {
        awaitGdFor(0.05);
        var chart = window.explorer().planeView().planeRenderer().chart();
        assertEquals(1.0, chart.fontScale(), 0);
        interact(() -> window.getScene().getRoot().getStyleClass().add("presentation"));
        assertTrue(chart.fontScale() >= 1.6, "at least 1.6×: " + chart.fontScale());
        interact(() -> window.getScene().getRoot().getStyleClass().remove("presentation"));
        assertEquals(1.0, chart.fontScale(), 0);
    }

    @Test
    void aClickOnThePlaneLegendFoldsOrOpensItAndAnotherUndoesIt() throws TimeoutException {
        awaitGdFor(0.05);
        PlaneView plane = window.explorer().planeView();
        var chart = plane.planeRenderer().chart();
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> chart.lastLegendBox() != null); // the legend
        boolean folded = chart.legendCollapsed();
        java.awt.geom.Rectangle2D first = chart.lastLegendBox();
        Bounds pb = plane.localToScreen(plane.getBoundsInLocal());
        clickOn(pb.getMinX() + first.getCenterX(), pb.getMinY() + first.getCenterY(), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!folded, chart.legendCollapsed());
        java.awt.geom.Rectangle2D second = chart.lastLegendBox();
        java.awt.geom.Rectangle2D small = folded ? first : second;
        java.awt.geom.Rectangle2D full = folded ? second : first;
        assertTrue(small.getHeight() < full.getHeight() / 2, "one row: " + small + " vs " + full);
        clickOn(pb.getMinX() + second.getCenterX(), pb.getMinY() + second.getCenterY(), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(folded, chart.legendCollapsed());
        assertEquals(first.getHeight(), chart.lastLegendBox().getHeight(), 1e-9);
    }
}
