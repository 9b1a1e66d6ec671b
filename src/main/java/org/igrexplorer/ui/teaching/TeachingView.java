package org.igrexplorer.ui.teaching;

import java.awt.Color;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.igrexplorer.ui.dialog.FxDialogService;
import org.igrexplorer.ui.explorer.ParameterControl;
import org.igrexplorer.ui.export.FigureContextMenu;
import org.igrexplorer.ui.plot.LegendMouse;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.plot.XYChart;

/**
 * The teaching tab: Figure 1b (with the catapult sentence under it), backward error, distance over time,
 * balance, sharpness along GD (the playback step marked) and the typeset formulas, each a
 * {@link PlotCanvas} over the same renderers the exports use, plus the momentum β slider.
 * Thin: it only builds charts from the view-model's published data (FX thread).
 */
public final class TeachingView extends BorderPane {

    /** Font and line scale of the charts in presentation mode. */
    public static final double PRESENTATION_SCALE = XYChart.PRESENTATION_SCALE;

    private final TeachingViewModel vm;
    private final PlotCanvas fig1b = canvas("teaching-fig1b");
    private final PlotCanvas backward = canvas("teaching-backward-error");
    private final PlotCanvas distance = canvas("teaching-distance");
    private final PlotCanvas balance = canvas("teaching-balance");
    private final PlotCanvas formula = canvas("teaching-formula");
    private final PlotCanvas sgdError = canvas("teaching-sgd-error");
    private final PlotCanvas sharpness = canvas("teaching-sharpness");
    private final Label catapult = new Label();
    private XYChart sharpnessChart;
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    /** Whether the view is on screen (its tab selected); while it is not, new curves and formulas wait. */
    private boolean onScreen = true;
    /** Whether curves or formulas arrived while the view was off screen. */
    private boolean stale;
    private final List<RowConstraints> rows;

