package org.igrexplorer.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.igrexplorer.core.Numbers;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.PolylineCorners;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.export.FigureExport;
import org.igrexplorer.ui.plot.Colormap;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.ui.render.SceneMapping;
import org.junit.jupiter.api.Test;

/**
 * The plane drawn into files of another shape than the screen's: the heatmap reaches the frame; flows drawn
 * smooth at a large h.
 */
class PlaneRendererTest {

    private static final int WHITE = 0xFFFFFFFF;

    @Test
    void aFileWiderThanTheScreenGetsTheFieldOfTheBoxItShows() {
        RunParameters p = RunParameters.DEFAULT;
        Landscape l = p.landscape();
        ViewBox screenBox = new ViewBox(-4, 4, -4, 4);
        SceneMapping mapping = new SceneMapping(l, screenBox, HeightMode.LOG);
        PlaneRenderer r = new PlaneRenderer();
        r.setView(screenBox);
        r.setCurves(p, TrajectoryService.computeAll(Method.PAPER, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT));
        // the screen's field: a square view, as a square plane shows it
        r.setField(FieldGrid.compute(mapping, screenBox, 60));
        List<ViewBox> asked = new ArrayList<>();
        r.setFieldForFiles(box -> {
            asked.add(box);
            return FieldGrid.compute(mapping, box, 60);
        });
        // 800×300: equal aspect shows a wider a-range than the square field covers
        BufferedImage img = PngExport.render(r, 800, 300, 1, null);
        PlotTransform tr = r.chart().lastTransform();
        assertTrue(tr.xMin() < screenBox.aMin() - 1, "the file shows more of a: " + tr.xMin());
        assertEquals(1, asked.size(), "one field computed for the file");
        assertEquals(tr.xMin(), asked.get(0).aMin(), 1e-9);
        assertEquals(tr.xMax(), asked.get(0).aMax(), 1e-9);
        // just inside the frame, left and right, mid-height: heatmap, not a white strip
        int y = (int) Math.round(tr.area().getCenterY());
        assertNotEquals(WHITE, img.getRGB((int) Math.round(tr.area().getMinX()) + 3, y), "left edge");
        assertNotEquals(WHITE, img.getRGB((int) Math.round(tr.area().getMaxX()) - 3, y), "right edge");
        // the screen keeps its own field: drawn in layers (as the window does), nothing is computed
        asked.clear();
        BufferedImage screen = new BufferedImage(800, 300, BufferedImage.TYPE_INT_ARGB);
        var g = screen.createGraphics();
        r.paintBase(g, 800, 300);
        g.dispose();
        assertTrue(asked.isEmpty(), "the screen's base waits for the view-model's field");
    }

    /** The largest corner between consecutive drawn segments of a flow, in pixels (issue 18 #9). */
    static final double MAX_CORNER = Math.toRadians(2.5);

