package org.igrexplorer.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.igrexplorer.Version;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.session.UserSettings;
import org.igrexplorer.ui.dialog.DialogService;
import org.igrexplorer.ui.dialog.FxDialogService;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.export.animation.AnimationDialog;
import org.igrexplorer.ui.mlp.LandscapeSourceSwitch;
import org.igrexplorer.ui.mlp.MlpLabView;
import org.igrexplorer.ui.mlp.MlpLabViewModel;
import org.igrexplorer.ui.session.FileMenus;
import org.igrexplorer.ui.teaching.TeachingTab;
import org.igrexplorer.ui.window.MainWindow;

/** The application: one window with the {@link MainWindow}. */
public final class IgrApplication extends Application {

    /** Node id of the MLP lab's tab. */
    public static final String MLP_TAB_ID = "mlp-tab";

    private ExecutorService background;
    private ExecutorService settingsWriter;

    /** Launches the JavaFX application (blocks until the window closes). */
    public static void launchApp(String[] args) {
        Application.launch(IgrApplication.class, args);
    }

    /** @return a single daemon worker for recomputations (one job at a time per coalescer) */
    public static ExecutorService newBackgroundExecutor() {
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "igr-compute");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The whole window, as {@link #open} builds it.
     *
     * @param window   the main window (explorer, MLP lab and teaching tabs)
     * @param explorer the explorer's view-model
     * @param teaching the teaching tab (playback, presentation mode, View menu)
     */
    public record OpenWindow(MainWindow window, ExplorerViewModel explorer, TeachingTab teaching) {
    }

    /**
     * Builds the application window on {@code stage} (menus, tabs, teaching mode) and gives it a scene
     * of {@code width} × {@code height}; the caller shows the stage. Used by the application and by
     * {@code bench-ui}, so that the benchmark measures the real window. FX thread only.
     *
     * @param background where recomputations run
     */
    public static OpenWindow open(Stage stage, ExecutorService background, double width, double height) {
        return open(stage, background, Platform::runLater, RunParameters.DEFAULT, width, height);
    }

    /**
     * Builds the application window as {@link #open(Stage, ExecutorService, double, double)} does, with the
     * explorer's and the teaching tab's results published through {@code ui} and the explorer starting at
     * {@code initial}. {@code render --view window} passes {@code Runnable::run} for both executors, so that the
     * window is complete when this returns (it renders offscreen, on the FX thread, and shows nothing). FX thread only.
     *
     * @param background where recomputations run
     * @param ui         where their results are published
     * @param initial    the explorer's first parameters
     */
    public static OpenWindow open(Stage stage, Executor background, Executor ui, RunParameters initial,
            double width, double height) {
        ExplorerViewModel vm = new ExplorerViewModel(background, ui, initial);
        MainWindow window = new MainWindow(vm);
        DialogService dialogs = new FxDialogService(() -> stage);
        FileMenus.install(stage, window, window.explorer(), vm, dialogs);
        MlpLabView lab = new MlpLabView(new MlpLabViewModel(), dialogs);
        Tab mlpTab = window.addTab("MLP lab", lab);
        mlpTab.setId(MLP_TAB_ID);
        QuitGuard.install(stage, lab.viewModel()::unfinishedWork, QuitGuard.askUser(dialogs));
        LandscapeSourceSwitch.install(window.explorer(), lab.viewModel());
        stage.setTitle("IGR Explorer " + Version.get() + " — implicit gradient regularization");
        stage.setScene(new Scene(window, width, height));
        TeachingTab teaching = TeachingTab.install(stage, window, vm, background);
        if (window.lookup("#main-menu-bar") instanceof MenuBar bar) {
            AnimationDialog.install(bar, stage, window, vm, teaching.viewModel());
        }
        // the playback bar steps the two-parameter runs: the MLP lab has its own controls
        Node playback = window.getBottom();
        if (playback != null) {
            window.tabs().getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
                playback.setVisible(tab != mlpTab);
                playback.setManaged(tab != mlpTab);
            });
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        return new OpenWindow(window, vm, teaching);
    }

    @Override
    public void start(Stage stage) {
        background = newBackgroundExecutor();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1600, screen.getWidth() * 0.92);
        double h = Math.min(960, screen.getHeight() * 0.9);
        TeachingTab teaching = open(stage, background, w, h).teaching();
        if (teaching.viewMenu() != null) {
            settingsWriter = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "igr-settings");
                t.setDaemon(true);
                return t;
            });
            ThemePreference.restoreAndRemember(teaching.viewMenu().themeProperty(),
                    UserSettings.openDefault(), settingsWriter);
        }
        stage.show();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
        if (settingsWriter != null) {
            settingsWriter.shutdown(); // let a pending theme write finish
            try {
                settingsWriter.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
