package org.igrexplorer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.igrexplorer.core.session.Preset;
import org.igrexplorer.core.session.Presets;
import org.igrexplorer.core.session.RecentFiles;
import org.igrexplorer.core.session.SessionState;
import org.igrexplorer.ui.dialog.StubDialogs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Presets menu's items and the feedback of saving, on Monocle's headless pipeline. */
@Tag("fx-headless")
class SessionMenuFxTest extends ApplicationTest {

    /** Seconds to wait for background writing. */
    private static final long WAIT_S = 20;
    private static final String TITLE = "IGR Explorer test";

    /** Keeps the recent files list of this test out of the user's configuration folder. */
    @TempDir
    static Path config;

    @TempDir
    Path dir;

    private Stage stage;
    private MenuBar bar;
    private SessionMenu menu;
    private SessionState state = SessionState.DEFAULT;
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final StubDialogs dialogs = new StubDialogs();

    @Override
    public void start(Stage s) {
        System.setProperty(RecentFiles.CONFIG_DIR_PROPERTY, config.toString());
        stage = s;
        bar = new MenuBar();
        menu = SessionMenu.install(bar, s, dialogs, () -> state, st -> state = st);
        menu.actions().setOnNotice(notices::add);
        s.setTitle(TITLE);
        s.setScene(new Scene(new BorderPane(null, bar, null, null, null), 800, 500));
        s.show();
    }

    private Menu presets() {
        return bar.getMenus().stream().filter(m -> "Presets".equals(m.getText())).findFirst().orElseThrow();
    }

    @Test
    void presetsArePlainItemsWhoseExplanationIsTheirTooltipAndTheStatusAfterwards() throws TimeoutException {
        Menu presets = presets();
        assertEquals(Presets.all().stream().map(Preset::label).toList(),
                presets.getItems().stream().map(MenuItem::getText).toList());
        assertTrue(presets.getItems().stream().noneMatch(i -> i instanceof CustomMenuItem),
                "custom item nodes drew the popup blank");
        interact(presets::show);
        waitFor(WAIT_S, TimeUnit.SECONDS, presets::isShowing);
        for (int i = 0; i < Presets.all().size(); i++) {
            MenuItem item = presets.getItems().get(i);
            assertNotNull(item.getStyleableNode(), "the item is drawn in the popup");
            Object tip = item.getStyleableNode().getProperties().values().stream()
                    .filter(v -> v instanceof Tooltip).findFirst().orElse(null);
            assertTrue(tip instanceof Tooltip, "item " + item.getText() + " has a tooltip");
            assertEquals(Presets.all().get(i).explanation(), ((Tooltip) tip).getText());
        }
        interact(presets::hide);

        Preset ricochet = Presets.RICOCHET;
        interact(() -> presets.getItems().get(Presets.all().indexOf(ricochet)).fire());
        assertEquals(ricochet.state(), state);
        assertEquals(List.of("Preset " + ricochet.label() + ": " + ricochet.explanation()), notices);
    }

    @Test
    void savingPutsTheFileNameInTheTitleAndSaysSo() throws TimeoutException {
        Path file = dir.resolve("lecture-3.igr.json");
        state = Presets.FIG1A_FAR.state().withPresetId(null);
        interact(() -> menu.saveAs(file));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("lecture-3.igr.json"));
        assertEquals("lecture-3.igr.json — " + TITLE, stage.getTitle());
        assertTrue(Files.isRegularFile(file));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> !notices.isEmpty());
        assertTrue(notices.get(0).startsWith("Saved lecture-3.igr.json at "), notices.get(0));

        interact(() -> presets().getItems().get(0).fire());
        assertEquals(TITLE, stage.getTitle(), "a preset is not the saved file any more");

        interact(() -> menu.saveAs(dir.resolve("missing-folder").resolve("x.igr.json")));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.errors.get(0).startsWith("Session: ") && dialogs.errors.get(0).contains("x.igr.json"),
                dialogs.errors.toString());
        assertFalse(stage.getTitle().contains("x.igr.json"), "a failed save does not rename the window");
    }
}