    /**
     * At h = 0.3 each flow on the plane is drawn through its dense path: on screen its segments turn by at most
     * {@link #MAX_CORNER} at every corner (through the samples t = n·h alone they turn by 18° or more), and it
     * passes through every sample; GD stays drawn through its iterates.
     */
    @Test
    void flowsAreDrawnSmoothAtALargeStep() {
        RunParameters p = RunParameters.paper(1, 0.6, 2.8, 3.5, 0.3, 0.15, 60);
        Map<Method, Trajectory> t = TrajectoryService.computeAll(Method.PAPER, p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        PlaneRenderer r = new PlaneRenderer();
        r.setView(new ViewBox(-1, 4, -1, 4));
        r.setCurves(p, t);
        PngExport.render(r, 900, 700, 1, null);
        PlotTransform tr = r.chart().lastTransform();
        for (Method m : List.of(Method.EXACT, Method.MODIFIED, Method.MODIFIED2, Method.EGR)) {
            Trajectory flow = t.get(m);
            Series s = r.chart().series().stream().filter(x -> x.name().startsWith(m.label())).findFirst()
                    .orElseThrow();
            double[] pixels = new double[2 * s.x().length];
            for (int k = 0; k < s.x().length; k++) {
                pixels[2 * k] = tr.toPixelX(s.x()[k]);
                pixels[2 * k + 1] = tr.toPixelY(s.y()[k]);
            }
            double corner = PolylineCorners.maxCorner(pixels);
            assertTrue(corner <= MAX_CORNER, m.id() + " turns by " + Math.toDegrees(corner) + "° at a drawn corner");
            for (int n = 0; n < flow.size(); n++) {
                int k = flow.pathIndex(n);
                assertEquals(flow.a(n), s.x()[k], 0.0, m.id() + " sample " + n);
                assertEquals(flow.b(n), s.y()[k], 0.0, m.id() + " sample " + n);
            }
        }
        Series gd = r.chart().series().stream().filter(x -> x.name().equals(Method.GD.label())).findFirst()
                .orElseThrow();
        assertEquals(t.get(Method.GD).size(), gd.x().length, "GD is drawn through its iterates");
    }

    /** Issue 18 #20: the paper's model with x = 0 and a typed constant are flat; the plane says so. */
    @Test
    void aFlatLossGetsAOneColourKeyNoMinimaOrStabilityRowsAndANote() {
        for (RunParameters p : List.of(RunParameters.paper(0.0, 0.6, 2.8, 3.5, 0.05, 0.5, 400),
                RunParameters.DEFAULT.withModel(LandscapeSpec.typed("0.18", Map.of())))) {
            ViewBox box = p.landscape().frame(p.a0(), p.b0());
            PlaneRenderer r = new PlaneRenderer();
            r.setView(box);
            r.setCurves(p, TrajectoryService.computeAll(Method.PAPER, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT));
            FieldGrid field = FieldGrid.compute(new SceneMapping(p.landscape(), box, HeightMode.LOG), box, 60);
            r.setField(field);
            assertTrue(field.range().flat());
            List<String> rows = r.chart().legendRows().stream().map(XYChart.LegendEntry::name).toList();
            assertTrue(rows.stream().noneMatch(n -> n.startsWith("minima") || n.contains("λ_max")),
                    "no minima, no stability region: " + rows);
            assertTrue(rows.contains("start (○)"), rows.toString());

            String svg = new String(FigureExport.svg(r, FigureExport.Options.of(800, 600)), StandardCharsets.UTF_8);
            assertTrue(svg.contains("E = 0.18 everywhere"), "the key names the one value");
            assertTrue(svg.contains("The loss is flat"), "the plane says it");
            assertFalse(svg.contains("log₁₀ E"), "no log scale for one value");

            BufferedImage img = PngExport.render(r, 800, 600, 1, null);
            int fieldColour = field.image().getRGB(0, 0);
            int lowEnd = Colormap.argb(0);
            int ramp = 0;
            int same = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    ramp += img.getRGB(x, y) == lowEnd && lowEnd != fieldColour ? 1 : 0;
                    same += img.getRGB(x, y) == fieldColour ? 1 : 0;
                }
            }
            assertEquals(0, ramp, "no colour ramp is drawn (its low end would show)");
            assertTrue(same > 800 * 600 / 3, "the plane is the field's one colour, untinted: " + same);
        }
    }

    /** Issue 18 #17: the read-out gives a and b at one decimal place, about a thousandth of the view shown. */
    @Test
    void theHoverReadOutWritesAAndBToTheViewsPickPlace() {
        RunParameters p = RunParameters.DEFAULT;
        for (double half : new double[] {4, 0.3, 400}) {
            PlaneRenderer r = new PlaneRenderer();
            r.setView(ViewBox.square(half));
            r.setCurves(p, Map.of());
            r.setHover(0.2803449 * half, 0.35099 * half);
            String svg = new String(FigureExport.svg(r, FigureExport.Options.of(800, 600)), StandardCharsets.UTF_8);
            PlotTransform tr = r.chart().lastTransform();
            int decimals = -(int) Math.floor(Math.log10(Math.max(tr.xMax() - tr.xMin(), tr.yMax() - tr.yMin()) / 1000));
            String expected = String.format(Locale.ROOT, "a = %." + Math.max(0, decimals) + "f   b = %."
                    + Math.max(0, decimals) + "f", 0.2803449 * half, 0.35099 * half);
            assertTrue(svg.contains(expected.replace(" ", "&#160;")) || svg.contains(expected),
                    "read-out '" + expected + "' for a view of half-side " + half);
        }
    }

    /**
     * Issue 18: the read-out wrote E, R_IG and the slope with %.4g ("E = 0.1800   R_IG = 0.000" where the key of a
     * flat loss says "E = 0.18 everywhere" and the status line "λ_max(H) … = 3.605"): it writes them as the status
     * line and the fields do ({@link Numbers#significant}).
     */
    @Test
    void theHoverReadOutWritesEAndRigAndTheSlopeAsTheStatusLineDoes() {
        for (RunParameters p : List.of(RunParameters.DEFAULT, RunParameters.paper(0.0, 0.6, 2.8, 3.5, 0.05, 0.5, 400))) {
            ViewBox box = p.landscape().frame(p.a0(), p.b0());
            PlaneRenderer r = new PlaneRenderer();
            r.setView(box);
            r.setCurves(p, Map.of());
            r.setField(FieldGrid.compute(new SceneMapping(p.landscape(), box, HeightMode.LOG), box, 40));
            double a = 1.5;
            double b = 0.25;
            r.setHover(a, b);
            String svg = new String(FigureExport.svg(r, FigureExport.Options.of(800, 600)), StandardCharsets.UTF_8)
                    .replace("&#160;", " ");
            Landscape m = p.landscape();
            double[] at = {a, b};
            String e = "E = " + Numbers.significant(m.value(a, b), 4) + "   R_IG = " + Numbers.significant(m.rIg(at), 4);
            String slope = "slope ‖∇E‖ = " + Numbers.significant(m.slope(at), 4) + "   h·λ_max = "
                    + Numbers.significant(m.stabilityNumber(p.h(), a, b), 3);
            assertTrue(svg.contains(e), "read-out '" + e + "'");
            assertTrue(svg.contains(slope), "read-out '" + slope + "'");
        }
        // the flat loss's read-out and key write its one value alike
        RunParameters flat = RunParameters.paper(0.0, 0.6, 2.8, 3.5, 0.05, 0.5, 400);
        assertEquals("0.18", Numbers.significant(flat.landscape().value(1.5, 0.25), 4));
    }
}
