package org.igrexplorer.ui.plane;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.igrexplorer.core.Numbers;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.plot.ChartColors;
import org.igrexplorer.ui.plot.Contours;
import org.igrexplorer.ui.plot.Heatmap;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.ui.plot.Colormap;
import org.igrexplorer.ui.plot.LayeredRenderer;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.PlotMarks;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;

/**
 * Paints the parameter plane through Graphics2D, for the screen ({@link org.igrexplorer.ui.explorer.PlaneView})
 * and for files (the window's exports, {@code render --view plane}, animations) alike: heatmap and contours of
 * log₁₀E (or of E − min E), the stability region, the landscape's known minima, every trajectory, the flattest
 * minimum, the start handle, a colour key, a legend, axes and a hover read-out. In two layers: the base
 * (field, minima, axes) and the overlay (curves, handle, key, read-out). No JavaFX. Mutable; use on one thread.
 */
public final class PlaneRenderer implements LayeredRenderer {

    private static final Method[] ORDER = {Method.EXACT, Method.MODIFIED, Method.MODIFIED2, Method.EGR,
        Method.SGD_MODIFIED, Method.GD, Method.SGD_MEAN};
    /** The colour key's ramp, one pixel per colour, drawn stretched (one image instead of a rectangle per pixel). */
    private static final BufferedImage KEY_IMAGE = keyImage();
    private final XYChart chart = new XYChart();
    private RunParameters params;
    private Map<Method, Trajectory> curves = Map.of();
    private FieldGrid field;
    private Function<ViewBox, FieldGrid> fieldFor;
    /** Whether {@link #paint} (a file) is drawing, rather than the screen's base and overlay. */
    private boolean painting;
    private double hoverA = Double.NaN;
    private double fontScale = 1;
    private double hoverB = Double.NaN;

    /**
     * On screen the legend covers at most this share of the plane: a larger one goes below or beside it, or
     * shows folded to one row (small windows, presentation mode) until the user opens it.
     */
    public static final double LEGEND_MAX_COVER = 0.1;

    public PlaneRenderer() {
        chart.xAxis().label("a");
        chart.yAxis().label("b");
        chart.equalAspect(true).grid(false).legendPosition(XYChart.LegendPosition.BOTTOM_RIGHT)
                .legendMaxCover(LEGEND_MAX_COVER);
        chart.title("Parameter plane: loss, minima and trajectories");
        chart.addUnderlay(this::paintField);
        chart.addUnderlay(this::paintMinima);
        chart.addOverlay(this::paintAnnotations);
    }

    public XYChart chart() {
        return chart;
    }

    @Override
    public void colors(ChartColors c) {
        chart.colors(c);
    }

    /** Sets the size factor of every text of the plane (ticks, titles, legend, colour key, read-out). */
    public void setFontScale(double s) {
        fontScale = s;
        chart.fontScale(s);
    }

    public void setView(ViewBox v) {
        chart.xAxis().range(v.aMin(), v.aMax());
        chart.yAxis().range(v.bMin(), v.bMax());
    }

    public void setCurves(RunParameters p, Map<Method, Trajectory> t) {
        setCurves(p, t, List.of());
    }

    /**
     * @param samples SGD's sample paths, drawn faint under the other curves with one legend row ({@link
     *                Method#SGD}'s trajectory in {@code t} is the first of them)
     */
    public void setCurves(RunParameters p, Map<Method, Trajectory> t, List<Trajectory> samples) {
        this.params = p;
        this.curves = t;
        List<Series> list = new ArrayList<>();
        for (int k = 0; k < samples.size(); k++) {
            Series sample = Series.line(k == 0 ? Method.SGD.label() + "s (" + samples.size() + ", faint)" : "",
                    pathCoordinates(samples.get(k), true), pathCoordinates(samples.get(k), false),
                    MethodPalette.awt(Method.SGD)).withLineWidth(1.4);
            list.add(k == 0 ? sample : sample.hiddenFromLegend());
        }
        for (Method m : ORDER) {
            Trajectory tr = t.get(m);
            if (tr == null) {
                continue;
            }
            double[] a = pathCoordinates(tr, true);
            double[] b = pathCoordinates(tr, false);
            String name = m.label() + (m == Method.EGR ? " (µ = " + Numbers.significant(p.mu(), 3) + ")" : "");
            Color c = MethodPalette.awt(m);
            Series s = switch (MethodPalette.style(m)) {
                case LINE_AND_MARKERS -> Series.lineAndMarkers(name, a, b, c);
                case DASHED -> Series.dashed(name, a, b, c).withLineWidth(2.2);
                default -> Series.line(name, a, b, c).withLineWidth(m == Method.EXACT ? 2.4 : 2.0);
            };
            list.add(s);
        }
        chart.setSeries(list);
        legend();
    }

