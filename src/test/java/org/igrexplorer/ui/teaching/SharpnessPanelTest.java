package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.teaching.Figure1b;
import org.igrexplorer.core.teaching.SharpnessTrace;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sharpness panel and the catapult picture on Figure 1b, against closed forms of the paper's model
 * E = (y − abx)²/2 (docs/MATH.md): H = [[b²x², x(2abx − y)], [x(2abx − y), a²x²]], the flow-solution
 * sharpness x²·sqrt((a² − b²)² + 4y²/x²) and the catapult thresholds 2/λ₀, 4/λ₀ with λ₀ = x²(a₀² + b₀²).
 */
class SharpnessPanelTest {

    /** Relative tolerance of the closed forms (2 × 2 eigenvalues in double precision). */
    private static final double CLOSED_FORM_TOL = 1e-12;
    /** The defaults: x = 1, y = 0.6, start (2.8, 3.5), h = 0.05. */
    private static final RunParameters P = RunParameters.DEFAULT.withSteps(120);
    private static final double X = 1;
    private static final double Y = 0.6;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static double lambdaMax(double a, double b) {
        double off = X * (2 * a * b * X - Y);
        double half = X * X * (b * b - a * a) / 2;
        return X * X * (a * a + b * b) / 2 + Math.sqrt(half * half + off * off);
    }

