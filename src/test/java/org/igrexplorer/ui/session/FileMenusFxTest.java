package org.igrexplorer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.igrexplorer.core.session.Preset;
import org.igrexplorer.core.session.Presets;
import org.igrexplorer.core.session.RecentFiles;
import org.igrexplorer.core.session.SessionState;
import org.igrexplorer.ui.IgrApplication;
import org.igrexplorer.ui.window.MainWindow;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.export.FigureExport;
import org.igrexplorer.ui.export.ExportSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** The menus installed on the real window, and the session bridge, on Monocle's headless pipeline. */
@Tag("fx-headless")
class FileMenusFxTest extends ApplicationTest {

    /** Keeps the recent files list of this test out of the user's configuration folder. */
    @TempDir
    static Path config;

    private ExplorerViewModel vm;
    private MainWindow window;
    private MenuBar bar;
    private ExecutorService background;

    @Override
    public void start(Stage stage) {
        System.setProperty(RecentFiles.CONFIG_DIR_PROPERTY, config.toString());
        background = IgrApplication.newBackgroundExecutor();
        vm = new ExplorerViewModel(background, Platform::runLater);
        window = new MainWindow(vm);
        bar = FileMenus.install(stage, window, window.explorer(), vm);
        stage.setScene(new Scene(window, 1200, 760));
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static List<String> texts(Menu m) {
        return m.getItems().stream().map(MenuItem::getText).toList();
    }

    @Test
    void menuBarHasFileWithExportAndPresets() {
        // underscores mark the mnemonics (Alt+F, Alt+E, Alt+L, Alt+P)
        assertEquals(List.of("_File", "_Edit", "_Landscape", "_Presets"),
                bar.getMenus().stream().map(Menu::getText).toList());
        Menu landscapes = bar.getMenus().get(2);
        assertEquals(org.igrexplorer.core.loss.Landscapes.names().size() + 2, landscapes.getItems().size(),
                "one item per built-in, a separator and Type a loss…");
        Menu file = bar.getMenus().get(0);
        assertTrue(texts(file).containsAll(List.of("Open session…", "Open recent", "Save session", "Save session as…",
                "_Export", "_Quit")), texts(file).toString());
        Menu export = (Menu) file.getItems().stream().filter(i -> "_Export".equals(i.getText())).findFirst()
                .orElseThrow();
        assertTrue(texts(export).contains("Plane as image (PNG, SVG, PDF)…"));
        assertEquals(Presets.all().size(), bar.getMenus().get(3).getItems().size());
    }

    @Test
    void presetsApplyWholeAndCaptureGivesThemBack() {
        ExplorerSessionBridge bridge = new ExplorerSessionBridge(vm, window.explorer());
        for (Preset p : Presets.all()) {
            AtomicReference<SessionState> captured = new AtomicReference<>();
            interact(() -> {
                bridge.apply(p.state());
                captured.set(bridge.capture());
            });
            SessionState c = captured.get();
            assertEquals(p.state().parameters(), c.parameters(), p.id());
            assertEquals(p.state().visibleCurves(), c.visibleCurves(), p.id());
            assertEquals(p.state().heightMode(), c.heightMode(), p.id());
            assertEquals(p.state().viewBox(), c.viewBox(), p.id());
            assertEquals(p.id(), c.presetId());
        }
    }

    @Test
    void stateBeyondTheWindowsRangesIsRefusedWhole() {
        ExplorerSessionBridge bridge = new ExplorerSessionBridge(vm, window.explorer());
        SessionState tooMany = Presets.RICOCHET.state()
                .withParameters(Presets.RICOCHET.state().parameters().withSteps(5_000_000));
        AtomicReference<SessionState> before = new AtomicReference<>();
        AtomicReference<SessionState> after = new AtomicReference<>();
        interact(() -> {
            before.set(bridge.capture());
            assertFalse(bridge.problems(tooMany).isEmpty());
            assertThrows(IllegalArgumentException.class, () -> bridge.apply(tooMany));
            after.set(bridge.capture());
        });
        assertEquals(before.get(), after.get());
    }

    @Test
    void livePlaneExportsAsSvg() {
        ExportSource source = FileMenus.exportSource(vm, window.explorer(), window);
        AtomicReference<byte[]> svg = new AtomicReference<>();
        interact(() -> {
            assertNotNull(source.plane());
            double[] size = source.planeSize();
            svg.set(FigureExport.svg(source.plane(), FigureExport.Options.of(size[0], size[1])));
        });
        assertTrue(new String(svg.get(), StandardCharsets.UTF_8).contains("<svg"));
    }
}
