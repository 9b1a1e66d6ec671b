package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.teaching.BackwardErrorPanel;
import org.igrexplorer.core.teaching.Balance;
import org.igrexplorer.core.teaching.DistanceOverTime;
import org.igrexplorer.core.teaching.Figure1b;
import org.igrexplorer.ui.plot.LegendChecks;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The legend of every teaching chart hides no plotted data, at the normal and the presentation
 * scale and at the sizes the panels take on screen: checked point by point and along every segment,
 * independently of the placement code.
 */
class LegendPlacementTest {
    private static final org.igrexplorer.core.loss.ConservedQuantity BALANCE =
            RunParameters.DEFAULT.landscape().conservedQuantity().orElseThrow();

    private static Map<Method, Trajectory> all;

    @BeforeAll
    static void compute() {
        System.setProperty("java.awt.headless", "true");
        all = TrajectoryService.computeAll(Method.PAPER, RunParameters.DEFAULT.withSteps(400), RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
    }

    static Stream<Arguments> charts() {
        Map<String, Supplier<XYChart>> charts = Map.of(
                "balance", () -> TeachingCharts.balance(Balance.compute(all, BALANCE), BALANCE),
                "fig1b", () -> TeachingCharts.figure1b(Figure1b.compute(RunParameters.DEFAULT,
                        Figure1b.defaultLearningRates(RunParameters.DEFAULT, 40), Figure1b.DEFAULT_MAX_STEPS)),
                "backward-error", () -> TeachingCharts.backwardError(
                        BackwardErrorPanel.compute(RunParameters.DEFAULT, 9)),
                "distance", () -> TeachingCharts.distance(DistanceOverTime.compute(all)),
                "sharpness", () -> TeachingCharts.sharpness(org.igrexplorer.core.teaching.SharpnessTrace.of(
                        RunParameters.DEFAULT.landscape(), all.get(Method.GD), 0), null));
        Stream.Builder<Arguments> b = Stream.builder();
        for (var e : charts.entrySet()) {
            for (double scale : new double[] {1.0, TeachingView.PRESENTATION_SCALE}) {
                for (int[] size : new int[][] {{800, 500}, {640, 420}, {560, 380}, {960, 540}}) {
                    b.add(Arguments.of(e.getKey(), e.getValue(), scale, size[0], size[1]));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} at scale {2}, {3}×{4}")
    @MethodSource("charts")
    void legendHidesNoPlottedPoint(String name, Supplier<XYChart> build, double scale, int w, int h) {
        XYChart c = build.get().scaled(scale);
        BufferedImage img = PngExport.render(c, w, h, 1.0, Color.WHITE);
        Rectangle2D box = c.lastLegendBox();
        assertNotNull(box, name + ": a legend is drawn");
        assertTrue(box.getMinX() >= 0 && box.getMaxX() <= img.getWidth() && box.getMinY() >= 0
                && box.getMaxY() <= img.getHeight(), name + ": legend inside the image " + box);
        String under = LegendChecks.sampleUnderLegend(c);
        assertNull(under, name + ": " + under);
    }
}
