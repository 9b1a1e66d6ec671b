package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
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
import org.igrexplorer.core.teaching.Regime;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The teaching charts draw what their data says (pixels checked through the chart's transform). */
class TeachingChartsTest {
    private static final org.igrexplorer.core.loss.ConservedQuantity BALANCE =
            RunParameters.DEFAULT.landscape().conservedQuantity().orElseThrow();


    private static final int W = 800;
    private static final int H = 500;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static BufferedImage paint(XYChart c) {
        return PngExport.render(c, W, H, 1.0, Color.WHITE);
    }

    @Test
    void figure1bShadesRicochetAndDivergenceAndMarksTheCurrentH() {
        RunParameters p = RunParameters.DEFAULT;
        Figure1b.Result r = Figure1b.compute(p, Figure1b.defaultLearningRates(p, 24), Figure1b.DEFAULT_MAX_STEPS);
        XYChart c = TeachingCharts.figure1b(r);
        // on the paper's model R_IG/E = x²‖θ‖² = λ_max at every end: one line named for both (two lines would
        // draw the second over the first and leave a legend row with no visible line)
        assertEquals(2, c.series().size(), "λ_max = R_IG/E, and ‖θ‖");
        assertEquals("sharpness λ_max(H) = R_IG/E here", c.series().get(0).name());
        // λ_max at GD's end stays below 2/h wherever GD settled, and equals x²‖θ‖² there (at a minimum)
        for (int i = 0; i < r.points().size(); i++) {
            var sp = r.points().get(i);
            if (r.regimes().get(i) != Regime.DIVERGED && sp.status() == org.igrexplorer.core.dynamics.TrajectoryStatus.CONVERGED) {
                assertTrue(sp.h() * c.series().get(0).yAt(i) < 2, "h·λ_max < 2 at h = " + sp.h());
                assertEquals(sp.rIgOverLoss(), c.series().get(0).yAt(i), 1e-6 * sp.rIgOverLoss());
            }
        }
        long finite = r.regimes().stream().filter(g -> g != Regime.DIVERGED).count();
        long drawn = java.util.stream.IntStream.range(0, c.series().get(0).size())
                .filter(i -> Double.isFinite(c.series().get(0).yAt(i))).count();
        assertEquals(finite, drawn, "diverged runs are shaded, not plotted");
        BufferedImage img = paint(c);
        PlotTransform tr = c.lastTransform();
        int yMid = (int) tr.area().getCenterY();
        for (Figure1b.Range range : r.ranges()) {
            if (range.regime() == Regime.NORMAL || range.hTo() - range.hFrom() < 0.01) {
                continue;
            }
            int px = (int) tr.toPixelX(0.5 * (range.hFrom() + range.hTo()));
            Color col = new Color(img.getRGB(px, yMid - 3));
            Color shade = range.regime() == Regime.DIVERGED ? TeachingCharts.DIVERGED_SHADE
                    : TeachingCharts.RICOCHET_SHADE;
            // the shade's hue shows: red (and for ricochet also green) above blue
            assertTrue(col.getBlue() < col.getRed(), range + " is shaded: " + col + " for " + shade);
        }
        // the current-h marker is a dark dashed vertical line: some dark pixel in its column
        int mx = (int) Math.round(tr.toPixelX(p.h()));
        boolean dark = false;
        for (int y = (int) tr.area().getMinY(); y < tr.area().getMaxY() && !dark; y++) {
            for (int dx = -1; dx <= 1; dx++) {
                Color col = new Color(img.getRGB(mx + dx, y));
                dark |= col.getRed() + col.getGreen() + col.getBlue() < 200;
            }
        }
        assertTrue(dark, "current h marked");
    }

    @Test
    void backwardErrorChartIsLogLogWithTheFittedSlopesPrinted() {
        BackwardErrorPanel.Result r = BackwardErrorPanel.compute(RunParameters.DEFAULT, 5);
        XYChart c = TeachingCharts.backwardError(r);
        assertTrue(c.xAxis().isLog() && c.yAxis().isLog());
        assertEquals(3, c.series().size());
        String slope = String.format(java.util.Locale.ROOT, "%.2f", r.study().slope(Method.MODIFIED));
        assertTrue(c.title().contains(slope) && c.title().contains("(theory 2, 3, 4)"), c.title());
        assertTrue(c.series().get(2).name().contains(String.format(java.util.Locale.ROOT, "%.3g",
                r.study().slope(Method.MODIFIED2))));
        paint(c);
        PlotTransform tr = c.lastTransform();
        // the exact-flow error (largest) is drawn above the second-order one (smallest)
        double h = r.study().hs()[2];
        assertTrue(tr.toPixelY(r.study().curve(Method.EXACT).errors()[2])
                < tr.toPixelY(r.study().curve(Method.MODIFIED2).errors()[2]));
        assertTrue(tr.toPixelX(h) > tr.area().getMinX() && tr.toPixelX(h) < tr.area().getMaxX());
    }

    @Test
    void distanceAndBalanceChartsHaveOneSeriesPerCurve() {
        RunParameters p = RunParameters.DEFAULT.withSteps(80);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(Method.PAPER, p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        List<DistanceOverTime.Series> d = DistanceOverTime.compute(all);
        XYChart dc = TeachingCharts.distance(d);
        assertEquals(4, dc.series().size());
        assertTrue(dc.yAxis().isLog());
        XYChart bc = TeachingCharts.balance(Balance.compute(all, BALANCE), BALANCE);
        assertEquals(5, bc.series().size());
        paint(bc);
        // the exact flow's balance is the constant a0² − b0² = −4.41: its line sits at that height
        double y = bc.lastTransform().toPixelY(-4.41);
        double[] exactY = bc.series().get(1).y();
        for (double v : exactY) {
            assertEquals(-4.41, v, 1e-8 * 4.41);
        }
        assertTrue(y > bc.lastTransform().area().getMinY() && y <= bc.lastTransform().area().getMaxY());
    }

    @Test
    void timePanelsSpreadTheTransientAndCarryThePlaybackCursor() {
        RunParameters p = RunParameters.DEFAULT.withSteps(400);
        Map<Method, Trajectory> all = TrajectoryService.computeAll(Method.PAPER, p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        int[] step = {40};
        XYChart c = TeachingCharts.distance(DistanceOverTime.compute(all))
                .addOverlay(TeachingCharts.playbackCursor(() -> step[0], p::h, 1.0));
        BufferedImage img = paint(c);
        PlotTransform tr = c.lastTransform();
        java.awt.geom.Rectangle2D area = tr.area();
        // the flows settle by t ≈ 1 of a run to t = 20: the first time unit takes about half the axis
        // (on a linear 0..20 axis it took 5 %)
        double share = (tr.toPixelX(1.0) - area.getMinX()) / area.getWidth();
        assertTrue(share > 0.4, "t ≤ 1 takes " + share + " of the time axis");
        // the cursor is a vertical line of its colour at t = 40·h, from the top of the area to the bottom
        assertCursorAt(img, (int) Math.round(tr.toPixelX(40 * p.h())), area);
        step[0] = 200;
        img = paint(c);
        assertCursorAt(img, (int) Math.round(tr.toPixelX(200 * p.h())), area);
        assertTrue(cursorPixels(img, (int) Math.round(tr.toPixelX(40 * p.h())), area) < area.getHeight() / 4,
                "the cursor left t = 40·h");
    }

    private static int cursorPixels(BufferedImage img, int x, java.awt.geom.Rectangle2D area) {
        int n = 0;
        for (int y = (int) area.getMinY() + 2; y < area.getMaxY() - 2; y++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((img.getRGB(x + dx, y) & 0xFFFFFF) == (TeachingCharts.CURSOR.getRGB() & 0xFFFFFF)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static void assertCursorAt(BufferedImage img, int x, java.awt.geom.Rectangle2D area) {
        int n = cursorPixels(img, x, area);
        assertTrue(n > 0.7 * (area.getHeight() - 4), "cursor colour on " + n + " of " + (int) area.getHeight()
                + " rows at x = " + x);
    }
}
