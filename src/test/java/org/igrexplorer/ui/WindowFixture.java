package org.igrexplorer.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.igrexplorer.core.session.RecentFiles;
import org.igrexplorer.ui.dialog.DialogService;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.session.FileMenus;
import org.igrexplorer.ui.teaching.TeachingTab;
import org.igrexplorer.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The TestFX fixture of the tests that drive the program's main window: before each test a fresh background
 * executor, the explorer's view-model and the window with the parts the test asks for in {@link #parts()}
 * (the File menus, the Teaching tab, or the whole application as it starts), the recent-files list kept in a
 * temporary folder; after each test presentation mode left and the executor stopped.
 */
public abstract class WindowFixture extends ApplicationTest {

    /** Keeps the recent files list of the tests out of the user's configuration folder. */
    @TempDir
    static Path config;

    protected Stage stage;
    protected ExecutorService background;
    protected ExplorerViewModel vm;
    protected MainWindow window;
    /** The menu bar, or null without the File menus. */
    protected MenuBar bar;
    /** The Teaching tab, or null without it. */
    protected TeachingTab teaching;

    /**
     * What a test's window has.
     *
     * @param width       the scene's width
     * @param height      the scene's height
     * @param application the whole application as {@link IgrApplication#open} builds it (menus, tabs, teaching)
     * @param fileMenus   the File, Edit and Landscape menus
     * @param dialogs     the dialogs the File menus show (null: the real ones)
     * @param teaching    the Teaching tab
     */
    protected record Parts(double width, double height, boolean application, boolean fileMenus, DialogService dialogs,
                           boolean teaching) {

        /** The explorer alone at 1260 × 780. */
        public static Parts explorer() {
            return new Parts(1260, 780, false, false, null, false);
        }

        /** The application's own window, as it opens. */
        public static Parts application(double width, double height) {
            return new Parts(width, height, true, true, null, true);
        }

        public Parts size(double w, double h) {
            return new Parts(w, h, application, fileMenus, dialogs, teaching);
        }

        public Parts withFileMenus() {
            return new Parts(width, height, application, true, dialogs, teaching);
        }

        public Parts withFileMenus(DialogService d) {
            return new Parts(width, height, application, true, d, teaching);
        }

        public Parts withTeaching() {
            return new Parts(width, height, application, fileMenus, dialogs, true);
        }
    }

    /** @return the parts of this test class's window; the explorer alone unless overridden */
    protected Parts parts() {
        return Parts.explorer();
    }

    @Override
    public final void start(Stage s) {
        System.setProperty(RecentFiles.CONFIG_DIR_PROPERTY, config.toString());
        Parts p = parts();
        stage = s;
        background = IgrApplication.newBackgroundExecutor();
        if (p.application()) {
            IgrApplication.OpenWindow w = IgrApplication.open(s, background, p.width(), p.height());
            vm = w.explorer();
            window = w.window();
            teaching = w.teaching();
            bar = (MenuBar) window.lookup("#main-menu-bar");
        } else {
            vm = new ExplorerViewModel(background, Platform::runLater);
            window = new MainWindow(vm);
            if (p.fileMenus()) {
                bar = p.dialogs() == null ? FileMenus.install(s, window, window.explorer(), vm)
                        : FileMenus.install(s, window, window.explorer(), vm, p.dialogs());
            }
            s.setScene(new Scene(window, p.width(), p.height()));
            if (p.teaching()) {
                teaching = TeachingTab.install(s, window, vm, background);
            }
        }
        s.show();
    }

    @AfterEach
    void closeWindow() {
        if (teaching != null) {
            interact(() -> teaching.mode().presentation().exit());
        }
        background.shutdownNow();
    }
}
