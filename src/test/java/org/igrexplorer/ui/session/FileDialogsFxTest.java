package org.igrexplorer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.igrexplorer.core.session.SessionFiles;
import org.igrexplorer.ui.WindowFixture;
import org.igrexplorer.ui.dialog.DialogService.FileType;
import org.igrexplorer.ui.dialog.StubDialogs;
import org.igrexplorer.ui.export.ExportActions;
import org.igrexplorer.ui.export.ImageFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save, Open and Export through the File menu of the real window, with the dialogs answered by a
 * stub: what each dialog is asked, and what the chosen files then hold. Monocle.
 */
@Tag("fx-headless")
class FileDialogsFxTest extends WindowFixture {

    /** Seconds to wait for background writing and recomputing. */
    private static final long WAIT_S = 20;

    @TempDir
    Path dir;

    private final StubDialogs dialogs = new StubDialogs();

    @Override
    protected Parts parts() {
        return Parts.explorer().size(1200, 760).withFileMenus(dialogs);
    }

    private MenuItem item(String text) {
        Menu file = bar.getMenus().get(0);
        Menu export = (Menu) file.getItems().stream().filter(i -> "_Export".equals(i.getText())).findFirst().orElseThrow();
        return java.util.stream.Stream.concat(file.getItems().stream(), export.getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    private void fire(String text) {
        MenuItem i = item(text);
        interact(i::fire);
    }

    private static String text(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void saveThenOpenRestoresTheStateTheFileHolds() throws Exception {
        Path session = dir.resolve("mine." + SessionFiles.EXTENSION);
        dialogs.choose(session);
        fire("Save session as…");
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> Files.isRegularFile(session) && Files.size(session) > 0);
        StubDialogs.Asked save = dialogs.last();
        assertEquals("save", save.kind());
        assertEquals("Save session", save.request().title());
        assertEquals("session." + SessionFiles.EXTENSION, save.request().initialName());
        assertEquals(List.of(SessionMenu.SESSIONS, FileType.ANY), save.request().types());
        assertTrue(text(session).contains("\"h\" : 0.05") || text(session).contains("\"h\":0.05"), text(session));

        interact(() -> vm.h().commitText("0.02"));
        assertEquals(0.02, vm.h().getValue());
        dialogs.choose(session);
        fire("Open session…");
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.h().getValue() == 0.05);
        StubDialogs.Asked open = dialogs.last();
        assertEquals("open", open.kind());
        assertEquals(dir.toAbsolutePath(), open.request().initialFolder(), "opens where the session was saved");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void exportsWriteTheChosenFilesAndACancelWritesNothing() throws Exception {
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.curvesProperty().get() != null);
        Path svg = dir.resolve("plane.svg");
        dialogs.choose(svg);
        fire("Plane as image (PNG, SVG, PDF)…");
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> Files.isRegularFile(svg) && text(svg).contains("</svg>"));
        assertEquals(List.of(ImageFormat.SVG, ImageFormat.PDF, ImageFormat.PNG).stream().map(ExportActions::type).toList(),
                dialogs.last().request().types());

        Path csv = dir.resolve("curves.csv");
        dialogs.choose(csv);
        fire("Curves as CSV…");
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> Files.isRegularFile(csv) && text(csv).lines().count() > 100);
        assertTrue(text(csv).startsWith("method,step,"), text(csv).lines().findFirst().orElse(""));
        assertEquals(dir.toAbsolutePath(), dialogs.last().request().initialFolder(), "opens in the last export's folder");

        dialogs.cancel();
        fire("Curves as JSON…");
        assertEquals("save", dialogs.last().kind());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "a cancelled dialog writes nothing");
        }
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedThroughTheDialogs() throws Exception {
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.curvesProperty().get() != null);
        Path folder = Files.createDirectory(dir.resolve("a-folder.json"));
        dialogs.choose(folder);
        fire("Curves as JSON…");
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.get(0).startsWith("Export: Cannot write " + folder), dialogs.errors.toString());
        assertTrue(Files.isDirectory(folder), "the folder is left as it was");
        assertFalse(Files.list(folder).findAny().isPresent());
    }
}
