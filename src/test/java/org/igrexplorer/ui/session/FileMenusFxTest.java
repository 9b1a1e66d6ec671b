package org.igrexplorer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.igrexplorer.core.session.Preset;
import org.igrexplorer.core.session.Presets;
import org.igrexplorer.core.session.SessionState;
import org.igrexplorer.ui.WindowFixture;
import org.igrexplorer.ui.export.FigureExport;
import org.igrexplorer.ui.export.ExportSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The menus installed on the real window, and the session bridge, on Monocle's headless pipeline. */
@Tag("fx-headless")
class FileMenusFxTest extends WindowFixture {

    @Override
    protected Parts parts() {
        return Parts.explorer().size(1200, 760).withFileMenus();
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
