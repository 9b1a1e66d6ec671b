package org.igrexplorer.ui.mlp;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.igrexplorer.core.mlp.MlpDataSet;
import org.igrexplorer.ui.dialog.DialogService;
import org.igrexplorer.ui.explorer.TypedInput;
import org.igrexplorer.ui.explorer.TypedText;
import org.igrexplorer.ui.export.FigureContextMenu;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.WindowLook;
import org.igrexplorer.ui.plot.XYChart;

/**
 * The "MLP lab" tab content: a form on the left (with presets), live charts, Figure 2, Figure 3 and the
 * sharpness chart in the centre. Thin: it binds to {@link MlpLabViewModel} and, once per animation frame, drains the
 * view-model's mailboxes and redraws only when something changed. Call {@link #dispose()} when
 * the tab closes (cancels the runs and stops the timer).
 */
public final class MlpLabView extends BorderPane {

    private final MlpLabViewModel vm;
    private final Map<MlpLabCharts.Curve, PlotCanvas> curves = new EnumMap<>(MlpLabCharts.Curve.class);
    private final PlotCanvas fig2RIg = new PlotCanvas();
    private final PlotCanvas fig2Acc = new PlotCanvas();
    private final PlotCanvas fig3Slope = new PlotCanvas();
    private final PlotCanvas fig3Acc = new PlotCanvas();
    private final PlotCanvas sharpness = new PlotCanvas();
    private TabPane chartTabs;
    private Tab sharpnessTab;
    private final ListView<String> runList = new ListView<>();
    /** One key for the six training charts: colour = h, solid/dashed = width. */
    private final FlowPane legend = new FlowPane(14, 4);
    private final AnimationTimer timer;
    private final DialogService dialogs;
    /** Size factor of the charts' text and lines (presentation mode enlarges them). */
    private double chartScale = 1;

