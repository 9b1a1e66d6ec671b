package org.igrexplorer.ui.teaching;

import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.igrexplorer.core.session.Panel;
import org.igrexplorer.ui.window.MainWindow;
import org.igrexplorer.ui.window.ViewMenu;
import org.igrexplorer.ui.explorer.ExplorerViewModel;

/**
 * Teaching mode in the main window, installed with one call after the stage has its scene:
 * <pre>{@code TeachingTab.install(stage, window, explorerViewModel, background);}</pre>
 * It adds the "Teaching" tab (panels and β), the playback bar at the bottom of the window, the
 * stability band, momentum (β &gt; 0) and the playback highlight in the explorer's 2D and 3D views, and the keyboard
 * shortcuts, presentation mode (F5) and help overlay (F1 or ?). If the window has a menu bar, a View
 * menu with the light/dark theme, presentation mode and the shortcuts joins it. The teaching
 * view-model follows the explorer's curves.
 */
public final class TeachingTab {

    /** Node id of the teaching tab. */
    public static final String TAB_ID = "teaching-tab";

    private final TeachingViewModel viewModel;
    private final TeachingView view;
    private final TeachingMode mode;
    private final PlaybackControls controls;
    private ExplorerOverlays overlays;
    private final ViewMenu viewMenu;

    private TeachingTab(TeachingViewModel viewModel, TeachingView view, TeachingMode mode, PlaybackControls controls,
            ViewMenu viewMenu) {
        this.viewModel = viewModel;
        this.view = view;
        this.mode = mode;
        this.controls = controls;
        this.viewMenu = viewMenu;
    }

    /**
     * @param stage      the main stage, its scene already set
     * @param window     the main window
     * @param explorer   the explorer's view-model (source of parameters and trajectories)
     * @param background executor for the panels' computations
     * @return what was installed
     */
    public static TeachingTab install(Stage stage, MainWindow window, ExplorerViewModel explorer, Executor background) {
        TeachingViewModel vm = new TeachingViewModel(background, Platform::runLater);
        TeachingView view = new TeachingView(vm);
        explorer.history().track(vm.betaProperty(), "momentum β",
                b -> String.format(Locale.ROOT, "%.2f", b.doubleValue()));
        Tab tab = window.addTab("Teaching", view);
        tab.setId(TAB_ID);
        // the studies only this tab shows are computed while it is selected
        vm.setStudiesWanted(tab.isSelected());
        view.setOnScreen(tab.isSelected());
        tab.selectedProperty().addListener((o, was, is) -> {
            vm.setStudiesWanted(is);
            view.setOnScreen(is);
        });
        // a session or preset with the Figure 1b sweep open brings this tab (its first panel) to the front
        window.registerPanel(Panel.SWEEP, () -> window.tabs().getSelectionModel().select(tab), tab::isSelected);
        PlaybackControls controls = new PlaybackControls(vm.playback());
        window.setBottom(controls);
        explorer.curvesProperty().addListener((o, was, s) -> {
            if (s != null) {
                vm.update(s.parameters(), s.trajectories());
                vm.updateSgd(s.sgd(), s.parameters().start());
            }
        });
        var now = explorer.curvesProperty().get();
        if (now != null) {
            vm.update(now.parameters(), now.trajectories());
            vm.updateSgd(now.sgd(), now.parameters().start());
        }
        ExplorerOverlays overlays = ExplorerOverlays.install(window.explorer(), explorer, vm, background);
        window.explorer().addControlSection(MomentumControls.section(vm, overlays));
        TeachingMode mode = TeachingMode.install(stage, vm.playback());
        view.presentationProperty().bind(mode.presentation().activeProperty());
        ViewMenu viewMenu = null;
        if (window.lookup("#main-menu-bar") instanceof MenuBar bar) {
            viewMenu = ViewMenu.install(bar, window);
            viewMenu.addAction("_Presentation mode", "view-presentation", "F5", mode.presentation()::toggle);
            viewMenu.addAction("_Keyboard shortcuts", "view-shortcuts", "F1", () -> mode.help().toggle(stage));
        }
        TeachingTab tab2 = new TeachingTab(vm, view, mode, controls, viewMenu);
        tab2.overlays = overlays;
        return tab2;
    }

    /** @return what teaching mode draws into the explorer's views */
    public ExplorerOverlays overlays() {
        return overlays;
    }

    public TeachingViewModel viewModel() {
        return viewModel;
    }

    public TeachingView view() {
        return view;
    }

    public TeachingMode mode() {
        return mode;
    }

    public PlaybackControls controls() {
        return controls;
    }

    /** @return the View menu this installed, or {@code null} when the window had no menu bar */
    public ViewMenu viewMenu() {
        return viewMenu;
    }
}
