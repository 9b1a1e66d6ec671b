package org.igrexplorer.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.igrexplorer.Version;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.teaching.TeachingTab;

/** The application: one window with the {@link MainWindow}. */
public final class IgrApplication extends Application {

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

    @Override
    public void start(Stage stage) {
        background = newBackgroundExecutor();
        ExplorerViewModel vm = new ExplorerViewModel(background, Platform::runLater);
        MainWindow window = new MainWindow(vm);
        org.igrexplorer.ui.session.FileMenus.install(stage, window, window.explorer(), vm);
        org.igrexplorer.ui.mlp.MlpLabView lab = new org.igrexplorer.ui.mlp.MlpLabView();
        javafx.scene.control.Tab mlpTab = window.addTab("MLP lab", lab);
        QuitGuard.install(stage, lab.viewModel()::unfinishedWork, QuitGuard.askUser(stage));
        org.igrexplorer.ui.mlp.LandscapeSourceSwitch.install(window.explorer(), lab.viewModel());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1600, screen.getWidth() * 0.92);
        double h = Math.min(960, screen.getHeight() * 0.9);
        stage.setTitle("IGR Explorer " + Version.get() + " — implicit gradient regularization");
        stage.setScene(new Scene(window, w, h));
        TeachingTab teaching = TeachingTab.install(stage, window, vm, background);
        // the playback bar steps the two-parameter runs: the MLP lab has its own controls
        javafx.scene.Node playback = window.getBottom();
        if (playback != null) {
            window.tabs().getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
                playback.setVisible(tab != mlpTab);
                playback.setManaged(tab != mlpTab);
            });
        }
        if (teaching.viewMenu() != null) {
            settingsWriter = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "igr-settings");
                t.setDaemon(true);
                return t;
            });
            ThemePreference.restoreAndRemember(teaching.viewMenu().themeProperty(),
                    org.igrexplorer.core.session.UserSettings.openDefault(), settingsWriter);
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
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
                settingsWriter.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