    /** @param vm the teaching view-model */
    public TeachingView(TeachingViewModel vm) {
        this.vm = vm;
        setId("teaching-view");

        GridPane betaGrid = new GridPane();
        betaGrid.setHgap(6);
        ParameterControl betaControl = new ParameterControl(vm.betaField(), betaGrid, 0, "teaching-beta",
                "momentum β", MomentumControls.BETA_HELP);
        betaControl.slider().setPrefWidth(220);
        Label message = new Label();
        message.setId("teaching-message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("field-error");
        HBox top = new HBox(10, betaGrid, message);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 10, 6, 10));
        setTop(top);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("chart-grid");
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < 3; i++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        rows = grid.getRowConstraints();
        setRowShares();
        catapult.setId("teaching-catapult");
        catapult.setWrapText(true);
        catapult.setMinHeight(Label.USE_PREF_SIZE);
        catapult.setPadding(new Insets(2, 6, 0, 6));
        catapult.setTooltip(new Tooltip("Lewkowycz et al. (2020) on this model: with λ₀ = x²(a₀² + b₀²) the curvature "
                + "at the start, GD converges monotonically for h < 2/λ₀ (lazy), settles at a flatter minimum for "
                + "2/λ₀ < h < 4/λ₀ (catapult) and diverges beyond 4/λ₀"));
        // Figure 1b and the one-step error side by side, the catapult sentence under both: across two columns it
        // takes half the lines it took under Figure 1b alone, and Figure 1b keeps its height (presentation mode)
        GridPane pair = new GridPane();
        pair.setHgap(grid.getHgap());
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            pair.getColumnConstraints().add(c);
        }
        RowConstraints pairRow = new RowConstraints();
        pairRow.setVgrow(Priority.ALWAYS);
        pair.getRowConstraints().add(pairRow);
        pair.add(fig1b, 0, 0);
        pair.add(backward, 1, 0);
        VBox top2 = new VBox(2, pair, catapult);
        VBox.setVgrow(pair, Priority.ALWAYS);
        grid.add(top2, 0, 0, 2, 1);
        grid.add(distance, 0, 1);
        grid.add(balance, 1, 1);
        grid.add(sharpness, 0, 2);
        grid.add(formula, 1, 2);
        setCenter(grid);
        vm.sgdErrorProperty().addListener((o, was, is) -> {
            placeSgdError(grid, is != null);
            showSgdError();
        });
        placeSgdError(grid, vm.sgdErrorProperty().get() != null);

        vm.figure1bProperty().addListener((o, was, r) -> showFigure1b());
        vm.backwardErrorProperty().addListener((o, was, r) -> show(backward, r, TeachingCharts::backwardError));
        vm.curvesProperty().addListener((o, was, c) -> {
            if (offScreen()) {
                return;
            }
            showTimePanels();
            showSharpness();
        });
        vm.playback().stepProperty().addListener((o, was, n) -> {
            if (offScreen()) {
                return;
            }
            distance.repaintOverlay();
            balance.repaintOverlay();
            markSharpness();
        });
        vm.formulaProperty().addListener((o, was, lines) -> {
            if (!offScreen()) {
                showFormula();
            }
        });
        presentation.addListener((o, was, is) -> {
            setRowShares();
            refreshAll();
        });
        refreshAll();
    }

    /**
     * Shares of the height: Figure 1b with its sentence and the backward error, distance and balance, then
     * sharpness and the formulas. In presentation mode the charts' type is 1.6× larger and needs the height.
     */
    private void setRowShares() {
        double[] shares = presentation.get() ? new double[] {38, 31, 31} : new double[] {38, 30, 32};
        for (int i = 0; i < shares.length; i++) {
            rows.get(i).setPercentHeight(shares[i]);
        }
    }

    private static PlotCanvas canvas(String id) {
        PlotCanvas c = new PlotCanvas();
        c.setId(id);
        c.setMinSize(120, 90);
        FigureContextMenu.install(c, id, null, FxDialogService.of(c)); // right click: copy, PNG/SVG/PDF
        LegendMouse.install(c); // a click folds or opens the legend, a drag moves it
        return c;
    }

    private <T> void show(PlotCanvas canvas, T data, Function<T, XYChart> build) {
        if (data == null) {
            canvas.setRenderer(null);
            return;
        }
        XYChart chart = build.apply(data).scaled(presentation.get() ? PRESENTATION_SCALE : 1.0);
        canvas.setRenderer(chart.keepLegendChoices(canvas.getRenderer() instanceof XYChart was ? was : null));
    }

    /**
     * With a data set, SGD's one-epoch error takes a third column beside the first two rows (next to the
     * backward-error panel it mirrors); without one the grid has its two columns.
     */
    private void placeSgdError(GridPane grid, boolean shown) {
        boolean placed = grid.getChildren().contains(sgdError);
        if (shown == placed) {
            return;
        }
        int columns = shown ? 3 : 2;
        grid.getColumnConstraints().clear();
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        if (shown) {
            grid.add(sgdError, 2, 0, 1, 2);
        } else {
            grid.getChildren().remove(sgdError);
        }
    }

    private void showSgdError() {
        TeachingViewModel.SgdError e = vm.sgdErrorProperty().get();
        show(sgdError, e, x -> TeachingCharts.sgdEpochError(x.result(), x.absent(), x.points(), x.batch()));
    }

    private void showFigure1b() {
        var r = vm.figure1bProperty().get();
        show(fig1b, r, TeachingCharts::figure1b);
        String sentence = r == null ? "" : TeachingCharts.catapultSentence(r).orElse("");
        catapult.setText(sentence);
        catapult.setVisible(!sentence.isEmpty());
        catapult.setManaged(!sentence.isEmpty());
    }

    private void showSharpness() {
        TeachingViewModel.Curves c = vm.curvesProperty().get();
        show(sharpness, c, TeachingViewModel.Curves::sharpnessChart);
        sharpnessChart = sharpness.getRenderer() instanceof XYChart x ? x : null;
        markSharpness();
    }

    /** Moves the playback mark on the sharpness chart; only its overlay is painted again. */
    private void markSharpness() {
        TeachingViewModel.Curves c = vm.curvesProperty().get();
        if (sharpnessChart != null && c != null) {
            TeachingCharts.markSharpnessStep(sharpnessChart, c.gdSharpness(), vm.playback().stepProperty().get());
            sharpness.repaintOverlay();
        }
    }

    private void showFormula() {
        var lines = vm.formulaProperty().get();
        if (lines == null || lines.isEmpty()) {
            formula.setRenderer(null);
            return;
        }
        float size = (float) (FormulaRenderer.DEFAULT_SIZE * (presentation.get() ? PRESENTATION_SCALE : 1.0));
        PlotRenderer r = new FormulaRenderer(lines, size, Color.BLACK, Color.WHITE);
        formula.setRenderer(r);
    }

    /**
     * Tells the view whether it is on screen. Off screen (another tab selected) the charts and formulas of each
     * new run are not built: a drag in the explorer would otherwise build the distance, balance and sharpness
     * charts and parse the formulas on the FX thread at every step for a tab nobody sees. Coming back on screen
     * builds them once from the newest results.
     */
    public void setOnScreen(boolean shown) {
        onScreen = shown;
        if (shown && stale) {
            stale = false;
            refreshAll();
        }
    }

    /** @return whether the view is off screen, noting that it must be refreshed when it comes back */
    private boolean offScreen() {
        if (!onScreen) {
            stale = true;
        }
        return !onScreen;
    }

    private void refreshAll() {
        showFigure1b();
        show(backward, vm.backwardErrorProperty().get(), TeachingCharts::backwardError);
        showSgdError();
        showTimePanels();
        showSharpness();
        showFormula();
    }

    /** The distance and balance panels, each with the playback cursor at t = n·h. */
    private void showTimePanels() {
        TeachingViewModel.Curves c = vm.curvesProperty().get();
        show(distance, c, x -> withCursor(TeachingCharts.distance(x.distance()), x));
        show(balance, c, x -> withCursor(x.balanceChart(), x));
    }

    private XYChart withCursor(XYChart chart, TeachingViewModel.Curves c) {
        double scale = presentation.get() ? PRESENTATION_SCALE : 1.0;
        return chart.addOverlay(TeachingCharts.playbackCursor(() -> vm.playback().stepProperty().get(),
                () -> c.parameters().h(), scale));
    }

    /** @return whether the charts use presentation sizes (bind it to presentation mode) */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** @return the sentence under Figure 1b (catapult thresholds and the current h's regime) */
    Label catapultSentence() {
        return catapult;
    }

    /** @return the canvas of a panel, for tests: fig1b, backward-error, distance, balance, sharpness or formula */
    PlotCanvas panel(String id) {
        return switch (id) {
            case "sharpness" -> sharpness;
            case "fig1b" -> fig1b;
            case "backward-error" -> backward;
            case "distance" -> distance;
            case "balance" -> balance;
            case "formula" -> formula;
            case "sgd-error" -> sgdError;
            default -> throw new IllegalArgumentException(id);
        };
    }
}
