package org.igrexplorer.ui.teaching;

import java.awt.Color;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.igrexplorer.ui.dialog.FxDialogService;
import org.igrexplorer.ui.explorer.ParameterControl;
import org.igrexplorer.ui.export.FigureContextMenu;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.plot.XYChart;

/**
 * The teaching tab: Figure 1b, backward error, distance over time, balance and the typeset formulas,
 * each a {@link PlotCanvas} over the same renderers the exports use, plus the momentum β slider.
 * Thin: it only builds charts from the view-model's published data (FX thread).
 */
public final class TeachingView extends BorderPane {

    /** Font and line scale of the charts in presentation mode. */
    public static final double PRESENTATION_SCALE = 1.6;

    private final TeachingViewModel vm;
    private final PlotCanvas fig1b = canvas("teaching-fig1b");
    private final PlotCanvas backward = canvas("teaching-backward-error");
    private final PlotCanvas distance = canvas("teaching-distance");
    private final PlotCanvas balance = canvas("teaching-balance");
    private final PlotCanvas formula = canvas("teaching-formula");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
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
        grid.add(fig1b, 0, 0);
        grid.add(backward, 1, 0);
        grid.add(distance, 0, 1);
        grid.add(balance, 1, 1);
        grid.add(formula, 0, 2, 2, 1);
        setCenter(grid);

        vm.figure1bProperty().addListener((o, was, r) -> show(fig1b, r, TeachingCharts::figure1b));
        vm.backwardErrorProperty().addListener((o, was, r) -> show(backward, r, TeachingCharts::backwardError));
        vm.curvesProperty().addListener((o, was, c) -> showTimePanels());
        vm.playback().stepProperty().addListener((o, was, n) -> {
            distance.repaintOverlay();
            balance.repaintOverlay();
        });
        vm.formulaProperty().addListener((o, was, lines) -> showFormula());
        presentation.addListener((o, was, is) -> {
            setRowShares();
            refreshAll();
        });
        refreshAll();
    }

    /**
     * Shares of the height: the charts' rows and the formulas' row. In presentation mode the charts' type is
     * 1.6× larger and needs the height; the formulas fill their row's width first and lose little.
     */
    private void setRowShares() {
        double[] shares = presentation.get() ? new double[] {40, 40, 20} : new double[] {37, 37, 26};
        for (int i = 0; i < shares.length; i++) {
            rows.get(i).setPercentHeight(shares[i]);
        }
    }

    private static PlotCanvas canvas(String id) {
        PlotCanvas c = new PlotCanvas();
        c.setId(id);
        c.setMinSize(120, 90);
        FigureContextMenu.install(c, id, null, FxDialogService.of(c)); // right click: copy, PNG/SVG/PDF
        return c;
    }

    private <T> void show(PlotCanvas canvas, T data, Function<T, XYChart> build) {
        if (data == null) {
            canvas.setRenderer(null);
            return;
        }
        canvas.setRenderer(TeachingCharts.scaled(build.apply(data), presentation.get() ? PRESENTATION_SCALE : 1.0));
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

    private void refreshAll() {
        show(fig1b, vm.figure1bProperty().get(), TeachingCharts::figure1b);
        show(backward, vm.backwardErrorProperty().get(), TeachingCharts::backwardError);
        showTimePanels();
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

    /** @return the canvas of a panel, for tests: fig1b, backward-error, distance, balance or formula */
    PlotCanvas panel(String id) {
        return switch (id) {
            case "fig1b" -> fig1b;
            case "backward-error" -> backward;
            case "distance" -> distance;
            case "balance" -> balance;
            case "formula" -> formula;
            default -> throw new IllegalArgumentException(id);
        };
    }
}
