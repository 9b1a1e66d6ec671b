package org.igrexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.Landscapes;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.dialog.FxDialogService;
import org.igrexplorer.ui.export.FigureContextMenu;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.WindowLook;

/**
 * The explorer tab: 3D surface and 2D plane side by side in a resizable split, the controls on the
 * left, a status bar below. A thin view: it binds to an {@link ExplorerViewModel} and holds no logic.
 */
public final class ExplorerView extends BorderPane {

    /** The paper's per-example loss as the typed-loss field shows it with a data set (it parses as typed). */
    static final String PAPER_EXAMPLE_LOSS = "(y - a*b*x)^2/2";

    /** What each curve toggle shows (its tooltip). */
    private static final Map<Method, String> CURVE_HELP = Map.of(
            Method.GD, "Gradient descent: the discrete iterates θₙ₊₁ = θₙ − h∇E(θₙ), drawn as connected dots.",
            Method.EXACT, "Exact gradient flow θ' = −∇E(θ), integrated accurately: where GD would go with h → 0.",
            Method.MODIFIED, "Modified flow θ' = −∇Ẽ(θ), Ẽ = E + (h/4)‖∇E‖² (Theorem 3.1): GD stays within O(h³) "
                    + "of it per step, against O(h²) for the exact flow.",
            Method.MODIFIED2, "Second-order modified flow: the backward-error series carried one order further "
                    + "(h² term), within O(h⁴) of GD per step.",
            Method.EGR, "Explicit gradient regularisation: the gradient flow of E_µ = E + µ·R_IG (dashed), "
                    + "with the µ set above.",
            Method.SGD, "SGD with random reshuffling: each epoch a seeded random order of the points cut into n/B "
                    + "batches, θ ← θ − h∇Ê_k. A few seeded sample paths, drawn faint (needs a data set).",
            Method.SGD_MEAN, "The mean SGD iterate over the reshuffles: exact over all n! orders for the first epoch "
                    + "when n ≤ 8, else a Monte Carlo mean over the set number of seeded paths (drawn as dots).",
            Method.SGD_MODIFIED, "SGD's modified flow θ' = −∇Ẽ_SGD, Ẽ_SGD = E + (h/4)‖∇E‖² + ((n − B)/(n − 1))·(h/(4B))·Γ, "
                    + "Γ = (1/n)Σ‖∇ℓ_i − ∇E‖²: the mean SGD iterate stays within O(h³) of it per epoch "
                    + "(Smith, Dherin, Barrett, De, 2021).");

    /** The curve toggles in display order: the paper's methods, then SGD's (enabled with a data set). */
    private static final List<Method> CURVE_TOGGLES = curveToggles();

    private static List<Method> curveToggles() {
        List<Method> out = new ArrayList<>(Method.PAPER);
        out.addAll(Method.SGD_METHODS);
        return List.copyOf(out);
    }

    private final ExplorerViewModel vm;
    private final SurfaceView surface;
    private final PlaneView plane;
    private final SplitPane split;
    private TextField lossField;
    /** Sections other parts of the window add to the controls ({@link #addControlSection}). */
    private final VBox extraSections = new VBox(8);

