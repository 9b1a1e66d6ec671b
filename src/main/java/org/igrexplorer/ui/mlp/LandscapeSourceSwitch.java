package org.igrexplorer.ui.mlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.igrexplorer.core.io.AtomicFileWriter;
import org.igrexplorer.core.io.LandscapeCsv;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.ui.dialog.FxDialogService;
import org.igrexplorer.ui.export.FigureContextMenu;
import org.igrexplorer.ui.export.NodeImages;
import org.igrexplorer.ui.network.NetworkLandscapeScene;
import org.igrexplorer.ui.network.NetworkLandscapeViews;

/**
 * The explorer's "Landscape source" switch: the two-parameter model (the explorer as it is) or an
 * MLP run of the lab, whose loss on its own PCA plane is then shown in a 3D view and a plane view
 * in the explorer's place, with a second run projected on the same plane on request, progress,
 * cancel, and export (PNG/SVG/PDF of the plane by its right-click menu, PNG of the 3D view, CSV of
 * the grid and the paths). Install with one call; FX thread only.
 */
public final class LandscapeSourceSwitch {

    /** The first entry of the source list. */
    static final String MODEL = "two-parameter model";
    static final String NO_COMPARISON = "no second run";

    private final BorderPane explorer;
    private final MlpLabViewModel lab;
    private final NetworkLandscapeViewModel vm;
    private final Node modelCenter;
    private final Node modelLeft;
    private final Node modelBottom;
    private final ComboBox<Object> source = new ComboBox<>();
    private final ComboBox<Object> compare = new ComboBox<>();
    private final NetworkLandscapeViews.Plane plane = new NetworkLandscapeViews.Plane();
    private final NetworkLandscapeViews.Surface surface = new NetworkLandscapeViews.Surface();
    private final SplitPane mlpCenter;
    private final HBox runBar;
    private final ExecutorService sceneBuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mlp-landscape-scene");
        t.setDaemon(true);
        return t;
    });

    private LandscapeSourceSwitch(BorderPane explorer, MlpLabViewModel lab, NetworkLandscapeViewModel vm) {
        this.explorer = explorer;
        this.lab = lab;
        this.vm = vm;
        this.modelCenter = explorer.getCenter();
        this.modelLeft = explorer.getLeft();
        this.modelBottom = explorer.getBottom();
        mlpCenter = new SplitPane(surface, plane);
        mlpCenter.setOrientation(Orientation.HORIZONTAL);
        mlpCenter.setDividerPositions(0.5);
        mlpCenter.setId("mlp-landscape-views");

        source.setId("landscape-source");
        source.setTooltip(new Tooltip("What the explorer's views show: the paper's two-parameter model, or a network "
                + "trained in the MLP lab, seen on the plane of its path's two principal directions (Li et al. 2018)"));
        source.setCellFactory(l -> cell());
        source.setButtonCell(cell());
        source.getItems().setAll(MODEL);
        source.setValue(MODEL);
        source.setOnShowing(e -> refresh());
        source.valueProperty().addListener((o, was, is) -> sourceChanged(is));

        compare.setId("landscape-compare");
        compare.setTooltip(new Tooltip("Project a second run of the same network and data on this run's plane "
                + "(same directions, same end point), e.g. another learning rate"));
        compare.setCellFactory(l -> cell());
        compare.setButtonCell(cell());
        compare.getItems().setAll(NO_COMPARISON);
        compare.setValue(NO_COMPARISON);
        compare.setOnShowing(e -> refreshCompare());
        Button computeButton = new Button("Compute");
        computeButton.setId("landscape-compute");
        computeButton.setTooltip(new Tooltip("PCA of the run's snapshots, then the loss on a 41 × 41 grid of its plane "
                + "(2,000 training examples) on the lab's threads"));
        computeButton.setOnAction(e -> compute());
        computeButton.disableProperty().bind(vm.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("landscape-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.busyProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        MenuButton export = new MenuButton("Export");
        export.setId("landscape-export");
        export.getItems().addAll(item("Grid as CSV (alpha,beta,loss)…", this::saveGrid),
                item("Paths as CSV (step,alpha,beta,loss,test_acc)…", this::savePaths),
                item("3D view as PNG…", this::save3d));
        export.setTooltip(new Tooltip("The plane view's right-click menu saves it as PNG, SVG or PDF"));
        export.disableProperty().bind(vm.landscapeProperty().isNull());
        Label compareLabel = new Label("on its plane:");
        compareLabel.setLabelFor(compare);
        runBar = new HBox(8, compareLabel, compare, computeButton, cancel, bar, export);
        runBar.setAlignment(Pos.CENTER_LEFT);
        runBar.setVisible(false);
        runBar.setManaged(false);
        Label sourceLabel = new Label("_Landscape source:");
        sourceLabel.setMnemonicParsing(true);
        sourceLabel.setLabelFor(source);
        HBox row = new HBox(8, sourceLabel, source, runBar);
        row.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("landscape-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.visibleProperty().bind(runBar.visibleProperty());
        status.managedProperty().bind(status.visibleProperty());
        VBox top = new VBox(4, row, status);
        top.setPadding(new Insets(6, 10, 6, 10));
        top.getStyleClass().add("landscape-source-bar");
        HBox.setHgrow(runBar, Priority.ALWAYS);
        explorer.setTop(top);
        FigureContextMenu.install(plane, "mlp-landscape", null, FxDialogService.of(plane));
        ContextMenu menu3d = new ContextMenu(item("Save 3D view as PNG…", this::save3d));
        surface.setOnContextMenuRequested(e -> menu3d.show(surface, e.getScreenX(), e.getScreenY()));
        vm.landscapeProperty().addListener((o, was, is) -> show(is));
    }

    /**
     * Puts the switch above the explorer's views.
     *
     * @param explorer the explorer tab's pane (its top is set; its centre is swapped while an MLP run is shown)
     */
    public static LandscapeSourceSwitch install(BorderPane explorer, MlpLabViewModel lab) {
        return new LandscapeSourceSwitch(explorer, lab, NetworkLandscapeViewModel.standard(Platform::runLater));
    }

    public NetworkLandscapeViewModel viewModel() {
        return vm;
    }

    public NetworkLandscapeViews.Plane plane() {
        return plane;
    }

    public NetworkLandscapeViews.Surface surface() {
        return surface;
    }

    /** @return the source chooser (the model or a lab run) */
    public ComboBox<Object> source() {
        return source;
    }

    /** Lists the lab's runs that can be drawn (keeps the choice when it is still there). */
    void refresh() {
        Object keep = source.getValue();
        List<Object> items = new ArrayList<>();
        items.add(MODEL);
        items.addAll(NetworkLandscapeViewModel.candidates(lab.runs()));
        if (!items.contains(keep)) {
            keep = MODEL;
        }
        source.getItems().setAll(items);
        source.setValue(keep);
    }

    private void refreshCompare() {
        Object keep = compare.getValue();
        List<Object> items = new ArrayList<>();
        items.add(NO_COMPARISON);
        if (source.getValue() instanceof LabRun r) {
            items.addAll(NetworkLandscapeViewModel.comparable(lab.runs(), r));
        }
        compare.getItems().setAll(items);
        compare.setValue(items.contains(keep) ? keep : NO_COMPARISON);
    }

    private void sourceChanged(Object is) {
        boolean mlp = is instanceof LabRun;
        runBar.setVisible(mlp);
        runBar.setManaged(mlp);
        // the model's parameters, curves and status say nothing about a network: they step aside
        explorer.setCenter(mlp ? mlpCenter : modelCenter);
        explorer.setLeft(mlp ? null : modelLeft);
        explorer.setBottom(mlp ? null : modelBottom);
        if (mlp) {
            refreshCompare();
            compute();
        } else {
            vm.cancel();
        }
    }

    private void compute() {
        if (source.getValue() instanceof LabRun r) {
            vm.compute(r, compare.getValue() instanceof LabRun c ? c : null,
                    Math.max(1, Runtime.getRuntime().availableProcessors()));
        }
    }

    private void show(NetworkLandscape land) {
        plane.show(land);
        if (land == null) {
            surface.show(null);
            return;
        }
        Executor fx = Platform::runLater;
        sceneBuilder.execute(() -> {
            NetworkLandscapeScene scene = NetworkLandscapeScene.of(land);
            fx.execute(() -> {
                if (vm.landscapeProperty().get() == land) {
                    surface.show(scene);
                }
            });
        });
    }

    private static ListCell<Object> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof LabRun r ? "MLP run " + r.label()
                        + (r.state() == LabRun.State.FINISHED ? "" : " (" + r.state().name().toLowerCase(Locale.ROOT)
                        + ")") : item.toString());
            }
        };
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }

    private Path choose(String title, String name, String ext) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        var f = fc.showSaveDialog(explorer.getScene() == null ? null : explorer.getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    private void saveGrid() {
        NetworkLandscape land = vm.landscapeProperty().get();
        Path p = land == null ? null : choose("Save the landscape grid", "mlp-landscape-grid.csv", "csv");
        if (p != null) {
            write(p, w -> LandscapeCsv.writeGrid(w, land.grid()));
        }
    }

    private void savePaths() {
        NetworkLandscape land = vm.landscapeProperty().get();
        Path p = land == null ? null : choose("Save the projected path", "mlp-landscape-path.csv", "csv");
        if (p == null) {
            return;
        }
        write(p, w -> LandscapeCsv.writePath(w, land.paths().get(0)));
        if (land.paths().size() > 1) {
            String name = p.getFileName().toString().replaceFirst("(\\.csv)?$", "-compare.csv");
            write(p.resolveSibling(name), w -> LandscapeCsv.writePath(w, land.paths().get(1)));
        }
    }

    private void save3d() {
        Path p = surface.subScene() == null ? null : choose("Save the 3D view", "mlp-landscape-3d.png", "png");
        if (p != null) {
            try {
                NodeImages.writePng(surface, 2, p);
            } catch (IOException e) {
                vm.report("could not save " + p + ": " + e.getMessage());
            }
        }
    }

    /** Writes CSV text through the atomic writer; a failure is reported in the status line. */
    private void write(Path p, AtomicFileWriter.TextContent content) {
        try {
            AtomicFileWriter.writeText(p, content);
            vm.report("saved " + p);
        } catch (IOException e) {
            vm.report("could not save " + p + ": " + e.getMessage());
        }
    }
}