    /** The rows after the curves: minima, start, stability region; a flat field has no region to shade. */
    private void legend() {
        chart.clearLegendEntries();
        RunParameters p = params;
        if (p == null) {
            return;
        }
        Landscape l = p.landscape();
        l.minima().ifPresent(mi -> chart.addLegendEntry(mi.label(), MethodPalette.INK,
                mi.families().isEmpty() ? Series.Style.MARKERS : Series.Style.LINE));
        boolean flattest = l.flattestMinimum(p.a0(), p.b0()).isPresent();
        chart.addLegendEntry(flattest ? "flattest minimum (×), start (○)" : "start (○)", MethodPalette.INK,
                Series.Style.MARKERS);
        if (!flat()) {
            chart.addLegendEntry("h·λ_max(H) < 2: GD can settle (shaded)", FieldGrid.STABLE, Series.Style.DASHED);
        }
    }

    /** @return whether the field shown is one value (a flat loss: nothing to shade, one colour) */
    private boolean flat() {
        FieldGrid f = field;
        return f != null && f.range().flat();
    }

    public void setField(FieldGrid f) {
        this.field = f;
        legend();
    }

    public void setHover(double a, double b) {
        hoverA = a;
        hoverB = b;
    }

    /** Paints base and overlay in one (files); computes a field for the shown box where the screen's is short. */
    @Override
    public void paint(Graphics2D g, double width, double height) {
        painting = true;
        try {
            chart.paint(g, width, height);
        } finally {
            painting = false;
        }
    }

    /**
     * Sets how a file gets the field of the box it shows when the field set for the screen does not cover that
     * box (an export at another size or with a caption line shows more or less of the plane than the screen):
     * computed there and then for that one drawing. {@code null}: draw the field there is.
     */
    public void setFieldForFiles(Function<ViewBox, FieldGrid> compute) {
        fieldFor = compute;
    }

    private static boolean covers(ViewBox outer, ViewBox inner) {
        double ea = 1e-9 * outer.width();
        double eb = 1e-9 * outer.height();
        return outer.aMin() <= inner.aMin() + ea && outer.aMax() >= inner.aMax() - ea
                && outer.bMin() <= inner.bMin() + eb && outer.bMax() >= inner.bMax() - eb;
    }

    @Override
    public void paintBase(Graphics2D g, double width, double height) {
        chart.paintBase(g, width, height);
    }

    @Override
    public void paintOverlay(Graphics2D g, double width, double height) {
        chart.paintOverlay(g, width, height);
    }

    @Override
    public boolean baseIsStale() {
        return chart.baseIsStale();
    }

