package org.igrexplorer.ui.explorer;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.render.HeightMode;

/**
 * The explorer tab: 3D surface and 2D plane side by side in a resizable split, the controls on the
 * left, a status bar below. A thin view: it binds to an {@link ExplorerViewModel} and holds no logic.
 */
public final class ExplorerView extends BorderPane {

    private final ExplorerViewModel vm;
    private final SurfaceView surface;
    private final PlaneView plane;
    private final SplitPane split;

    public ExplorerView(ExplorerViewModel vm) {
        this.vm = vm;
        getStyleClass().add("explorer");
        surface = new SurfaceView(vm);
        plane = new PlaneView(vm);
        split = new SplitPane(surface, plane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        setLeft(controls());
        setBottom(statusBar());
    }

    public SurfaceView surfaceView() {
        return surface;
    }

    public PlaneView planeView() {
        return plane;
    }

    public SplitPane split() {
        return split;
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
        ColumnConstraints c1 = new ColumnConstraints(110, 150, Double.MAX_VALUE);
        c1.setHgrow(Priority.ALWAYS);
        ColumnConstraints c2 = new ColumnConstraints(70, 80, 90);
        grid.getColumnConstraints().addAll(c0, c1, c2);
        int row = 0;
        new ParameterControl(vm.x(), grid, row, "x", "x (data)", "data input x of the model f = abx");
        row += 2;
        new ParameterControl(vm.y(), grid, row, "y", "y (target)", "data target y");
        row += 2;
        new ParameterControl(vm.a0(), grid, row, "a0", "a₀", "start a (or drag the start handle in the plane)");
        row += 2;
        new ParameterControl(vm.b0(), grid, row, "b0", "b₀", "start b (or click the 3D surface)");
        row += 2;
        new ParameterControl(vm.h(), grid, row, "h", "h (rate)", "learning rate h of gradient descent; λ = h/2");
        row += 2;
        new ParameterControl(vm.mu(), grid, row, "mu", "µ (EGR)", "explicit regularisation strength µ");
        row += 2;
        new ParameterControl(vm.steps(), grid, row, "steps", "steps", "number of GD steps; flows run to T = steps·h");

        Label curves = new Label("Curves");
        curves.getStyleClass().add("section-title");
        VBox toggles = new VBox(4);
        for (Method m : Method.values()) {
            CheckBox cb = new CheckBox(m.label());
            cb.setId("show-" + m.id());
            cb.selectedProperty().bindBidirectional(vm.visibleProperty(m));
            Rectangle swatch = new Rectangle(16, 4, MethodPalette.fx(m));
            if (m == Method.EGR) {
                swatch.setHeight(3);
                swatch.setArcWidth(0);
            }
            cb.setGraphic(swatch);
            toggles.getChildren().add(cb);
        }
        Label view = new Label("3D view");
        view.getStyleClass().add("section-title");
        ChoiceBox<HeightMode> mode = new ChoiceBox<>();
        mode.setId("height-mode");
        mode.getItems().addAll(HeightMode.values());
        mode.valueProperty().bindBidirectional(vm.heightModeProperty());
        Button resetPlane = new Button("Reset plane view");
        resetPlane.setOnAction(e -> plane.resetView());
        Button reset3d = new Button("Reset 3D view");
        reset3d.setOnAction(e -> surface.resetView());
        HBox buttons = new HBox(6, resetPlane, reset3d);
        HBox modeRow = new HBox(6, new Label("height:"), mode);
        box.getChildren().addAll(title, grid, new Separator(), curves, toggles, new Separator(), view, modeRow,
                buttons);
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefWidth(330);
        sp.setMinWidth(260);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return sp;
    }

    private Region statusBar() {
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(vm.statusProperty());
        Label curves = new Label();
        curves.setId("curve-status");
        curves.textProperty().bind(vm.curveStatusProperty());
        curves.setWrapText(true);
        Label message = new Label();
        message.setId("message");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox bar = new VBox(2, status, curves, message);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(5, 10, 6, 10));
        return bar;
    }
}
