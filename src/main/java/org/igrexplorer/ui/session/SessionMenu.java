package org.igrexplorer.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.igrexplorer.core.session.Preset;
import org.igrexplorer.core.session.Presets;
import org.igrexplorer.core.session.RecentFiles;
import org.igrexplorer.core.session.SessionFiles;
import org.igrexplorer.core.session.SessionManager;
import org.igrexplorer.core.session.SessionState;
import org.igrexplorer.ui.dialog.DialogService;
import org.igrexplorer.ui.dialog.DialogService.FileRequest;
import org.igrexplorer.ui.dialog.DialogService.FileType;

/**
 * The session part of the menu bar: File → Open session…, Save session, Save session as…,
 * Open recent; and a Presets menu whose items show their one-line explanation. The window installs
 * it with one call:
 *
 * <pre>
 * SessionMenu.install(menuBar, stage, dialogs, viewModel::toSessionState, viewModel::apply);
 * </pre>
 * Everything here runs on the FX thread; file work goes to one background thread.
 */
public final class SessionMenu {

    private static final ExecutorService IO = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-io");
        t.setDaemon(true);
        return t;
    });

    private static final String TOOLTIP_KEY = "igr.presetTooltip";

    /** The files a session dialog offers. */
    static final FileType SESSIONS = FileType.of("IGR Explorer sessions", SessionFiles.EXTENSION, "json");

    private final Stage stage;
    private final DialogService dialogs;
    private final SessionActions actions;
    private final Menu recentMenu = new Menu("Open recent");
    private Path currentFile;
    private String titleBase;

    private SessionMenu(Stage stage, DialogService dialogs, SessionActions actions) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.actions = actions;
        // "Save" writes to the last file that opened successfully, never to one that failed to load
        actions.setOnOpened(p -> {
            currentFile = p;
            updateTitle();
        });
        actions.setOnSaved(p -> {
            if (p.equals(currentFile)) {
                updateTitle();
            }
        });
    }

    /**
     * Adds File items (creating a "File" menu if the bar has none) and a "Presets" menu.
     *
     * @param bar     the window's menu bar. Modified.
     * @param stage   the window whose title names the session file
     * @param dialogs the file dialogs and error messages
     * @param capture the window's current state
     * @param apply   sets the window from a state
     * @return the installed menu (e.g. to open a file given on the command line)
     */
    public static SessionMenu install(MenuBar bar, Stage stage, DialogService dialogs, Supplier<SessionState> capture,
                                      Consumer<SessionState> apply) {
        return install(bar, stage, dialogs, capture, apply, s -> List.of());
    }

    /**
     * As {@link #install(MenuBar, Stage, DialogService, Supplier, Consumer)}, with a check of whether the window can
     * show a state (a state that does not fit is refused whole, with a message).
     */
    public static SessionMenu install(MenuBar bar, Stage stage, DialogService dialogs, Supplier<SessionState> capture,
                                      Consumer<SessionState> apply, Function<SessionState, List<String>> fits) {
        SessionManager manager = new SessionManager(capture.get(), RecentFiles.openDefault());
        SessionMenu menu = new SessionMenu(stage, dialogs, new SessionActions(manager, capture, apply, fits, IO,
                Platform::runLater, msg -> dialogs.showError("Session", msg)));
        Menu file = bar.getMenus().stream().filter(m -> "File".equals(m.getText().replace("_", ""))).findFirst().orElseGet(() -> {
            Menu m = new Menu("File");
            bar.getMenus().add(0, m);
            return m;
        });
        file.getItems().addAll(0, menu.fileItems());
        bar.getMenus().add(Math.min(bar.getMenus().size(), bar.getMenus().indexOf(file) + 1), menu.presetsMenu());
        return menu;
    }

    /** @return the actions behind the menu */
    public SessionActions actions() {
        return actions;
    }

    /** Opens {@code file} as if chosen in the dialog. */
    public void open(Path file) {
        actions.open(file);
    }

    private List<MenuItem> fileItems() {
        MenuItem open = new MenuItem("Open session…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> dialogs.showOpenDialog(request("Open session", null)).ifPresent(this::open));
        MenuItem save = new MenuItem("Save session");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> {
            if (currentFile == null) {
                saveAs();
            } else {
                actions.save(currentFile);
            }
        });
        MenuItem saveAs = new MenuItem("Save session as…");
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveAs.setOnAction(e -> saveAs());
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        return List.of(open, recentMenu, save, saveAs, new SeparatorMenuItem());
    }

    private void saveAs() {
        dialogs.showSaveDialog(request("Save session", "session." + SessionFiles.EXTENSION)).ifPresent(this::saveAs);
    }

    /**
     * Saves the window's state to {@code file} in the background, as the "Save session as…" dialog does;
     * once written, the file's name leads the window title and later "Save session" writes there.
     */
    public void saveAs(Path file) {
        currentFile = file;
        actions.save(file);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<Path> recent = actions.recentFiles();
        for (Path p : recent) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear list");
            clear.setOnAction(e -> actions.clearRecentFiles());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    /**
     * Plain items (a custom node per item drew blank popups): the explanation is each item's tooltip
     * while the menu shows, and the status line after choosing it.
     */
    private Menu presetsMenu() {
        Menu menu = new Menu("Presets");
        for (Preset p : Presets.all()) {
            MenuItem item = new MenuItem(p.label());
            item.setId("preset-" + p.id());
            item.setMnemonicParsing(false);
            item.setUserData(p.explanation());
            item.setOnAction(e -> {
                currentFile = null;
                updateTitle();
                actions.applyPreset(p);
            });
            menu.getItems().add(item);
        }
        // the items' nodes exist once the popup shows; each gets its explanation as tooltip
        menu.setOnShown(e -> menu.getItems().forEach(i -> {
            javafx.scene.Node node = i.getStyleableNode();
            if (node != null && i.getUserData() instanceof String explanation
                    && !(node.getProperties().get(TOOLTIP_KEY) instanceof Tooltip)) {
                Tooltip tip = new Tooltip(explanation);
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                tip.setShowDelay(javafx.util.Duration.millis(250));
                Tooltip.install(node, tip);
                node.getProperties().put(TOOLTIP_KEY, tip);
            }
        }));
        return menu;
    }

    /** The window title: the session file's name first, once there is one. */
    private void updateTitle() {
        if (titleBase == null) {
            titleBase = stage.getTitle() == null ? "" : stage.getTitle();
        }
        stage.setTitle(currentFile == null ? titleBase : currentFile.getFileName() + " — " + titleBase);
    }

    private FileRequest request(String title, String initialName) {
        Path folder = currentFile == null ? null : currentFile.toAbsolutePath().getParent();
        return new FileRequest(title, initialName, folder, List.of(SESSIONS, FileType.ANY));
    }
}