    /**
     * @param vm      the lab's state
     * @param dialogs the folder chooser
     */
    public MlpLabView(MlpLabViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        setLeft(form());
        setCenter(charts());
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (vm.drain()) {
                    refresh();
                }
            }
        };
        // the frame timer runs only while work is under way: an idle window has no pulse and uses no CPU
        sceneProperty().addListener((o, a, scene) -> followWork());
        vm.runningProperty().addListener((o, was, is) -> {
            if (!is) {
                // the last news (final metrics, cancellation) after the timer stops; later, not inside a drain
                Platform.runLater(() -> {
                    vm.drain();
                    refresh();
                });
            }
            followWork();
        });
        // presentation mode: the charts' type and lines grow with the window's
        WindowLook.follow(this, look -> {
            chartScale = look.presenting() ? XYChart.PRESENTATION_SCALE : 1;
            refresh();
        });
    }

    private void followWork() {
        if (getScene() != null && vm.runningProperty().get()) {
            timer.start();
        } else {
            timer.stop();
        }
    }

    public MlpLabViewModel viewModel() {
        return vm;
    }

    /** Cancels all runs and stops the frame timer. */
    public void dispose() {
        vm.cancel();
        timer.stop();
    }

    private ScrollPane form() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE); // the fields give way, a label is never cut
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(names, inputs);
        int row = 0;
        MlpLabForm f = vm.form();
        ComboBox<MlpDataSet> ds = new ComboBox<>();
        ds.getItems().addAll(MlpDataSet.SPIRALS, MlpDataSet.BLOBS, MlpDataSet.XOR, MlpDataSet.MNIST);
        ds.setConverter(new StringConverter<>() {
            @Override
            public String toString(MlpDataSet d) {
                return d == null ? "" : d.id();
            }

            @Override
            public MlpDataSet fromString(String s) {
                return MlpDataSet.fromId(s);
            }
        });
        ds.valueProperty().bindBidirectional(f.dataSetProperty());
        ds.setId("mlp-dataset");
        MenuButton presets = new MenuButton("Presets");
        presets.setId("mlp-presets");
        presets.setTooltip(new Tooltip("fill the form with ready-made settings (nothing starts until Start)"));
        for (LabPreset p : LabPreset.values()) {
            MenuItem item = new MenuItem(p.title());
            item.setId("mlp-preset-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> {
                vm.applyPreset(p);
                if (p == LabPreset.EDGE_OF_STABILITY) {
                    chartTabs.getSelectionModel().select(sharpnessTab);
                }
            });
            presets.getItems().add(item);
        }
        presets.disableProperty().bind(vm.runningProperty());
        g.addRow(row++, new Label("preset"), presets);
        g.addRow(row++, new Label("data set"), ds);
        g.addRow(row++, new Label("MNIST folder"), dataFolderChooser(f));
        row = field(g, row, f.trainExamples(), "train examples", "first N training examples (MNIST: ≤ 60000)");
        row = field(g, row, f.testExamples(), "test examples", "first N test examples");
        row = field(g, row, f.widths(), "widths", "hidden widths, one run each, e.g. 32,128,400");
        row = field(g, row, f.depth(), "hidden layers", "depth (the paper: up to 5 × 400)");
        row = field(g, row, f.learningRates(), "h list", "learning rates; one colour each");
        row = field(g, row, f.mu(), "µ (EGR)", "0: plain SGD; > 0 descends E + µ R_IG (uses H∇E)");
        row = field(g, row, f.batch(), "batch", "1 … N (N or more: full-batch GD)");
        row = field(g, row, f.epochs(), "epochs", "epochs per run");
        row = field(g, row, f.evalEvery(), "evaluate every",
                "steps between full-training-set evaluations (0: each epoch); each costs about an epoch of gradients");
        row = field(g, row, f.sharpnessEvery(), "sharpness every",
                "steps between measurements of the sharpness λ_max(∇²E) by Lanczos (0: never); each costs about 20-40 "
                        + "Hessian-vector products on the sharpness examples");
        row = field(g, row, f.sharpnessExamples(), "sharpness examples",
                "the first N training examples make the loss whose sharpness is measured (Cohen et al.: 5000)");
        row = field(g, row, f.seeds(), "seeds", "e.g. 1,2,3");
        row = field(g, row, f.workers(), "parallel runs", "size of the worker pool");
        row = field(g, row, f.noiseSamples(), "noise samples", "Figure 3: draws per σ");

        Button start = new Button("Start");
        start.setId("mlp-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.runningProperty().or(vm.problemsProperty().isNotEmpty()));
        start.setOnAction(e -> vm.start());
        Button pause = new Button("Pause");
        pause.setId("mlp-pause");
        pause.disableProperty().bind(vm.runningProperty().not().or(vm.pausedProperty()));
        pause.setOnAction(e -> vm.pause());
        Button resume = new Button("Resume");
        resume.setId("mlp-resume");
        resume.disableProperty().bind(vm.pausedProperty().not());
        resume.setOnAction(e -> vm.resume());
        Button cancel = new Button("Cancel");
        cancel.setId("mlp-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button perturb = new Button("Figure 3: perturb");
        perturb.setId("mlp-perturb");
        perturb.setTooltip(new Tooltip("θ(1+η), η~N(0,σ), σ = 0 … 3, on every finished run"));
        perturb.disableProperty().bind(vm.runningProperty());
        perturb.setOnAction(e -> vm.startPerturbation());

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label eta = new Label();
        eta.textProperty().bind(vm.etaProperty());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Label problems = new Label();
        problems.textProperty().bind(vm.problemsProperty());
        problems.setWrapText(true);
        problems.getStyleClass().add("field-error"); // the theme's error colour, readable on light and dark
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problemsProperty()));
        runList.setPrefHeight(200);
        runList.setId("mlp-runs");
        // long run lines wrap instead of hiding behind a horizontal scroll bar
        runList.setCellFactory(lv -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(lv.widthProperty().subtract(18));
            return cell;
        });

        bar.setId("mlp-progress");
        eta.setId("mlp-eta");
        status.setId("mlp-status");
        FlowPane buttons = new FlowPane(6, 6, start, pause, resume, cancel); // wraps, never cuts
        for (Button b : List.of(start, pause, resume, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        perturb.setMaxWidth(Double.MAX_VALUE);
        // the status, ETA and problems keep their lines even when empty, so the form does not jump
        status.setMinHeight(Region.USE_PREF_SIZE);
        eta.setMinHeight(Region.USE_PREF_SIZE);
        Label runsTitle = new Label("runs (h, width, seed: state · at max test accuracy)");
        runsTitle.setWrapText(true);
        runList.setTooltip(new Tooltip("one line per run; Figure 2 plots each at its maximum test accuracy"));
        VBox box = new VBox(6, g, buttons, perturb, bar, eta, status, problems, runsTitle, runList);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("mlp-form"); // its width in em: it grows with the type in presentation mode
        VBox.setVgrow(runList, Priority.ALWAYS);
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    /**
     * A text field for one input of the form, committed as in the explorer ({@link TypedText}): on Enter or when
     * the field loses focus; rejected text stays visible and marked (style class {@code error}); Esc takes it back.
     */
    private static int field(GridPane g, int row, TypedInput f, String label, String tip) {
        TextField tf = new TextField();
        TypedText.bind(tf, f);
        tf.setPrefColumnCount(10);
        tf.setTooltip(new Tooltip(tip + "\nType and press Enter; a rejected entry is marked and the last valid one kept."));
        tf.setId("mlp-" + label.replaceAll("[^a-z]+", "-"));
        g.addRow(row, new Label(label), tf);
        return row + 1;
    }

    /**
     * The MNIST folder: empty means the copy built into the application; "…" picks another folder
     * (plain or .gz IDX files), "×" returns to the built-in copy.
     */
    private HBox dataFolderChooser(MlpLabForm f) {
        TextField folder = new TextField();
        folder.setId("mlp-data-folder");
        folder.textProperty().bindBidirectional(f.dataFolderProperty());
        folder.setPromptText("built-in copy");
        folder.setPrefColumnCount(7);
        folder.setTooltip(new Tooltip("folder with the MNIST IDX files (plain or .gz); empty: the copy built into"
                + " the application"));
        Button choose = new Button("…");
        choose.setId("mlp-data-choose");
        choose.setTooltip(new Tooltip("choose the MNIST folder"));
        choose.setOnAction(e -> dialogs.showFolderDialog("Folder with the MNIST IDX files", null)
                .ifPresent(chosen -> f.dataFolderProperty().set(chosen.toAbsolutePath().toString())));
        Button builtIn = new Button("×");
        builtIn.setId("mlp-data-builtin");
        builtIn.setTooltip(new Tooltip("use the MNIST copy built into the application"));
        builtIn.disableProperty().bind(f.dataFolderProperty().isEmpty());
        builtIn.setOnAction(e -> f.dataFolderProperty().set(""));
        HBox box = new HBox(4, folder, choose, builtIn);
        HBox.setHgrow(folder, Priority.ALWAYS);
        box.disableProperty().bind(f.dataSetProperty().isNotEqualTo(MlpDataSet.MNIST));
        return box;
    }

    /** Right click on a chart: copy it, or save it as PNG (1×–4×), SVG or PDF. */
    private void exportOnRightClick(PlotCanvas canvas, String name) {
        FigureContextMenu.install(canvas, name, null, dialogs);
    }

    private TabPane charts() {
        exportOnRightClick(fig2RIg, "figure2-rig");
        exportOnRightClick(fig2Acc, "figure2-accuracy");
        exportOnRightClick(fig3Slope, "figure3-slope");
        exportOnRightClick(fig3Acc, "figure3-accuracy");
        exportOnRightClick(sharpness, "mlp-sharpness");
        GridPane grid = new GridPane();
        int i = 0;
        for (MlpLabCharts.Curve c : MlpLabCharts.Curve.values()) {
            PlotCanvas pc = new PlotCanvas();
            curves.put(c, pc);
            exportOnRightClick(pc, "mlp-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            grid.add(pc, i % 3, i / 3);
            i++;
        }
        for (int k = 0; k < 3; k++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            grid.getColumnConstraints().add(cc);
        }
        for (int k = 0; k < 2; k++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            grid.getRowConstraints().add(rc);
        }
        HBox fig2Charts = new HBox(fig2RIg, fig2Acc);
        HBox.setHgrow(fig2RIg, Priority.ALWAYS);
        HBox.setHgrow(fig2Acc, Priority.ALWAYS);
        CheckBox only = new CheckBox(
                "only runs that reached 100% train accuracy (as in the paper)");
        only.selectedProperty().bindBidirectional(vm.fullTrainOnlyProperty());
        only.selectedProperty().addListener((o, a, b) -> refresh());
        VBox fig2 = new VBox(4, only, fig2Charts);
        fig2.setPadding(new Insets(4));
        VBox.setVgrow(fig2Charts, Priority.ALWAYS);
        HBox fig3 = new HBox(fig3Slope, fig3Acc);
        HBox.setHgrow(fig3Slope, Priority.ALWAYS);
        HBox.setHgrow(fig3Acc, Priority.ALWAYS);
        legend.setId("mlp-legend");
        legend.setPadding(new Insets(4, 8, 0, 8));
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox training = new VBox(2, legend, grid);
        Label eosNote = new Label("Full-batch gradient descent is stable along the top Hessian eigenvector only while "
                + "h·λ_max < 2. Under it the sharpness first rises (progressive sharpening) and, once it reaches 2/h, "
                + "hovers there while the loss keeps falling unevenly (Cohen et al., ICLR 2021: the edge of stability).");
        eosNote.setWrapText(true);
        VBox eos = new VBox(4, eosNote, sharpness);
        eos.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(sharpness, Priority.ALWAYS);
        sharpnessTab = new Tab("Sharpness (edge of stability)", eos);
        chartTabs = new TabPane(new Tab("Training curves", training), new Tab("Figure 2 (vs λ)", fig2),
                new Tab("Figure 3 (vs σ)", fig3), sharpnessTab);
        chartTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return chartTabs;
    }

    /** Redraws every chart and the run list from the view-model (FX thread). */
    private void refresh() {
        List<LabRun> runs = vm.runs();
        double s = chartScale;
        curves.forEach((c, pc) -> pc.setRenderer(MlpLabCharts.curve(c, runs).scaled(s)));
        boolean only = vm.fullTrainOnlyProperty().get();
        fig2RIg.setRenderer(MlpLabCharts.figure2(runs, vm.learningRates(), true, only).scaled(s));
        fig2Acc.setRenderer(MlpLabCharts.figure2(runs, vm.learningRates(), false, only).scaled(s));
        fig3Slope.setRenderer(MlpLabCharts.figure3(runs, true).scaled(s));
        fig3Acc.setRenderer(MlpLabCharts.figure3(runs, false).scaled(s));
        sharpness.setRenderer(MlpLabCharts.sharpness(runs, vm.learningRates()).scaled(s));
        runList.getItems().setAll(runs.stream().map(LabRun::describe).toList());
        refreshLegend(runs);
    }

    private static Label key(String text, Color color, boolean dashed) {
        Line line = new Line(0, 0, 26, 0);
        line.setStroke(color);
        line.setStrokeWidth(2.5);
        if (dashed) {
            line.getStrokeDashArray().setAll(6.0, 4.0);
        }
        Label l = new Label(text, line);
        l.setGraphicTextGap(6);
        return l;
    }

    /** The shared key above the training charts: one entry per h (colour) and per width (line style). */
    private void refreshLegend(List<LabRun> runs) {
        legend.getChildren().clear();
        List<Double> hs = vm.learningRates();
        if (runs.isEmpty()) {
            legend.getChildren().add(new Label("Start a grid: one colour per h, solid or dashed per width"));
            return;
        }
        for (int i = 0; i < hs.size(); i++) {
            legend.getChildren().add(key("h = " + MlpLabCharts.num(hs.get(i)), MethodPalette.toFx(MlpLabCharts.color(i)), false));
        }
        List<Integer> widths = MlpLabCharts.widths(runs);
        for (int i = 0; i < widths.size(); i++) {
            legend.getChildren().add(key("width " + widths.get(i), Color.rgb(60, 60, 60), i % 2 == 1));
        }
    }
}
