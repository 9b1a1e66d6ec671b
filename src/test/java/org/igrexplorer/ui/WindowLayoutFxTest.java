package org.igrexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * share of the height.
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
}
