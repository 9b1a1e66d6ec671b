package org.igrexplorer.ui.teaching;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.explorer.ParameterControl;
import org.igrexplorer.ui.plot.MethodPalette;

/**
 * The explorer's momentum section: β (slider and typed field, the same value as the Teaching tab's), a
 * toggle for GD with heavy-ball momentum and one for its modified flow (both need β &gt; 0, and are
 * disabled at β = 0), and how each ended. FX thread only.
 */
final class MomentumControls {

    /** What each momentum toggle shows (its tooltip). */
    private static final Map<Method, String> HELP = Map.of(
            Method.MOMENTUM, "GD with heavy-ball momentum: θₙ₊₁ = θₙ − h∇E(θₙ) + β(θₙ − θₙ₋₁), from rest "
                    + "(θ₋₁ = θ₀), drawn as connected dots.",
            Method.MOMENTUM_MODIFIED, "The modified flow of momentum: θ' = −(1/(1−β))∇[E + h(1+β)/(4(1−β)²)‖∇E‖²] "
                    + "(Ghosh et al., ICLR 2023); the momentum iterates stay within O(h³) of it per step.");

    /** The β help, shared by the explorer's and the Teaching tab's β controls. */
    static final String BETA_HELP = "β: heavy-ball momentum, θₙ₊₁ = θₙ − h∇E(θₙ) + β(θₙ − θₙ₋₁). 0 = plain "
            + "gradient descent; above 0 the momentum iterates and their modified flow "
            + "−(1/(1−β))∇[E + h(1+β)/(4(1−β)²)‖∇E‖²] join the explorer's views and the distance and balance panels.";

    private MomentumControls() {
    }

    /**
     * @param vm       the teaching view-model (β, the momentum curves)
     * @param overlays what draws the momentum curves in the explorer (the toggles' state)
     * @return the section, to add with {@code ExplorerView.addControlSection}
     */
    static Region section(TeachingViewModel vm, ExplorerOverlays overlays) {
        Label title = new Label("Momentum");
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(3);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints c1 = new ColumnConstraints(110, 150, Double.MAX_VALUE);
        c1.setHgrow(Priority.ALWAYS);
        ColumnConstraints c2 = new ColumnConstraints(70, 80, 90);
        grid.getColumnConstraints().addAll(c0, c1, c2);
        new ParameterControl(vm.betaField(), grid, 0, "beta", "β (mo_mentum)", BETA_HELP);
        VBox box = new VBox(4, title, grid);
        for (Method m : new Method[] {Method.MOMENTUM, Method.MOMENTUM_MODIFIED}) {
            CheckBox cb = new CheckBox(m.label());
            cb.setId("show-" + m.id());
            cb.selectedProperty().bindBidirectional(overlays.momentumShownProperty(m));
            cb.disableProperty().bind(vm.betaProperty().lessThanOrEqualTo(0.0));
            Rectangle swatch = new Rectangle(16, 4, MethodPalette.fx(m));
            cb.setGraphic(swatch);
            Tooltip tip = new Tooltip(HELP.get(m) + "\nNeeds β > 0.");
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDuration(Duration.seconds(30));
            cb.setTooltip(tip);
            box.getChildren().add(cb);
        }
        Label status = new Label();
        status.setId("momentum-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(
                () -> TeachingViewModel.momentumStatus(vm.curvesProperty().get()), vm.curvesProperty()));
        VBox.setMargin(status, new Insets(2, 0, 0, 0));
        box.getChildren().add(status);
        return box;
    }
}
