package org.igrexplorer.ui.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.sgd.MeanIterate;
import org.igrexplorer.core.sgd.SgdRun;
import org.igrexplorer.ui.window.MainWindow;
import org.igrexplorer.ui.dialog.DialogService;
import org.igrexplorer.ui.dialog.FxDialogService;
import org.igrexplorer.ui.explorer.EditMenu;
import org.igrexplorer.ui.explorer.ExplorerView;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.explorer.LandscapeMenu;
import org.igrexplorer.ui.export.ExportActions;
import org.igrexplorer.ui.export.ExportSource;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.teaching.PresentationMode;

/**
 * Gives the main window its menu bar: File (open/save session, recent files, Export submenu), Edit
 * (undo/redo of the inputs), Landscape and Presets. The application installs it with one call after creating the window:
 *
 * <pre>
 * FileMenus.install(stage, window, window.explorer(), vm);
 * </pre>
 * FX thread only.
 */
public final class FileMenus {

    private FileMenus() {
    }

    /**
     * @param stage  the application's stage (owner of dialogs)
     * @param window   the main window; its top gets the menu bar. Modified.
     * @param explorer the explorer view inside it
     * @param vm       the explorer's view-model
     * @return the menu bar
     */
    public static MenuBar install(Stage stage, BorderPane window, ExplorerView explorer, ExplorerViewModel vm) {
        return install(stage, window, explorer, vm, new FxDialogService(() -> stage));
    }

    /**
     * As {@link #install(Stage, BorderPane, ExplorerView, ExplorerViewModel)}, with the dialogs shown
     * by {@code dialogs} (tests answer them without a window).
     */
    public static MenuBar install(Stage stage, BorderPane window, ExplorerView explorer, ExplorerViewModel vm,
                                  DialogService dialogs) {
        MenuBar bar = new MenuBar();
        bar.setId("main-menu-bar");
        bar.setUseSystemMenuBar(true);
        ExplorerSessionBridge bridge = new ExplorerSessionBridge(vm, explorer,
                window instanceof MainWindow main ? main : null);
        SessionMenu sessions = SessionMenu.install(bar, stage, dialogs, bridge::capture, bridge::apply, bridge::problems);
        ExportActions exports = ExportActions.install(bar, dialogs, exportSource(vm, explorer, window));
        if (explorer != null) {
            LandscapeMenu.install(bar, vm, explorer);
        }
        EditMenu.install(bar, vm.history(), window);
        MenuItem quit = new MenuItem("_Quit");
        quit.setId("menu-quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        // a close request, like the window's close button, so that a quit guard can ask first
        quit.setOnAction(e -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        for (Menu m : bar.getMenus()) {
            // Alt+F, Alt+P open the menus from the keyboard
            if (!m.getText().contains("_")) {
                m.setText("_" + m.getText());
            }
            if ("_File".equals(m.getText())) {
                m.getItems().addAll(new SeparatorMenuItem(), quit);
            }
        }
        // what the last save, open, preset or export did, at the right end of the menu bar
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().addAll("notice", PresentationMode.CHROME_CLASS);
        notice.setMnemonicParsing(false);
        notice.setMinWidth(0);
        notice.setMaxHeight(Double.MAX_VALUE);
        notice.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        notice.setTooltip(new Tooltip());
        notice.getTooltip().textProperty().bind(notice.textProperty());
        sessions.actions().setOnNotice(notice::setText);
        exports.setOnNotice(notice::setText);
        HBox top = new HBox(bar, notice);
        top.getStyleClass().add("menu-row");
        HBox.setHgrow(bar, Priority.ALWAYS);
        window.setTop(top);
        return bar;
    }

    /** @return what the explorer offers for export: its plane, 3D view, window and visible curves */
    public static ExportSource exportSource(ExplorerViewModel vm, ExplorerView explorer, Node window) {
        return new ExportSource() {
            @Override
            public RunParameters parameters() {
                return vm.parametersProperty().get();
            }

            @Override
            public Collection<Trajectory> curves() {
                var snapshot = vm.curvesProperty().get();
                List<Trajectory> out = new ArrayList<>();
                if (snapshot != null) {
                    snapshot.trajectories().forEach((m, t) -> {
                        if (vm.visibleProperty(m).get()) {
                            out.add(t);
                        }
                    });
                }
                return out;
            }

            @Override
            public SgdRun sgdRun() {
                var snapshot = vm.curvesProperty().get();
                return snapshot == null ? null : snapshot.sgd();
            }

            @Override
            public MeanIterate sgdMean() {
                var snapshot = vm.curvesProperty().get();
                return snapshot == null || !vm.visibleProperty(Method.SGD_MEAN).get() ? null : snapshot.mean();
            }

            @Override
            public PlotRenderer plane() {
                return explorer.planeView().planeRenderer();
            }

            @Override
            public double[] planeSize() {
                var p = explorer.planeView();
                return new double[] {Math.max(100, p.getWidth()), Math.max(100, p.getHeight())};
            }

            @Override
            public Node view3d() {
                return explorer.surfaceView().isSupported3D() ? explorer.surfaceView() : null;
            }

            @Override
            public Node window() {
                return window.getScene() == null ? window : window.getScene().getRoot();
            }
        };
    }
}
