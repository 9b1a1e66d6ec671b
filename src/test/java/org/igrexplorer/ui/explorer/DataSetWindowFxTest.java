package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.experiment.ErrorStudy;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.sgd.SgdBackwardError;
import org.igrexplorer.ui.WindowFixture;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.ui.teaching.TeachingViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The data set, the batch, SGD's curves and SGD's one-epoch error panel, driven like a user on Monocle. */
@Tag("fx-headless")
class DataSetWindowFxTest extends WindowFixture {

    /** Longest wait for a background recompute to reach the view-model. */
    private static final long WAIT_S = 60;
    /** The four points: the table's default. */
    private static final DataSet FOUR = DataSet.parse("1:0.6,2:1.0,0.5:0.2,1.5:1.1");
    /** Size of the offscreen image the plane is painted into. */
    private static final int W = 900;
    private static final int H = 700;
    /** Least cosine between a pixel's change and the legend colour's direction from the background. */
    private static final double SAME_DIRECTION = 0.97;

    @Override
    protected Parts parts() {
        return Parts.explorer().withTeaching();
    }

    private void fitData() throws TimeoutException {
        CheckBox fit = lookup("#fit-data").queryAs(CheckBox.class);
        interact(fit::fire);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.curvesProperty().get() != null
                && vm.curvesProperty().get().parameters().model().hasData() && vm.isIdle()); // curves on the data set
    }

    /** Types into a field as a user does: focus, select all, type, Enter. */
    private void typeInto(String id, String text) {
        TextField f = lookup(id).queryAs(TextField.class);
        interact(() -> {
            f.requestFocus();
            f.selectAll();
        });
        write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBadValueInTheTableIsRefusedWithAMessageAndEscTakesItBack() throws TimeoutException {
        fitData();
        RunParameters before = vm.parametersProperty().get();
        var curves = vm.curvesProperty().get();
        typeInto("#point-y-3", "abc");
        TextField cell = lookup("#point-y-3").queryAs(TextField.class);
        assertTrue(cell.getStyleClass().contains("error"), "the cell is marked");
        Label message = lookup("#data-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("y₃: 'abc' is not a number; kept 0.2", message.getText());
        assertEquals(FOUR, vm.parametersProperty().get().model().data(), "the data are intact");
        assertSame(before, vm.parametersProperty().get());
        assertSame(curves, vm.curvesProperty().get(), "nothing recomputed");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.2", cell.getText(), "Esc takes the entry back");
        assertFalse(cell.getStyleClass().contains("error"));
        assertFalse(message.isVisible());

        typeInto("#point-y-3", "0.25");
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.curvesProperty().get().parameters().model().data().y(2) == 0.25);
        assertEquals(0.25, ((DataSetLoss) vm.parametersProperty().get().landscape()).data().y(2));
    }

    @Test
    void aBatchThatDoesNotDivideNIsRefusedWithTheDivisors() throws TimeoutException {
        fitData();
        typeInto("#batch-field", "3");
        Label error = lookup("#batch-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("batch size 3 does not divide n = 4 points; choose one of 1, 2, 4; kept 1", error.getText());
        assertTrue(lookup("#batch-field").queryAs(TextField.class).getStyleClass().contains("error"));
        assertEquals(1, vm.dataSet().batch());
        typeInto("#batch-field", "2");
        assertFalse(error.isVisible());
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.curvesProperty().get().sgd() != null
                && vm.curvesProperty().get().sgd().batch() == 2);
        assertTrue(lookup("#sgd-explanation").queryAs(Label.class).getText().contains("B = 2"));
    }

    @Test
    void eachSgdCurveIsDrawnOnThePlaneInItsLegendColour() throws TimeoutException {
        fitData();
        for (Method m : Method.SGD_METHODS) {
            BufferedImage without = paintPlane().image();
            CheckBox toggle = lookup("#show-" + m.id()).queryAs(CheckBox.class);
            interact(toggle::fire);
            waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.isIdle() && vm.curvesProperty().get().trajectories()
                    .containsKey(m)); // the curve
            WaitForAsyncUtils.waitForFxEvents();
            XYChart chart = window.explorer().planeView().planeRenderer().chart();
            Painted with = paintPlane();
            Color legend = chart.legendRows().stream().filter(r -> r.name().startsWith(m.label())).findFirst()
                    .orElseThrow(() -> new AssertionError("no legend row for " + m.id())).color();
            Trajectory t = vm.curvesProperty().get().trajectories().get(m);
            assertDrawnIn(with.image(), without, t, legend, with.transform(), with.legend(), m);
            interact(toggle::fire);
            waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.isIdle() && !vm.curvesProperty().get().trajectories()
                    .containsKey(m)); // the curve gone again
        }
    }

    /** The plane painted offscreen, with the transform and legend box of that paint (not of a later screen paint). */
    private record Painted(BufferedImage image, PlotTransform transform, Rectangle2D legend) {
    }

    private Painted paintPlane() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Painted[] out = new Painted[1];
        interact(() -> {
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            XYChart chart = window.explorer().planeView().planeRenderer().chart();
            window.explorer().planeView().planeRenderer().paint(g, W, H);
            g.dispose();
            out[0] = new Painted(img, chart.lastTransform(), chart.lastLegendBox());
        });
        return out[0];
    }

    /**
     * Where the curve passes (away from the legend and the start handle), the pixels changed by drawing it moved
     * from the background straight toward the legend colour: the change is parallel to (legend − background), by
     * the legend's opacity where the line covers a pixel fully.
     */
    private static void assertDrawnIn(BufferedImage with, BufferedImage without, Trajectory t, Color legend,
                                      PlotTransform tr, Rectangle2D legendBox, Method m) {
        double alpha = legend.getAlpha() / 255.0;
        int checked = 0;
        int agree = 0;
        double deepest = 0;
        double sx = tr.toPixelX(t.a(0));
        double sy = tr.toPixelY(t.b(0));
        for (int i = 1; i < t.size(); i++) {
            double px = tr.toPixelX(t.a(i));
            double py = tr.toPixelY(t.b(i));
            if (!tr.contains(px, py) || legendBox.contains(px, py) || Math.hypot(px - sx, py - sy) < 14) {
                continue;
            }
            // the most changed pixel next to the point
            int bx = -1;
            int by = -1;
            double best = 0;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = (int) Math.floor(px) + dx;
                    int y = (int) Math.floor(py) + dy;
                    double d = distance(with.getRGB(x, y), without.getRGB(x, y));
                    if (d > best) {
                        best = d;
                        bx = x;
                        by = y;
                    }
                }
            }
            if (best < 12) {
                continue; // another curve drawn over it here, or an antialiased fringe
            }
            int b = without.getRGB(bx, by);
            int w = with.getRGB(bx, by);
            double[] change = {red(w) - red(b), green(w) - green(b), blue(w) - blue(b)};
            double[] toLegend = {legend.getRed() - red(b), legend.getGreen() - green(b), legend.getBlue() - blue(b)};
            double cos = dot(change, toLegend) / Math.sqrt(dot(change, change) * dot(toLegend, toLegend));
            double depth = Math.sqrt(dot(change, change) / dot(toLegend, toLegend));
            checked++;
            if (cos > SAME_DIRECTION) {
                agree++;
            }
            deepest = Math.max(deepest, depth);
        }
        assertTrue(checked >= 10, m.id() + ": enough of the curve is in view (" + checked + " points)");
        assertTrue(agree >= 0.9 * checked, String.format(Locale.ROOT, "%s drawn in its legend colour at %d of %d "
                + "points", m.id(), agree, checked));
        // a full pixel of one line reaches the legend's opacity; SGD's faint paths overlap, so there it is more
        assertTrue(deepest > alpha - 0.12 && (alpha < 1 || deepest < 1.05), String.format(Locale.ROOT,
                "%s: the deepest change %.2f for the legend colour's opacity %.2f", m.id(), deepest, alpha));
    }

    private static double distance(int p, int q) {
        return Math.abs(red(p) - red(q)) + Math.abs(green(p) - green(q)) + Math.abs(blue(p) - blue(q));
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    @Test
    void theOneEpochPanelShowsTheCoresExperimentAndItsSlopes() throws TimeoutException {
        fitData();
        // like the other studies, the panel computes while the Teaching tab shows it
        interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> "teaching-tab".equals(t.getId())).findFirst().orElseThrow()));
        TeachingViewModel tvm = teaching.viewModel();
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> tvm.sgdErrorProperty().get() != null
                && tvm.sgdErrorProperty().get().result() != null); // the study
        RunParameters p = vm.parametersProperty().get();
        ErrorStudy shown = tvm.sgdErrorProperty().get().result().study();
        ErrorStudy core = SgdBackwardError.compute((DataSetLoss) p.landscape(), 1, p.start(),
                SgdBackwardError.DEFAULT_COUNT).study();
        for (Method m : new Method[] {Method.EXACT, Method.MODIFIED, Method.SGD_MODIFIED}) {
            assertEquals(core.slope(m), shown.slope(m), 1e-12, m.id());
        }
        assertEquals(2, core.slope(Method.EXACT), 0.15);
        assertEquals(2, core.slope(Method.MODIFIED), 0.15);
        assertEquals(3, core.slope(Method.SGD_MODIFIED), 0.15);
        var canvas = window.lookup("#teaching-sgd-error");
        assertNotNull(canvas, "the panel is in the teaching tab");
        XYChart chart = (XYChart) ((org.igrexplorer.ui.plot.PlotCanvas) canvas).getRenderer();
        String slopes = String.format(Locale.ROOT, "slopes %.2f, %.2f, %.2f (theory 2, 2, 3)", core.slope(Method.EXACT),
                core.slope(Method.MODIFIED), core.slope(Method.SGD_MODIFIED));
        assertTrue(chart.title().contains("SGD's one-epoch error") && chart.title().contains(slopes), chart.title());
        assertEquals("learning rate h", chart.xAxis().label());
        assertTrue(chart.xAxis().isLog() && chart.yAxis().isLog(), "log–log");
        assertEquals(3, chart.legendRows().size(), "one legend row per flow");

        interact(() -> vm.fitDataProperty().set(false));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> tvm.sgdErrorProperty().get() == null); // the panel goes with the data
        assertFalse(window.lookup("#teaching-view").lookupAll("#teaching-sgd-error").stream().findAny().isPresent());
    }
}
