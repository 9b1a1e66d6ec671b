package org.igrexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.igrexplorer.core.session.RecentFiles;
import org.igrexplorer.ui.explorer.PlaneView;
import org.igrexplorer.ui.plane.PlaneRenderer;
import org.igrexplorer.ui.plot.LegendChecks;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window as the application opens it (explorer, MLP lab, teaching tab), in presentation mode
 * (full screen on Monocle's 1600 × 1200 screen) and as a small window (1280 × 720, 1024 × 768): no text a
 * user reads is cut ("bu…", "Reset pla…") or pushed out of its column, the status bar keeps to a small
 * share of the height, and the plane's legend leaves the plot to the data.
 */
@Tag("fx-headless")
class WindowLayoutFxTest extends ApplicationTest {

    /** Seconds to wait for background work to show up on screen. */
    private static final long WAIT_S = 20;
    /** The status bar may take at most this share of the window's height. */
    static final double MAX_STATUS_SHARE = 0.12;

    @TempDir
    static Path config;

    private ExecutorService background;
    private IgrApplication.OpenWindow open;
    private Stage stage;

    @Override
    public void start(Stage s) {
        System.setProperty(RecentFiles.CONFIG_DIR_PROPERTY, config.toString());
        stage = s;
        background = IgrApplication.newBackgroundExecutor();
        open = IgrApplication.open(s, background, 1280, 800);
        s.show();
    }

    @AfterEach
    void tearDown() {
        interact(() -> open.teaching().mode().presentation().exit());
        background.shutdownNow();
    }

    private void presenting() {
        interact(() -> open.teaching().mode().presentation().enter());
        settle();
    }

    private void windowOf(double w, double h) {
        interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        settle();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS,
                    () -> !asyncFx(() -> open.explorer().curveStatusProperty().get()).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("no curves after " + WAIT_S + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T asyncFx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(WAIT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void select(String tabTitle) {
        interact(() -> {
            for (Tab t : open.window().tabs().getTabs()) {
                if (t.getText().startsWith(tabTitle)) {
                    open.window().tabs().getSelectionModel().select(t);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return every text on screen that is cut, in every tab, described for the failure message */
    private List<String> cutTexts(String where) {
        List<String> cut = new ArrayList<>();
        for (String tab : List.of("Two-parameter", "MLP lab", "Teaching")) {
            select(tab);
            cut.addAll(asyncFx(() -> {
                List<String> found = new ArrayList<>();
                // a result that arrived after the last pulse (e.g. the catapult sentence of a Figure 1b sweep the
                // tab's selection started) is laid out before it is judged, as the next pulse would
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                collectCut(stage.getScene().getRoot(), found);
                return found.stream().map(s -> where + ", " + tab + ": " + s).toList();
            }));
        }
        return cut;
    }

    /** Walks the shown nodes; notes each label, button or check box whose text is cut or out of its column. */
    static void collectCut(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
            if (l.lookup(".text") instanceof Text shown && !shown.getText().replace("\n", " ").strip()
                    .equals(full.replace("\n", " ").strip()) && !(l.isWrapText() && shownWhole(shown, full))) {
                out.add("'" + full + "' shows as '" + shown.getText() + "' (" + l.getClass().getSimpleName()
                        + " " + l.getId() + ", width " + Math.round(l.getWidth()) + ")");
            } else {
                String outside = outsideItsViewport(l);
                if (outside != null) {
                    out.add("'" + full + "' " + outside);
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectCut(c, out);
            }
        }
    }

    /** A wrapped text's lines, joined, are the whole text when no line was shortened. */
    private static boolean shownWhole(Text shown, String full) {
        return shown.getText().replaceAll("\\s+", "").equals(full.replaceAll("\\s+", ""));
    }

    /** @return why {@code l} reaches past the right edge of the scroll pane or scene it is in, or null */
    private static String outsideItsViewport(Labeled l) {
        Bounds b = l.localToScene(l.getLayoutBounds());
        double right = l.getScene().getWidth();
        for (Node p = l.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.lookup(".viewport") instanceof Region viewport) {
                right = Math.min(right, viewport.localToScene(viewport.getLayoutBounds()).getMaxX());
                break;
            }
        }
        return b.getMaxX() > right + 1 ? String.format(Locale.ROOT, "ends at x = %.0f, past the visible edge %.0f",
                b.getMaxX(), right) : null;
    }

    @Test
    void inPresentationModeNoTextIsCut() {
        presenting();
        List<String> cut = cutTexts("presentation");
        assertTrue(cut.isEmpty(), cut.size() + " texts cut:\n" + String.join("\n", cut));
    }

    @Test
    void inSmallWindowsNoTextIsCut() {
        List<String> cut = new ArrayList<>();
        for (double[] size : new double[][] {{1280, 720}, {1024, 768}}) {
            windowOf(size[0], size[1]);
            cut.addAll(cutTexts((int) size[0] + "×" + (int) size[1]));
        }
        assertTrue(cut.isEmpty(), cut.size() + " texts cut:\n" + String.join("\n", cut));
    }

    private double statusShare() {
        return asyncFx(() -> {
            Region bar = (Region) stage.getScene().getRoot().lookup(".status-bar");
            return bar.getHeight() / stage.getScene().getHeight();
        });
    }

    @Test
    void theStatusBarTakesLittleOfTheHeight() {
        select("Two-parameter");
        presenting();
        double presentation = statusShare();
        assertTrue(presentation <= MAX_STATUS_SHARE, "presentation: the status bar takes " + presentation);
        interact(() -> open.teaching().mode().presentation().exit());
        windowOf(1280, 720);
        double small = statusShare();
        assertTrue(small <= MAX_STATUS_SHARE, "1280×720: the status bar takes " + small);
    }

    /** @return the share of the plane's plot area that its legend covers */
    private double legendCover() {
        return asyncFx(() -> {
            PlaneView plane = open.window().explorer().planeView();
            XYChart chart = plane.planeRenderer().chart();
            Rectangle2D box = chart.lastLegendBox();
            Rectangle2D area = chart.lastTransform().area();
            if (box == null) {
                return 0.0;
            }
            Rectangle2D in = box.createIntersection(area);
            double cover = in.isEmpty() ? 0 : in.getWidth() * in.getHeight();
            assertTrue(box.getMaxX() <= plane.getWidth() + 1 && box.getMaxY() <= plane.getHeight() + 1
                    && box.getX() >= -1 && box.getY() >= -1, "the legend lies in the plane's panel");
            return cover / (area.getWidth() * area.getHeight());
        });
    }

    @Test
    void thePlanesLegendLeavesThePlotToTheData() {
        select("Two-parameter");
        List<String> covering = new ArrayList<>();
        presenting();
        double c = legendCover();
        if (c > PlaneRenderer.LEGEND_MAX_COVER + 1e-9) {
            covering.add("presentation: " + c);
        }
        interact(() -> open.teaching().mode().presentation().exit());
        for (double[] size : new double[][] {{1280, 720}, {1024, 768}, {1600, 960}}) {
            windowOf(size[0], size[1]);
            c = legendCover();
            if (c > PlaneRenderer.LEGEND_MAX_COVER + 1e-9) {
                covering.add((int) size[0] + "×" + (int) size[1] + ": " + c);
            }
        }
        assertEquals(List.of(), covering, "share of the plot under the legend");
    }

    @Test
    void theFoldedLegendOpensOnAClickAndMovesWhereItIsDragged() {
        select("Two-parameter");
        windowOf(1024, 768);
        PlaneView plane = open.window().explorer().planeView();
        XYChart chart = plane.planeRenderer().chart();
        assertTrue(folded(chart), "too large for the plane at 1024×768: folded to one row");
        Rectangle2D folded = asyncFx(chart::lastLegendBox);
        javafx.geometry.Bounds pb = asyncFx(() -> plane.localToScreen(plane.getBoundsInLocal()));
        clickOn(pb.getMinX() + folded.getCenterX(), pb.getMinY() + folded.getCenterY(),
                javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D opened = asyncFx(chart::lastLegendBox);
        assertTrue(!folded(chart) && opened.getHeight() > 3 * folded.getHeight(),
                "a click opens it: " + opened);
        // drag it by its middle 60 px and 120 px toward the middle of the plane: it follows the pointer
        double dx = opened.getCenterX() < pb.getWidth() / 2 ? 60 : -60;
        double dy = opened.getCenterY() < pb.getHeight() / 2 ? 120 : -120;
        drag(pb.getMinX() + opened.getCenterX(), pb.getMinY() + opened.getCenterY(),
                javafx.scene.input.MouseButton.PRIMARY);
        moveBy(dx / 2, dy / 2);
        moveBy(dx / 2, dy / 2);
        release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D moved = asyncFx(chart::lastLegendBox);
        // it follows the pointer as far as the panel lets it (the legend stays inside the plane's panel)
        double x = Math.max(0, Math.min(opened.getX() + dx, pb.getWidth() - opened.getWidth()));
        double y = Math.max(0, Math.min(opened.getY() + dy, pb.getHeight() - opened.getHeight()));
        assertTrue(Math.abs(y - opened.getY()) > 60, "room to move it: " + opened + " in " + pb);
        assertEquals(x, moved.getX(), 1.5, "moved across with the pointer");
        assertEquals(y, moved.getY(), 1.5, "moved up or down with the pointer");
        assertTrue(!folded(chart), "a drag does not fold it");
        interact(plane::resetView);
        assertTrue(folded(chart), "Reset plane view gives the legend its automatic place back");
    }

    private static boolean folded(XYChart chart) {
        return asyncFx(chart::legendCollapsed);
    }

    /** @return the smallest font scale of the charts drawn in the MLP lab */
    private double smallestLabChartScale() {
        select("MLP lab");
        return asyncFx(() -> stage.getScene().getRoot().lookupAll("." + PlotCanvas.STYLE_CLASS)
                .stream().filter(n -> isIn(n, "MLP lab"))
                .mapToDouble(n -> ((XYChart) ((PlotCanvas) n).getRenderer()).fontScale())
                .min().orElseThrow());
    }

    private boolean isIn(Node n, String tabTitle) {
        for (Tab t : open.window().tabs().getTabs()) {
            if (t.getText().startsWith(tabTitle)) {
                for (Node p = n; p != null; p = p.getParent()) {
                    if (p == t.getContent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void presentationEnlargesTheMlpLabsChartsAndTheNetworkPlane() {
        assertEquals(1.0, smallestLabChartScale(), 0);
        var networkPlane = new org.igrexplorer.ui.network.NetworkLandscapeViews.Plane();
        presenting();
        double lab = smallestLabChartScale();
        assertTrue(lab >= 1.6, "the MLP lab's charts in presentation mode: " + lab);
        interact(() -> ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).setRight(networkPlane));
        double network = asyncFx(() -> networkPlane.renderer().chart().fontScale());
        assertTrue(network >= 1.6, "the network landscape plane in presentation mode: " + network);
        interact(() -> open.teaching().mode().presentation().exit());
        assertEquals(1.0, asyncFx(() -> networkPlane.renderer().chart().fontScale()), 0);
        interact(() -> ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).setRight(null));
    }

    /** The teaching panels drawn as charts, by the name their canvas's id ends with. */
    private static final List<String> TEACHING_CHARTS = List.of("fig1b", "backward-error", "distance", "balance",
            "sharpness");
    /** Pixels a drawn text may stray past its box (antialiasing fringe). */
    private static final double TEXT_TOLERANCE_PX = 0.5;

    private PlotCanvas teachingCanvas(String name) {
        return (PlotCanvas) stage.getScene().getRoot().lookup("#teaching-" + name);
    }

    /** Sets β and waits until the teaching charts show it: momentum rows with β > 0, none without. */
    private void teachingWithBeta(double beta) throws TimeoutException {
        interact(() -> open.teaching().viewModel().betaProperty().set(beta));
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> asyncFx(() -> {
            for (String name : TEACHING_CHARTS) {
                if (!(teachingCanvas(name).getRenderer() instanceof XYChart c)) {
                    return false;
                }
                boolean momentum = c.legendRows().stream()
                        .anyMatch(r -> r.name().toLowerCase(Locale.ROOT).contains("momentum"));
                if (List.of("distance", "sharpness").contains(name) && momentum != beta > 0) {
                    return false;
                }
            }
            return true;
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * @param legendFont gets the smallest font size (pixels) of the panel's legend rows as the canvas draws them
     * @return what is wrong with the teaching chart {@code name} as shown now: a curve, point or marker line under
     *         its legend, a legend box outside the panel, a legend row outside its box, a text outside the panel
     */
    private List<String> teachingChartProblems(String name, String where, Map<String, Double> legendFont) {
        return asyncFx(() -> {
            List<String> found = new ArrayList<>();
            PlotCanvas canvas = teachingCanvas(name);
            XYChart chart = (XYChart) canvas.getRenderer();
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            String at = where + ", " + name + " (" + Math.round(w) + "×" + Math.round(h) + "): ";
            String under = LegendChecks.sampleUnderLegend(chart);
            if (under != null) {
                found.add(at + under);
            }
            List<LegendChecks.Drawn> drawn = LegendChecks.paintLikeTheScreen(chart, w, h);
            Rectangle2D box = chart.lastLegendBox();
            if (box == null) {
                if (!chart.legendRows().isEmpty()) {
                    found.add(at + "no legend");
                }
                return found;
            }
            Rectangle2D panel = new Rectangle2D.Double(-TEXT_TOLERANCE_PX, -TEXT_TOLERANCE_PX, w + 2 * TEXT_TOLERANCE_PX,
                    h + 2 * TEXT_TOLERANCE_PX);
            if (!panel.contains(box)) {
                found.add(at + "the legend " + box + " leaves the panel");
            }
            List<String> rows = chart.legendCollapsed() ? List.of(XYChart.COLLAPSED_LEGEND_TEXT)
                    : chart.legendRows().stream().map(XYChart.LegendEntry::name).toList();
            Rectangle2D inBox = new Rectangle2D.Double(box.getX() - TEXT_TOLERANCE_PX, box.getY() - TEXT_TOLERANCE_PX,
                    box.getWidth() + 2 * TEXT_TOLERANCE_PX, box.getHeight() + 2 * TEXT_TOLERANCE_PX);
            boolean titleDrawn = false;
            for (LegendChecks.Drawn d : drawn) {
                Rectangle2D b = d.bounds();
                if (rows.contains(d.text())) {
                    legendFont.merge(name, d.font().getSize(), Math::min);
                    if (!inBox.contains(b)) {
                        found.add(at + "legend row '" + d.text() + "' " + b + " runs out of its box " + box);
                    }
                }
                titleDrawn |= d.text().equals(chart.title());
                if (!panel.contains(b)) {
                    found.add(at + "'" + d.text() + "' " + b + " leaves the panel");
                }
            }
            if (!titleDrawn) {
                found.add(at + "no title drawn");
            }
            return found;
        });
    }

    /**
     * Every teaching chart, with and without momentum, in presentation mode and in small windows: its legend lies
     * over no curve, point or marker line (else it folds to one row), inside its panel, its rows inside its box, in
     * type 1.6× larger in presentation mode; its title and every other text lie inside the panel.
     */
    @Test
    void everyTeachingChartsLegendHidesNoDataStaysInsideAndGrowsForAnAudience() throws TimeoutException {
        select("Teaching");
        List<String> problems = new ArrayList<>();
        Map<String, Double> normalFont = new HashMap<>();
        Map<String, Double> presentationFont = new HashMap<>();
        // with a data set fitted a third column holds SGD's one-epoch error: narrower panels for all
        for (String data : List.of("", "fitted data")) {
            if (!data.isEmpty()) {
                interact(() -> open.explorer().fitDataProperty().set(true));
            }
            for (double beta : data.isEmpty() ? new double[] {0.5, 0} : new double[] {0.5}) {
                for (String mode : List.of("1280×720", "1024×768", "presentation")) {
                    if (mode.equals("presentation")) {
                        presenting();
                    } else {
                        interact(() -> open.teaching().mode().presentation().exit());
                        String[] size = mode.split("×");
                        windowOf(Double.parseDouble(size[0]), Double.parseDouble(size[1]));
                    }
                    teachingWithBeta(beta);
                    List<String> names = new ArrayList<>(TEACHING_CHARTS);
                    if (!data.isEmpty()) {
                        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> asyncFx(() -> teachingCanvas("sgd-error")
                                .getRenderer() instanceof XYChart c && !c.legendRows().isEmpty()));
                        names.add("sgd-error");
                    }
                    for (String name : names) {
                        problems.addAll(teachingChartProblems(name, "β = " + beta + ", " + mode + " " + data,
                                mode.equals("presentation") ? presentationFont : normalFont));
                    }
                }
            }
        }
        interact(() -> open.explorer().fitDataProperty().set(false));
        for (String name : TEACHING_CHARTS) {
            double normal = normalFont.getOrDefault(name, Double.NaN);
            double presentation = presentationFont.getOrDefault(name, Double.NaN);
            if (!(presentation >= XYChart.PRESENTATION_SCALE * normal)) {
                problems.add(name + ": legend type " + presentation + " px in presentation mode, " + normal
                        + " px otherwise");
            }
        }
        assertEquals(List.of(), problems, problems.size() + " problems");
    }

    @Test
    void aFoldedTeachingLegendOpensOnAClickAndStaysOpenWithNewData() throws TimeoutException {
        select("Teaching");
        windowOf(1024, 768);
        teachingWithBeta(0.5);
        PlotCanvas distance = asyncFx(() -> teachingCanvas("distance"));
        XYChart chart = asyncFx(() -> (XYChart) distance.getRenderer());
        assertTrue(folded(chart), "no free place for the distance legend at 1024×768: folded");
        Rectangle2D folded = asyncFx(chart::lastLegendBox);
        Bounds pb = asyncFx(() -> distance.localToScreen(distance.getBoundsInLocal()));
        clickOn(pb.getMinX() + folded.getCenterX(), pb.getMinY() + folded.getCenterY(),
                javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!folded(chart) && asyncFx(chart::lastLegendBox).getHeight() > 3 * folded.getHeight(),
                "a click opens it: " + asyncFx(chart::lastLegendBox));
        teachingWithBeta(0.3);
        XYChart next = asyncFx(() -> (XYChart) distance.getRenderer());
        assertTrue(next != chart && !folded(next), "the chart of new data keeps it open");
    }
}