    private static Map<Method, Trajectory> runs(RunParameters p, double beta) {
        return TrajectoryService.computeAll(java.util.EnumSet.of(Method.GD, Method.MOMENTUM), p, beta,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
    }

    private static Series named(XYChart c, String prefix) {
        for (Series s : c.series()) {
            if (s.name().startsWith(prefix)) {
                return s;
            }
        }
        throw new AssertionError("no series " + prefix + " in " + c.legendRows());
    }

    @Test
    void sharpnessAlongGdIsTheClosedFormAgainstTheLine2OverH() {
        Trajectory gd = runs(P, 0).get(Method.GD);
        SharpnessTrace.Result trace = SharpnessTrace.of(P.landscape(), gd, 0);
        XYChart c = TeachingCharts.sharpness(trace, null);
        Series s = named(c, "λ_max, GD");
        assertEquals(gd.size(), s.size());
        for (int n = 0; n < gd.size(); n++) {
            double expected = lambdaMax(gd.a(n), gd.b(n));
            assertEquals(n, s.xAt(n));
            assertEquals(expected, s.yAt(n), CLOSED_FORM_TOL * expected, "λ_max at step " + n);
        }
        // at the start: diagonal 12.25, 7.84, off-diagonal 2·9.8 − 0.6 = 19
        assertEquals(10.045 + Math.hypot(2.205, 19), s.yAt(0), 1e-12);
        Series line = named(c, "2/h = 40.0");
        assertEquals(40.0, line.yAt(0), 0);
        assertEquals(40.0, line.yAt(1), 0);
        assertEquals(gd.lastStep(), line.xAt(1), 0, "the line spans the run");
        Series flow = named(c, "λ_max where the flow from θ_n ends");
        for (int n = 0; n < gd.size(); n += 7) {
            double d = gd.a(n) * gd.a(n) - gd.b(n) * gd.b(n);
            double expected = X * X * Math.sqrt(d * d + 4 * Y * Y / (X * X));
            assertEquals(expected, flow.yAt(n), CLOSED_FORM_TOL * expected);
        }
        // the loss on a second, logarithmic axis, exactly E = (y − abx)²/2
        assertTrue(c.y2Axis().isLog());
        Series loss = c.rightSeries().get(0);
        for (int n = 0; n < gd.size(); n += 11) {
            double r = Y - gd.a(n) * gd.b(n) * X;
            assertEquals(r * r / 2, loss.yAt(n), 1e-12 * Math.max(1, r * r));
        }
        assertTrue(c.title().contains("2/h"));
        assertEquals("step n", c.xAxis().title());
        assertTrue(c.yAxis().title().contains("λ_max") && c.y2Axis().title().contains("loss"));
    }

    @Test
    void theLineIsDrawnAtTheHeightOf2OverH() {
        SharpnessTrace.Result trace = SharpnessTrace.of(P.landscape(), runs(P, 0).get(Method.GD), 0);
        XYChart c = TeachingCharts.sharpness(trace, null);
        c.legendPosition(XYChart.LegendPosition.NONE);
        BufferedImage img = PngExport.render(c, 800, 500, 1.0, Color.WHITE);
        PlotTransform tr = c.lastTransform();
        int row = (int) Math.round(tr.toPixelY(40.0));
        Color gd = MethodPalette.awt(Method.GD);
        int hits = 0;
        for (int px = (int) tr.area().getX() + 2; px < tr.area().getMaxX() - 2; px++) {
            for (int dy = -1; dy <= 1; dy++) { // a 2 px line on a fractional row: one of three rows is solid
                Color col = new Color(img.getRGB(px, row + dy));
                if (Math.abs(col.getRed() - gd.getRed()) < 40 && Math.abs(col.getGreen() - gd.getGreen()) < 40
                        && Math.abs(col.getBlue() - gd.getBlue()) < 40) {
                    hits++;
                    break;
                }
            }
        }
        // dashed: about 60 % of the row is ink
        assertTrue(hits > 0.4 * tr.area().getWidth(), "dashed 2/h line on its row: " + hits);
    }

    @Test
    void withMomentumTheLineIs2Plus2BetaOverH() {
        double beta = 0.5;
        Map<Method, Trajectory> r = runs(P, beta);
        SharpnessTrace.Result gd = SharpnessTrace.of(P.landscape(), r.get(Method.GD), 0);
        SharpnessTrace.Result hb = SharpnessTrace.of(P.landscape(), r.get(Method.MOMENTUM), beta);
        XYChart c = TeachingCharts.sharpness(gd, hb);
        assertEquals((2 + 2 * beta) / 0.05, hb.threshold(), 1e-12);
        Series line = named(c, "(2 + 2β)/h = 60.0");
        assertTrue(c.legendRows().stream().anyMatch(e -> e.name().equals("λ_max, momentum β = 0.50; dashed: (2 + 2β)/h = 60.0")),
                c.legendRows().toString());
        assertEquals(60.0, line.yAt(0), 1e-12);
        Series s = named(c, "λ_max, momentum β = 0.50");
        Trajectory m = r.get(Method.MOMENTUM);
        for (int n = 0; n < m.size(); n += 5) {
            double expected = lambdaMax(m.a(n), m.b(n));
            assertEquals(expected, s.yAt(n), CLOSED_FORM_TOL * expected);
        }
        assertEquals(2, c.rightSeries().size(), "a loss curve per method");
        assertTrue(c.title().contains("(2 + 2β)/h"));
    }

    @Test
    void aLineFarAboveTheCurvesStaysAboveThePlotAndSaysSo() {
        RunParameters small = P.withH(0.005); // 2/h = 400, the sharpness at most 29.2
        SharpnessTrace.Result trace = SharpnessTrace.of(small.landscape(), runs(small, 0).get(Method.GD), 0);
        XYChart c = TeachingCharts.sharpness(trace, null);
        Series line = named(c, "2/h = 400 (above the plot)");
        assertEquals(400, line.yAt(0), 1e-9);
        PngExport.render(c, 800, 500, 1.0, Color.WHITE);
        PlotTransform tr = c.lastTransform();
        assertTrue(tr.yMax() < 40 && tr.yMax() > lambdaMax(2.8, 3.5), "the axis ends just above the curves: "
                + tr.yMax());
        // a line within reach is inside the range and not flagged
        XYChart near = TeachingCharts.sharpness(SharpnessTrace.of(P.landscape(), runs(P, 0).get(Method.GD), 0), null);
        PngExport.render(near, 800, 500, 1.0, Color.WHITE);
        assertTrue(near.lastTransform().yMax() > 40);
    }

    @Test
    void thePlaybackMarkSitsOnTheStepWithItsNumbers() {
        Trajectory gd = runs(P, 0).get(Method.GD);
        SharpnessTrace.Result trace = SharpnessTrace.of(P.landscape(), gd, 0);
        XYChart c = TeachingCharts.markSharpnessStep(TeachingCharts.sharpness(trace, null), trace, 7);
        XYChart.LegendEntry last = c.legendRows().get(c.legendRows().size() - 1);
        double s = lambdaMax(gd.a(7), gd.b(7));
        assertEquals(String.format(Locale.ROOT, "step 7: λ_max = %.3g, h·λ_max/2 = %.3g", s, 0.05 * s / 2),
                last.name());
        PngExport.render(c, 800, 500, 1.0, Color.WHITE);
        TeachingCharts.markSharpnessStep(c, trace, 10_000); // past the end: GD's last point
        double end = lambdaMax(gd.a(gd.lastStep()), gd.b(gd.lastStep()));
        assertTrue(c.legendRows().get(c.legendRows().size() - 1).name()
                .contains(String.format(Locale.ROOT, "λ_max = %.3g", end)));
    }

    @Test
    void figure1bNamesTheCatapultThresholdsOfTheStartAndTheRegimeOfH() {
        double lambda0 = X * X * (2.8 * 2.8 + 3.5 * 3.5);
        assertEquals(0.0995, 2 / lambda0, 1e-4);
        assertEquals(0.199, 4 / lambda0, 1e-3);
        double[] hs = {0.05, 0.12, 0.15, 0.25};
        for (double[] hAndPhase : new double[][] {{0.05, 0}, {0.15, 1}, {0.25, 2}}) {
            RunParameters p = P.withH(hAndPhase[0]);
            Figure1b.Result r = Figure1b.compute(p, hs, Figure1b.DEFAULT_MAX_STEPS);
            XYChart c = TeachingCharts.figure1b(r);
            List<String> rows = c.legendRows().stream().map(XYChart.LegendEntry::name).toList();
            assertFalse(rows.stream().anyMatch(e -> e.contains("λ₀")), "the threshold lines are labelled in place, "
                    + "not in the legend: " + rows);
            String phase = List.of("lazy", "catapult", "divergent").get((int) hAndPhase[1]);
            assertTrue(rows.contains(String.format(Locale.ROOT, "current h = %.3g", hAndPhase[0])), rows.toString());
            String sentence = TeachingCharts.catapultSentence(r).orElseThrow();
            assertTrue(sentence.contains("2/λ₀ = 0.0996") && sentence.contains("4/λ₀ = 0.199"), sentence);
            assertTrue(sentence.endsWith(String.format(Locale.ROOT, "is %s: %s.", List.of("below 2/λ₀",
                    "between 2/λ₀ and 4/λ₀", "above 4/λ₀").get((int) hAndPhase[1]), phase)), sentence);
            // the sweep's measurements: 0.12 ricochets, 0.25 diverges (measured from 0.109 and 0.21)
            assertTrue(sentence.contains("ricocheted from h ≈ 0.12") && sentence.contains("diverged from h ≈ 0.25"),
                    sentence);
        }
    }

    @Test
    void theThresholdLinesAreDrawnAtTwoAndFourOverLambda0() {
        RunParameters p = P.withH(0.15);
        Figure1b.Result r = Figure1b.compute(p, new double[] {0.05, 0.1, 0.15, 0.2, 0.25}, Figure1b.DEFAULT_MAX_STEPS);
        XYChart c = TeachingCharts.figure1b(r);
        c.legendPosition(XYChart.LegendPosition.NONE);
        BufferedImage img = PngExport.render(c, 900, 500, 1.0, Color.WHITE);
        PlotTransform tr = c.lastTransform();
        double lambda0 = 2.8 * 2.8 + 3.5 * 3.5;
        for (double h : new double[] {2 / lambda0, 4 / lambda0}) {
            int px = (int) Math.round(tr.toPixelX(h));
            int hits = 0;
            for (int py = (int) tr.area().getY() + 2; py < tr.area().getMaxY() - 2; py++) {
                for (int dx = -1; dx <= 1; dx++) {
                    Color col = new Color(img.getRGB(px + dx, py));
                    // reddish purple: red and blue well above green
                    if (col.getRed() - col.getGreen() > 40 && col.getBlue() - col.getGreen() > 20) {
                        hits++;
                        break;
                    }
                }
            }
            assertTrue(hits > 0.4 * tr.area().getHeight(), "threshold line at h = " + h + ": " + hits);
        }
    }

    @Test
    void landscapesWithoutACatapultPictureGetNoLinesAndNoSentence() {
        RunParameters typed = new RunParameters(LandscapeSpec.typed("(1-a)^2 + 10*(b-a^2)^2", Map.of()),
                P.run().withH(0.01));
        Figure1b.Result r = new Figure1b.Result(typed, List.of(), List.of(), List.of());
        assertTrue(TeachingCharts.catapultSentence(r).isEmpty());
        XYChart c = TeachingCharts.figure1b(r);
        assertFalse(c.legendRows().stream().anyMatch(e -> e.name().contains("λ₀")));
        // the sharpness panel works on any landscape, without the flow-solution curve
        SharpnessTrace.Result trace = SharpnessTrace.of(typed.landscape(),
                runs(typed.withSteps(50), 0).get(Method.GD), 0);
        assertNull(trace.flowSolutionSharpness());
        XYChart s = TeachingCharts.sharpness(trace, null);
        assertFalse(s.series().stream().anyMatch(x -> x.name().contains("flow from")));
        assertEquals(2 / 0.01, named(s, "2/h").yAt(0), 1e-9);
    }
}