    public ExplorerView(ExplorerViewModel vm) {
        this.vm = vm;
        getStyleClass().add("explorer");
        surface = new SurfaceView(vm);
        plane = new PlaneView(vm);
        FigureContextMenu.install(plane, "plane", vm.parametersProperty()::get, FxDialogService.of(plane));
        surface.holdInteractiveProperty().bind(plane.draggingStartProperty());
        split = new SplitPane(surface, plane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        setLeft(controls());
        setBottom(statusBar());
        // the theme and presentation mode mark the scene's root: the figures follow its colours and type size
        WindowLook.follow(this, look -> {
            double scale = look.presenting() ? PRESENTATION_FIGURE_SCALE : 1;
            plane.setFontScale(scale);
            surface.setLabelScale(scale);
            surface.setColors(look.colors());
        });
    }

    /** Text size factor of the plane and the 3D labels in presentation mode (at least 1.6× for an audience). */
    public static final double PRESENTATION_FIGURE_SCALE = 1.7;

    public SurfaceView surfaceView() {
        return surface;
    }

    public PlaneView planeView() {
        return plane;
    }

    public SplitPane split() {
        return split;
    }

    /**
     * Adds a section to the controls, after the curve toggles and before the 3D view's (e.g. the momentum
     * controls that the teaching tab installs), with a separator above it.
     */
    public void addControlSection(Node section) {
        extraSections.getChildren().addAll(new Separator(), section);
    }

    /** Puts the keyboard focus into the typed-loss field, its text selected (Landscape → Type a loss…). */
    public void focusLossField() {
        lossField.requestFocus();
        lossField.selectAll();
    }

    private Region controls() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("controls");
        Label title = new Label("Parameters");
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(3);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE); // the slider gives way, the label is never cut
        ColumnConstraints c1 = new ColumnConstraints(110, 150, Double.MAX_VALUE);
        c1.setHgrow(Priority.ALWAYS);
        ColumnConstraints c2 = new ColumnConstraints(70, 80, 90);
        grid.getColumnConstraints().addAll(c0, c1, c2);
        int row = 0;
        new ParameterControl(vm.a0(), grid, row, "a0", "_a₀",
                "a₀: the first parameter's starting value, shared by every curve. "
                        + "Drag the start handle in the plane or click the 3D surface to move (a₀, b₀).");
        row += 2;
        new ParameterControl(vm.b0(), grid, row, "b0", "_b₀",
                "b₀: the second parameter's starting value, shared by every curve. "
                        + "Drag the start handle in the plane or click the 3D surface to move (a₀, b₀).");
        row += 2;
        new ParameterControl(vm.h(), grid, row, "h", "_h (rate)",
                "h: the learning rate of gradient descent θₙ₊₁ = θₙ − h∇E(θₙ). It sets the implicit "
                        + "regularisation rate λ = h·m/4 = h/2 of the modified loss Ẽ = E + λ·R_IG; "
                        + "GD is locally stable near a minimum only while h·λ_max(H) < 2 (λ_max: the largest "
                        + "eigenvalue of the Hessian there; the status line gives it at the GD end).");
        row += 2;
        new ParameterControl(vm.mu(), grid, row, "mu", "µ (_EGR)",
                "µ: the strength of explicit gradient regularisation, E_µ = E + µ·R_IG with "
                        + "R_IG = ‖∇E‖²/m. The EGR curve follows the gradient flow of E_µ.");
        row += 2;
        new ParameterControl(vm.steps(), grid, row, "steps", "_steps",
                "steps: the number of gradient-descent steps n; the flows run to the same time T = n·h.");

