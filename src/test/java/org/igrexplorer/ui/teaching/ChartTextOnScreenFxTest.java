package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.ConservedQuantity;
import org.igrexplorer.core.teaching.BackwardErrorPanel;
import org.igrexplorer.core.teaching.Balance;
import org.igrexplorer.core.teaching.DistanceOverTime;
import org.igrexplorer.core.teaching.Figure1b;
import org.igrexplorer.core.teaching.SharpnessTrace;
import org.igrexplorer.ui.plot.LegendChecks;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The teaching charts as the screen draws them (through the canvas graphics of every plot, at the normal
 * and the presentation scale, at the sizes the panels take in a 1920×1080 presentation and in a small
 * window): no two drawn texts overlap, every legend row lies inside the legend box and every text inside
 * the panel. Each text's box is measured independently of the chart code, with a JavaFX Text in
 * the font the canvas draws it with ({@link LegendChecks#paintLikeTheScreen}), and carried through the transform
 * it was drawn under.
 */
@Tag("fx-headless")
class ChartTextOnScreenFxTest extends ApplicationTest {

    /** Overlap allowed between two text boxes (antialiasing fringe), pixels. */
    private static final double TOLERANCE_PX = 0.5;

    private static Map<String, Supplier<XYChart>> charts;

    @BeforeAll
    static void compute() {
        ConservedQuantity balance = RunParameters.DEFAULT.landscape().conservedQuantity().orElseThrow();
        Map<Method, Trajectory> all = TrajectoryService.computeAll(Method.PAPER, RunParameters.DEFAULT.withSteps(400),
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        Figure1b.Result fig1b = Figure1b.compute(RunParameters.DEFAULT,
                Figure1b.defaultLearningRates(RunParameters.DEFAULT, 40), Figure1b.DEFAULT_MAX_STEPS);
        BackwardErrorPanel.Result backward = BackwardErrorPanel.compute(RunParameters.DEFAULT, 9);
        charts = new LinkedHashMap<>();
        charts.put("fig1b", () -> TeachingCharts.figure1b(fig1b));
        charts.put("backward-error", () -> TeachingCharts.backwardError(backward));
        charts.put("distance", () -> TeachingCharts.distance(DistanceOverTime.compute(all)));
        charts.put("balance", () -> TeachingCharts.balance(Balance.compute(all, balance), balance));
        // with momentum: the longer rows of the distance, balance and sharpness legends
        double beta = 0.5;
        Set<Method> methods = EnumSet.copyOf(Method.PAPER);
        methods.add(Method.MOMENTUM);
        methods.add(Method.MOMENTUM_MODIFIED);
        Map<Method, Trajectory> withMomentum = TrajectoryService.computeAll(methods,
                RunParameters.DEFAULT.withSteps(400), beta, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        charts.put("distance β = 0.5", () -> TeachingCharts.distance(DistanceOverTime.compute(withMomentum)));
        charts.put("balance β = 0.5", () -> TeachingCharts.balance(Balance.compute(withMomentum, balance), balance));
        SharpnessTrace.Result gd = SharpnessTrace.of(RunParameters.DEFAULT.landscape(), withMomentum.get(Method.GD), 0);
        SharpnessTrace.Result momentum = SharpnessTrace.of(RunParameters.DEFAULT.landscape(),
                withMomentum.get(Method.MOMENTUM), beta);
        charts.put("sharpness", () -> TeachingCharts.sharpness(gd, null));
        charts.put("sharpness β = 0.5", () -> TeachingCharts.markSharpnessStep(TeachingCharts.sharpness(gd, momentum),
                gd, 0));
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getMaxX() - TOLERANCE_PX > b.getMinX() && b.getMaxX() - TOLERANCE_PX > a.getMinX()
                && a.getMaxY() - TOLERANCE_PX > b.getMinY() && b.getMaxY() - TOLERANCE_PX > a.getMinY();
    }

    @Test
    void noTextOverlapsAndLegendRowsStayInTheirBox() {
        double[][] sizes = {{950, 330}, {940, 300}, {700, 300}, {620, 250}};
        List<String> failures = new ArrayList<>();
        interact(() -> {
            for (var e : charts.entrySet()) {
                for (double scale : new double[] {1.0, TeachingView.PRESENTATION_SCALE}) {
                    for (double[] size : sizes) {
                        XYChart chart = e.getValue().get().scaled(scale);
                        List<LegendChecks.Drawn> drawn = LegendChecks.paintLikeTheScreen(chart, size[0], size[1]);
                        String where = e.getKey() + " at scale " + scale + ", " + (int) size[0] + "×" + (int) size[1];
                        List<String> legend = chart.legendCollapsed() ? List.of(XYChart.COLLAPSED_LEGEND_TEXT)
                                : chart.legendRows().stream().map(XYChart.LegendEntry::name).toList();
                        Rectangle2D box = chart.lastLegendBox();
                        assertNotNull(box, where + ": a legend");
                        for (int i = 0; i < drawn.size(); i++) {
                            Rectangle2D a = drawn.get(i).bounds();
                            if (a.getMinX() < -TOLERANCE_PX || a.getMinY() < -TOLERANCE_PX
                                    || a.getMaxX() > size[0] + TOLERANCE_PX || a.getMaxY() > size[1] + TOLERANCE_PX) {
                                failures.add(where + ": '" + drawn.get(i).text() + "' leaves the panel " + a);
                            }
                            if (legend.contains(drawn.get(i).text()) && !box.contains(a)) {
                                failures.add(where + ": legend row '" + drawn.get(i).text() + "' " + a
                                        + " outside its box " + box);
                            }
                            for (int j = i + 1; j < drawn.size(); j++) {
                                Rectangle2D b = drawn.get(j).bounds();
                                if (overlap(a, b)) {
                                    failures.add(where + ": '" + drawn.get(i).text() + "' " + a + " overlaps '"
                                            + drawn.get(j).text() + "' " + b);
                                }
                            }
                        }
                    }
                }
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " problems:\n" + String.join("\n", failures));
        assertFalse(charts.isEmpty());
    }
}
