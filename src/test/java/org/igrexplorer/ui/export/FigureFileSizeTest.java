package org.igrexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.teaching.DistanceOverTime;
import org.igrexplorer.ui.plot.LegendChecks;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.ui.teaching.TeachingCharts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A chart saved from a panel too small for its legend (a teaching panel in a 1280×720 window, where the legend
 * folds on screen) is written larger, same proportions, so that the legend covers none of its curves; a chart
 * whose legend fits is written at its size.
 */
class FigureFileSizeTest {

    /** Proportions are kept to this relative tolerance. */
    private static final double ASPECT_TOL = 1e-12;

    private static Map<Method, Trajectory> all;

    @BeforeAll
    static void compute() {
        System.setProperty("java.awt.headless", "true");
        all = TrajectoryService.computeAll(Method.PAPER, RunParameters.DEFAULT.withSteps(400), RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
    }

    @Test
    void aPanelTooSmallForItsLegendIsWrittenLargerWithItsLegendOffTheCurves() {
        XYChart chart = TeachingCharts.distance(DistanceOverTime.compute(all));
        double w = 320;
        double h = 150;
        PngExport.render(chart, w, h, 1, Color.WHITE);
        assertTrue(chart.lastLegendHidesData(), "at the panel's size the legend has no free place");
        assertTrue(LegendChecks.sampleUnderLegend(chart) != null, "and covers a curve");

        double[] size = FigureContextMenu.fileSize(chart, w, h);
        assertTrue(size[0] > w && size[0] <= w * FigureContextMenu.MAX_GROWTH + 1e-9, "grown: " + size[0]);
        assertEquals(w / h, size[0] / size[1], ASPECT_TOL * w / h, "same proportions");
        PngExport.render(chart, size[0], size[1], 1, Color.WHITE);
        assertFalse(chart.lastLegendHidesData());
        assertNull(LegendChecks.sampleUnderLegend(chart), "no curve under the legend of the file");
    }

    @Test
    void aChartWhoseLegendFitsIsWrittenAtItsSize() {
        XYChart chart = TeachingCharts.distance(DistanceOverTime.compute(all));
        assertArrayEquals(new double[] {960, 540}, FigureContextMenu.fileSize(chart, 960, 540), 0);
    }
}