    private void paintField(Graphics2D g, PlotTransform tr) {
        FieldGrid field = this.field;
        ViewBox shown = new ViewBox(tr.xMin(), tr.xMax(), tr.yMin(), tr.yMax());
        if (painting && fieldFor != null && (field == null || !covers(field.box(), shown))) {
            // a file of another size or with a caption shows more of the plane than the screen's field covers
            field = fieldFor.apply(shown);
        }
        if (field == null) {
            return;
        }
        ViewBox fb = field.box();
        Heatmap.draw(g, tr, field.image(), fb.aMin(), fb.aMax(), fb.bMin(), fb.bMax());
        if (params != null && !field.range().flat()) {
            // the stability region h·λ_max(H) < 2: where gradient descent can settle
            double h = params.h();
            Heatmap.draw(g, tr, field.stableImage(h), fb.aMin(), fb.aMax(), fb.bMin(), fb.bMax());
            double[] edge = field.stableBoundary(h);
            Path2D.Double path = Contours.pixelPath(edge, tr);
            g.setColor(FieldGrid.STABLE);
            g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {5f, 4f}, 0f));
            g.draw(path);
        }
        g.setStroke(new BasicStroke(0.7f));
        List<double[]> cs = field.contours();
        for (int k = 0; k < cs.size(); k++) {
            double level = Math.ceil(field.logLo() / Contours.LOG_STEP) * Contours.LOG_STEP
                    + k * Contours.LOG_STEP;
            boolean decade = Math.abs(level - Math.rint(level)) < 1e-9;
            g.setColor(new Color(40, 50, 70, decade ? 110 : 55));
            double[] seg = cs.get(k);
            Path2D.Double path = Contours.pixelPath(seg, tr);
            g.draw(path);
        }
    }

    /** The minima (base layer: they change with the model, not with the start). */
    private void paintMinima(Graphics2D g, PlotTransform tr) {
        if (params == null) {
            return;
        }
        Landscape model = params.landscape();
        Rectangle2D area = tr.area();
        // the landscape's known minima: curves and isolated points
        model.minima().ifPresent(minima -> {
            g.setColor(MethodPalette.INK);
            g.setStroke(new BasicStroke(1.6f));
            for (double[][] curve : minima.curves(new ViewBox(tr.xMin(), tr.xMax(), tr.yMin(), tr.yMax()))) {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(tr.toPixelX(curve[0][0]), tr.toPixelY(curve[0][1]));
                for (int i = 1; i < curve.length; i++) {
                    path.lineTo(tr.toPixelX(curve[i][0]), tr.toPixelY(curve[i][1]));
                }
                g.draw(path);
            }
            for (double[] p : minima.points()) {
                double px = tr.toPixelX(p[0]);
                double py = tr.toPixelY(p[1]);
                g.draw(new Ellipse2D.Double(px - 4, py - 4, 8, 8));
            }
        });
    }

    /** Start handle, flattest minimum, colour key and hover read-out (overlay: they follow the start and mouse). */
    private void paintAnnotations(Graphics2D g, PlotTransform tr) {
        if (params == null) {
            return;
        }
        Landscape model = params.landscape();
        Rectangle2D area = tr.area();
        model.flattestMinimum(params.a0(), params.b0()).ifPresent(m -> {
            double px = tr.toPixelX(m[0]);
            double py = tr.toPixelY(m[1]);
            g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(Color.WHITE);
            PlotMarks.cross(g, px, py, 7);
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(MethodPalette.INK);
            PlotMarks.cross(g, px, py, 7);
        });
        double sx = tr.toPixelX(params.a0());
        double sy = tr.toPixelY(params.b0());
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(sx - 7, sy - 7, 14, 14));
        g.setColor(MethodPalette.INK);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(sx - 7, sy - 7, 14, 14));
        g.fill(new Ellipse2D.Double(sx - 2, sy - 2, 4, 4));
        paintColourKey(g, tr);
        if (flat()) {
            paintFlatNote(g, tr);
        }
        if (Double.isFinite(hoverA) && Double.isFinite(hoverB)) {
            ViewBox shown = new ViewBox(tr.xMin(), tr.xMax(), tr.yMin(), tr.yMax());
            double e = model.value(hoverA, hoverB);
            List<String> lines = List.of(
                // the point as a click there would set the start: the view's pick place for both
                "a = " + shown.pickText(hoverA) + "   b = " + shown.pickText(hoverB),
                // the measured values as the status line writes them
                "E = " + Numbers.significant(e, 4) + "   R_IG = "
                        + Numbers.significant(model.rIg(new double[] {hoverA, hoverB}), 4),
                "slope ‖∇E‖ = " + Numbers.significant(model.slope(new double[] {hoverA, hoverB}), 4)
                        + "   h·λ_max = " + Numbers.significant(model.stabilityNumber(params.h(), hoverA, hoverB), 3));
            PlotMarks.readout(g, lines, area.getX() + 8, area.getY() + 8, fontScale);
        }
    }

    /** @return a or b along the trajectory's drawn path (a flow's dense output; a discrete method's iterates) */
    private static double[] pathCoordinates(Trajectory tr, boolean a) {
        double[] v = new double[tr.pathSize()];
        for (int k = 0; k < v.length; k++) {
            v[k] = a ? tr.pathA(k) : tr.pathB(k);
        }
        return v;
    }

    private void paintColourKey(Graphics2D g, PlotTransform tr) {
        if (field == null) {
            return;
        }
        Rectangle2D area = tr.area();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * fontScale)));
        FontMetrics km = g.getFontMetrics();
        boolean flat = field.range().flat();
        // a flat field has one colour: one swatch, named by the value (a ramp would promise a scale)
        String flatText = "E = " + field.range().flatValue() + " everywhere";
        // wide enough for its label between the two ends (log₁₀(E − E_min) with E_min is long)
        double labelled = flat ? km.stringWidth(flatText) + 8
                : km.stringWidth(field.label()) + 2 * km.stringWidth("−00") + 12;
        double w = Math.min(Math.max(160 * fontScale, labelled), area.getWidth() * 0.6);
        double x = area.getMaxX() - w - 10;
        double y = area.getY() + 10;
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new Rectangle2D.Double(x - 6, y - 4, w + 12, 18 + km.getHeight()));
        if (flat) {
            g.setColor(new Color(field.image().getRGB(0, 0), true));
            g.fill(new Rectangle2D.Double(x, y, w, 10));
        } else {
            g.drawImage(KEY_IMAGE, (int) Math.round(x), (int) Math.round(y), (int) Math.round(w), 10, null);
        }
        g.setColor(MethodPalette.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Rectangle2D.Double(x, y, w, 10));
        FontMetrics fm = km;
        float base = (float) (y + 11 + fm.getAscent());
        if (flat) {
            g.drawString(flatText, (float) (x + (w - fm.stringWidth(flatText)) / 2), base);
            return;
        }
        String lo = String.format(Locale.ROOT, "%.0f", field.logLo());
        String hi = String.format(Locale.ROOT, "%.0f", Math.floor(field.logHi() * 10) / 10);
        g.drawString(lo, (float) x, base);
        g.drawString(hi, (float) (x + w - fm.stringWidth(hi)), base);
        String mid = field.label();
        g.drawString(mid, (float) (x + (w - fm.stringWidth(mid)) / 2), base);
    }

    /** A flat loss said in the plane itself: nothing else in it would tell why no curve shows. */
    private void paintFlatNote(Graphics2D g, PlotTransform tr) {
        Rectangle2D area = tr.area();
        String[] lines = {"The loss is flat: E = " + field.range().flatValue() + " everywhere here",
            "∇E = 0, so no curve leaves the start (○)"};
        float size = (float) (13 * fontScale);
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size);
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size);
        FontMetrics fb = g.getFontMetrics(bold);
        FontMetrics fp = g.getFontMetrics(plain);
        double text = Math.max(fb.stringWidth(lines[0]), fp.stringWidth(lines[1]));
        double room = area.getWidth() - 36;
        if (text > room && room > 0) {
            // a narrow plane (presentation, a small window): the note shrinks to fit, never past the frame
            size = (float) Math.max(8, Math.floor(size * room / text));
            bold = bold.deriveFont(size);
            plain = plain.deriveFont(size);
            fb = g.getFontMetrics(bold);
            fp = g.getFontMetrics(plain);
            text = Math.max(fb.stringWidth(lines[0]), fp.stringWidth(lines[1]));
        }
        double w = text + 20;
        double h = fb.getHeight() + fp.getHeight() + 12;
        double x = area.getCenterX() - w / 2;
        double y = area.getCenterY() - h / 2;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(new Color(0, 0, 0, 100));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(x, y, w, h));
        g.setColor(MethodPalette.INK);
        g.setFont(bold);
        g.drawString(lines[0], (float) (area.getCenterX() - fb.stringWidth(lines[0]) / 2.0),
                (float) (y + 6 + fb.getAscent()));
        g.setFont(plain);
        g.drawString(lines[1], (float) (area.getCenterX() - fp.stringWidth(lines[1]) / 2.0),
                (float) (y + 6 + fb.getHeight() + fp.getAscent()));
    }

    private static BufferedImage keyImage() {
        BufferedImage img = new BufferedImage(Colormap.SIZE, 1,
                BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, Colormap.SIZE, 1, Colormap.lut(), 0, Colormap.SIZE);
        return img;
    }

}