        Label curves = new Label("Curves");
        curves.getStyleClass().add("section-title");
        VBox toggles = new VBox(4);
        for (Method m : CURVE_TOGGLES) {
            CheckBox cb = new CheckBox(m.label());
            cb.setId("show-" + m.id());
            cb.selectedProperty().bindBidirectional(vm.visibleProperty(m));
            Rectangle swatch = new Rectangle(16, 4, MethodPalette.fx(m));
            if (m == Method.EGR) {
                swatch.setHeight(3);
                swatch.setArcWidth(0);
            }
            cb.setGraphic(swatch);
            if (Method.SGD_METHODS.contains(m)) {
                // SGD's curves need a data set: their toggles show with one
                cb.visibleProperty().bind(vm.fitDataProperty());
                cb.managedProperty().bind(cb.visibleProperty());
            }
            Tooltip tip = new Tooltip(CURVE_HELP.get(m));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDuration(Duration.seconds(30));
            cb.setTooltip(tip);
            toggles.getChildren().add(cb);
        }
        Label view = new Label("3D view");
        view.getStyleClass().add("section-title");
        ChoiceBox<HeightMode> mode = new ChoiceBox<>();
        mode.setId("height-mode");
        mode.getItems().addAll(HeightMode.values());
        mode.valueProperty().bindBidirectional(vm.heightModeProperty());
        Tooltip modeTip = new Tooltip("How the loss becomes height in the 3D view: log height ∝ log(1 + E/E₀) keeps the valley "
                + "readable while the far walls grow slowly; linear, clipped ∝ E with a flat lid at a quarter "
                + "of the largest loss in the box.");
        modeTip.setWrapText(true);
        modeTip.setMaxWidth(420);
        mode.setTooltip(modeTip);
        Button resetPlane = new Button("Reset _plane view");
        resetPlane.setId("controls-reset-plane-view");
        resetPlane.setTooltip(new Tooltip("Back to the model's default (a, b) box in the 2D plane (undo zoom and pan)"));
        resetPlane.setOnAction(e -> plane.resetView());
        Button reset3d = new Button("Reset 3_D view");
        reset3d.setId("controls-reset-3d-view");
        reset3d.setTooltip(new Tooltip("Back to the default 3D camera (undo orbit, zoom and pan)"));
        reset3d.setOnAction(e -> surface.resetView());
        resetPlane.setMinWidth(Region.USE_PREF_SIZE);
        reset3d.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(6, 6, resetPlane, reset3d); // wraps, never cuts
        CheckBox fullQuality = new CheckBox("Full 3D _quality while moving");
        fullQuality.setId("full-3d-quality");
        fullQuality.selectedProperty().bindBidirectional(surface.fullQualityProperty());
        Tooltip fullTip = new Tooltip("While you orbit the 3D view or drag the start, the 3D view draws without "
                + "antialiasing and with a coarser surface, and returns to full quality a moment after you stop. "
                + "Tick to keep full quality always (smooth on a good graphics card, slow on software rendering).");
        fullTip.setWrapText(true);
        fullTip.setMaxWidth(420);
        fullQuality.setTooltip(fullTip);
        Label modeLabel = new Label("_height:");
        modeLabel.setMnemonicParsing(true);
        modeLabel.setLabelFor(mode);
        modeLabel.setTooltip(modeTip);
        HBox modeRow = new HBox(6, modeLabel, mode);
        modeRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(landscapeSection(), new Separator(), title, grid, new Separator(), curves, toggles,
                extraSections, new Separator(), dataSection(), new Separator(), view, modeRow, buttons, fullQuality);
        extraSections.managedProperty().bind(Bindings.isNotEmpty(extraSections.getChildren()));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefWidth(330);
        sp.setMinWidth(260);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // the skin caches the viewport as an image, rebuilt whole whenever a₀ and b₀ follow a drag: draw directly
        sp.skinProperty().addListener((o, was, is) -> {
            if (sp.lookup(".viewport") instanceof Region viewport) {
                viewport.setCache(false);
            }
        });
        return sp;
    }

    /**
     * The landscape: a chooser of the built-ins, the typed-loss field (Enter applies; a bad text is marked,
     * its message names what and where, and the last valid loss stays), a line saying what the landscape
     * shows, and one slider per constant (rebuilt when the landscape changes).
     */
    private Region landscapeSection() {
        Label title = new Label("Landscape");
        title.getStyleClass().add("section-title");
        ComboBox<Landscape> chooser = new ComboBox<>();
        chooser.setId("landscape-chooser");
        chooser.getItems().addAll(Landscapes.builtins());
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Landscape l) {
                return l == null ? "" : l.displayName();
            }

            @Override
            public Landscape fromString(String s) {
                return null;
            }
        });
        chooser.setPromptText("Typed loss");
        Tooltip chooserTip = new Tooltip("Choose a built-in landscape; each starts from its own default start, h and "
                + "steps, in a box that frames it. Or type a loss below.");
        chooserTip.setWrapText(true);
        chooserTip.setMaxWidth(420);
        chooser.setTooltip(chooserTip);
        Label chooserLabel = new Label("_built-in:");
        chooserLabel.setMnemonicParsing(true);
        chooserLabel.setLabelFor(chooser);
        chooserLabel.setMinWidth(Region.USE_PREF_SIZE); // the chooser gives way, the label is never cut
        chooser.setMinWidth(0);
        HBox chooserRow = new HBox(6, chooserLabel, chooser);
        chooserRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chooser, Priority.ALWAYS);

        TextField loss = new TextField();
        lossField = loss;
        loss.setId("loss-field");
        loss.setPromptText("(1-a)^2 + 100*(b-a^2)^2");
        Tooltip lossTip = new Tooltip("Type E(a, b) and press Enter (Esc restores the current loss): "
                + Landscapes.TYPED_SYNTAX + " With a data set (Data set and SGD below) the loss is per example, "
                + "ℓ(a, b; x, y), and may use a data point's x and y: E is its mean over the points.");
        lossTip.setWrapText(true);
        lossTip.setMaxWidth(420);
        lossTip.setShowDuration(Duration.seconds(30));
        loss.setTooltip(lossTip);
        Label lossLabel = new Label("E(a, b) = ");
        lossLabel.setLabelFor(loss);
        lossLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox lossRow = new HBox(4, lossLabel, loss);
        lossRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(loss, Priority.ALWAYS);
        Label lossError = new Label();
        lossError.setId("loss-error");
        lossError.getStyleClass().add("field-error");
        lossError.setWrapText(true);
        lossError.textProperty().bind(vm.lossErrorProperty());
        lossError.visibleProperty().bind(vm.lossErrorProperty().isNotEmpty());
        lossError.managedProperty().bind(lossError.visibleProperty());
        Label explanation = new Label();
        explanation.setId("landscape-explanation");
        explanation.setWrapText(true);

        GridPane constants = new GridPane();
        constants.setHgap(6);
        constants.setVgap(3);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        constants.getColumnConstraints().addAll(names, new ColumnConstraints(110, 150,
                Double.MAX_VALUE), new ColumnConstraints(70, 80, 90));
        constants.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);

        Runnable refresh = () -> {
            Landscape l = vm.parametersProperty().get().landscape();
            LandscapeSpec spec = vm.parametersProperty().get().model();
            // with a data set the field is the per-example loss ℓ(a, b; x, y), typed in a, b, x, y
            lossLabel.setText(spec.hasData() ? "ℓ(a, b; x, y) = " : "E(a, b) = ");
            loss.setText(spec.hasData() ? PAPER_EXAMPLE_LOSS : l.formulaText());
            if (spec.isTyped()) {
                loss.setText(spec.expression());
                chooser.getSelectionModel().clearSelection();
            } else {
                for (Landscape b : chooser.getItems()) {
                    if (b.spec().name().equals(spec.name())) {
                        chooser.getSelectionModel().select(b);
                    }
                }
            }
            loss.getStyleClass().remove("error");
            explanation.setText(l.displayName() + ": " + l.explanation());
        };
        chooser.setOnAction(e -> {
            Landscape chosen = chooser.getValue();
            if (chosen != null && !chosen.spec().name().equals(vm.parametersProperty().get().model().name())) {
                vm.setLandscape(chosen.spec());
            }
        });
        loss.setOnAction(e -> {
            if (!vm.setTypedLoss(loss.getText()) && !loss.getStyleClass().contains("error")) {
                loss.getStyleClass().add("error");
            }
        });
        loss.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refresh.run();
                e.consume();
            }
        });
        // any change of the model, its constants too: the formula reads "with x = 0.0" and the explanation
        // says what x = 0 does (a flat loss), not what the last landscape chosen was
        vm.parametersProperty().addListener((o, was, is) -> {
            if (was == null || !was.model().equals(is.model())) {
                refresh.run();
            }
        });
        vm.constantsProperty().addListener((o, was, is) -> buildConstants(constants, is));
        buildConstants(constants, vm.constantsProperty().get());
        refresh.run();
        VBox box = new VBox(4, title, chooserRow, lossRow, lossError, explanation, constants);
        return box;
    }

    /**
     * The data set and SGD: a tick that makes E the mean loss over n points (the paper's model or a typed
     * loss in a, b, x, y), the points table with presets, random draw and batch size, SGD's seed and
     * Monte Carlo samples, and one line on what SGD's term does here.
     */
    private Region dataSection() {
        Label title = new Label("Data set and SGD");
        title.getStyleClass().add("section-title");
        CheckBox fit = new CheckBox("_Fit n points: E = (1/n) Σ ℓ(a, b; xᵢ, yᵢ)");
        fit.setId("fit-data");
        fit.setMnemonicParsing(true);
        fit.selectedProperty().bindBidirectional(vm.fitDataProperty());
        fit.disableProperty().bind(vm.dataSetAllowedProperty().not());
        Tooltip fitTip = new Tooltip("Tick to replace the single data point by a data set: E becomes the mean of the "
                + "per-example losses (the paper's ℓ = (y − abx)²/2, or a typed loss in a, b, x, y), and SGD's curves "
                + "can be shown. Only the paper's model and typed losses have data points.");
        fitTip.setWrapText(true);
        fitTip.setMaxWidth(420);
        fit.setTooltip(fitTip);
        fit.setWrapText(true);
        DataSetPane table = new DataSetPane(vm.dataSet());
        GridPane sgd = new GridPane();
        sgd.setHgap(6);
        sgd.setVgap(2);
        ParameterField[] fields = {vm.sgdSeed(), vm.sgdSamples()};
        String[] ids = {"sgd-seed", "sgd-samples"};
        String[] captions = {"SGD s_eed", "Monte Carlo sa_mples"};
        String[] help = {
            "seed of SGD's reshuffles: the sample paths and the Monte Carlo mean are the same for the same seed",
            "number of seeded SGD paths averaged for the mean iterate when n > 8 (n ≤ 8: the first epoch is exact "
                    + "over all n! orders)",
        };
        for (int i = 0; i < fields.length; i++) {
            TextField tf = new TextField();
            tf.setId(ids[i]);
            tf.setPrefColumnCount(6);
            TypedText.bind(tf, fields[i]);
            Tooltip t = new Tooltip(help[i] + ". Accepted: " + fields[i].format(fields[i].acceptMin()) + " … "
                    + fields[i].format(fields[i].acceptMax()) + ".");
            t.setWrapText(true);
            t.setMaxWidth(420);
            tf.setTooltip(t);
            Label l = new Label(captions[i]);
            l.setMnemonicParsing(true);
            l.setLabelFor(tf);
            l.setTooltip(t);
            sgd.addRow(2 * i, l, tf);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(fields[i].errorProperty());
            error.visibleProperty().bind(fields[i].errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            sgd.add(error, 0, 2 * i + 1, 2, 1);
        }
        Label explanation = new Label();
        explanation.setId("sgd-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(vm.sgdExplanationProperty());
        VBox body = new VBox(4, table, sgd, explanation);
        body.visibleProperty().bind(vm.fitDataProperty());
        body.managedProperty().bind(body.visibleProperty());
        return new VBox(4, title, fit, body);
    }

    private void buildConstants(GridPane grid, List<ParameterField> fields) {
        grid.getChildren().clear();
        int row = 0;
        String formula = vm.parametersProperty().get().landscape().formulaText();
        for (ParameterField f : fields) {
            new ParameterControl(f, grid, row, "const-" + f.name(), f.name(),
                    f.name() + ": a constant of the landscape E(a, b) = " + formula + ".");
            row += 2;
        }
    }

    /** Characters of the status texts with the tallest glyphs (accents, sub- and superscripts, symbols). */
    private static final String TALL_GLYPHS = "ÅẼgjλθ‖≥≤₀²µ…√";

    /**
     * Gives a status label at least the height of its lines drawn with the tallest glyphs, so that a new text
     * whose glyphs happen to be a pixel shorter or taller does not change the bar's height: that would lay out
     * the views above it again and repaint the whole window on every step of a drag.
     */
    private static void steadyLineHeight(Label label) {
        Runnable fit = () -> {
            Text probe = new Text(TALL_GLYPHS);
            probe.setFont(label.getFont());
            double line = Math.ceil(probe.getLayoutBounds().getHeight());
            String t = label.getText();
            long lines = t == null || t.isEmpty() ? 1 : t.chars().filter(c -> c == '\n').count() + 1;
            label.setMinHeight(lines * line + label.snappedTopInset() + label.snappedBottomInset());
        };
        label.textProperty().addListener((o, was, is) -> fit.run());
        label.fontProperty().addListener((o, was, is) -> fit.run());
        fit.run();
    }

    private Region statusBar() {
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(vm.statusProperty());
        Label message = new Label();
        message.setId("message");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        steadyLineHeight(status);
        VBox bar = new VBox(2, status, curveStatus(), message);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(5, 10, 6, 10));
        return bar;
    }

    /**
     * How each curve ended, one line per curve laid out in as many columns as the width holds (five curves
     * take two rows, not five: the bar stays small in presentation mode and in small windows).
     */
    private Region curveStatus() {
        TilePane lines = new TilePane(Orientation.HORIZONTAL);
        lines.setId("curve-status");
        lines.setPrefColumns(3);
        lines.setTileAlignment(Pos.CENTER_LEFT);
        Runnable show = () -> {
            String text = vm.curveStatusProperty().get();
            List<String> rows = text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
            if (lines.getChildren().size() != rows.size()) {
                lines.getChildren().clear();
                for (int i = 0; i < rows.size(); i++) {
                    Label l = new Label();
                    l.setMinWidth(Region.USE_PREF_SIZE);
                    steadyLineHeight(l);
                    lines.getChildren().add(l);
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                ((Label) lines.getChildren().get(i)).setText(rows.get(i));
            }
        };
        vm.curveStatusProperty().addListener((o, was, is) -> show.run());
        show.run();
        return lines;
    }
}
