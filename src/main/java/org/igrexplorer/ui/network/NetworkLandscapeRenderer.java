package org.igrexplorer.ui.network;

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
import org.igrexplorer.core.Numbers;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.plot.ChartColors;
import org.igrexplorer.ui.plot.Contours;
import org.igrexplorer.ui.plot.Heatmap;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.core.mlp.landscape.PathPoint;
import org.igrexplorer.core.mlp.landscape.PlaneGrid;
import org.igrexplorer.core.mlp.landscape.ProjectedPath;
import org.igrexplorer.ui.plot.Colormap;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.PlotMarks;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.core.loss.ViewBox;

/**
 * Paints a network's landscape on its PCA plane through Graphics2D (screen and export alike): the
 * heatmap of log₁₀ E with contour lines, the reference run's path as a GD-coloured polyline with a
 * dot per snapshot, a second run's path on the same plane, the start (○) and the end (×) of each
 * path, a colour key, and a hover read-out (α, β, E there, and step, loss, test accuracy of the
 * nearest snapshot). Mutable; use on one thread.
 */
public final class NetworkLandscapeRenderer implements PlotRenderer {

    /** Contour lines across the colour range. */
    static final int CONTOURS = 12;
    /** The colour of a second run's path (the reference run's is the GD colour). */
    static final Color COMPARE = MethodPalette.BLUE;

    private final XYChart chart = new XYChart();
    private double fontScale = 1;
    private NetworkLandscape landscape;
    private BufferedImage image;
    private List<double[]> contours = List.of();
    private double logLo;
    private double logHi;
    private double hoverA = Double.NaN;
    private double hoverB = Double.NaN;

    public NetworkLandscapeRenderer() {
        chart.xAxis().label("α");
        chart.yAxis().label("β");
        chart.grid(false).legendPosition(XYChart.LegendPosition.BOTTOM_RIGHT);
        chart.title("Network landscape: no run chosen");
        chart.addUnderlay(this::paintField);
        chart.addOverlay(this::paintAnnotations);
    }

    public XYChart chart() {
        return chart;
    }

    /** Draws the frame in {@code c} (the dark theme's card on screen; exports keep the light one). */
    @Override
    public void colors(ChartColors c) {
        chart.colors(c);
    }

    /** Sets the size factor of every text of the view (ticks, titles, legend, colour key, read-out). */
    public void setFontScale(double s) {
        fontScale = s;
        chart.fontScale(s);
    }

    /** @return the landscape shown, or null */
    public NetworkLandscape landscape() {
        return landscape;
    }

    /** Shows {@code land} (null: nothing). Builds the heatmap and the contour lines. */
    public void setLandscape(NetworkLandscape land) {
        this.landscape = land;
        if (land == null) {
            image = null;
            contours = List.of();
            chart.clearSeries();
            chart.title("Network landscape: no run chosen");
            return;
        }
        PlaneGrid g = land.grid();
        int na = g.nAlpha();
        int nb = g.nBeta();
        logLo = Math.log10(g.minLoss());
        logHi = Math.log10(g.maxLoss());
        if (!(logHi > logLo)) {
            logHi = logLo + 1;
        }
        double[] v = new double[na * nb];
        for (int j = 0; j < nb; j++) {
            for (int i = 0; i < na; i++) {
                double e = g.loss(i, j);
                v[j * na + i] = Double.isFinite(e) && e > 0 ? Math.log10(e) : Double.NaN;
            }
        }
        image = Heatmap.of(v, na, nb, logLo, logHi);
        List<double[]> lines = new ArrayList<>();
        ViewBox box = new ViewBox(g.alphaMin(), g.alphaMax(), g.betaMin(), g.betaMax());
        if (na == nb) {
            for (int k = 1; k < CONTOURS; k++) {
                lines.add(Contours.segments(v, na, box, logLo + (logHi - logLo) * k / CONTOURS));
            }
        }
        contours = lines;
        chart.xAxis().range(g.alphaMin(), g.alphaMax());
        chart.yAxis().range(g.betaMin(), g.betaMax());
        chart.xAxis().label(String.format(Locale.ROOT, "α along d₁ (%.1f%% of the path's variance)",
                100 * land.plane().ratio1()));
        chart.yAxis().label(String.format(Locale.ROOT, "β along d₂ (%.1f%%%s)", 100 * land.plane().ratio2(),
                land.plane().secondRandom() ? ", random" : ""));
        chart.title(land.paths().get(0).label() + ": the loss on its path's PCA plane");
        List<Series> series = new ArrayList<>();
        for (int k = land.paths().size() - 1; k >= 0; k--) {
            ProjectedPath p = land.paths().get(k);
            int n = p.points().size();
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = p.points().get(i).alpha();
                b[i] = p.points().get(i).beta();
            }
            String name = p.label() + (k == 0 ? " (plane's run)" : " (same plane)")
                    + (p.truncated() ? ", diverged" : "");
            series.add(Series.lineAndMarkers(name, a, b, colour(k)).withLineWidth(1.8).withMarkerSize(4));
        }
        chart.setSeries(series);
        chart.clearLegendEntries();
        chart.addLegendEntry("start (○), end (×)", MethodPalette.INK, Series.Style.MARKERS);
    }

    /** @return the colour of path k (0 = the plane's run, in the GD colour) */
    public static Color colour(int k) {
        return k == 0 ? MethodPalette.awt(Method.GD) : COMPARE;
    }

    /** Sets the hover point in plane coordinates (NaN: none). */
    public void setHover(double alpha, double beta) {
        hoverA = alpha;
        hoverB = beta;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        chart.paint(g, width, height);
    }

    private void paintField(Graphics2D g, PlotTransform tr) {
        if (landscape == null) {
            return;
        }
        PlaneGrid grid = landscape.grid();
        Heatmap.draw(g, tr, image, grid.alphaMin(), grid.alphaMax(), grid.betaMin(), grid.betaMax());
        g.setStroke(new BasicStroke(0.8f));
        g.setColor(new Color(40, 50, 70, 90));
        for (double[] seg : contours) {
            Path2D.Double path = Contours.pixelPath(seg, tr);
            g.draw(path);
        }
    }

    private void paintAnnotations(Graphics2D g, PlotTransform tr) {
        if (landscape == null) {
            return;
        }
        for (int k = 0; k < landscape.paths().size(); k++) {
            List<PathPoint> pts = landscape.paths().get(k).points();
            PathPoint s = pts.get(0);
            PathPoint e = pts.get(pts.size() - 1);
            double sx = tr.toPixelX(s.alpha());
            double sy = tr.toPixelY(s.beta());
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(sx - 7, sy - 7, 14, 14));
            g.setColor(colour(k));
            g.setStroke(new BasicStroke(2.2f));
            g.draw(new Ellipse2D.Double(sx - 7, sy - 7, 14, 14));
            double ex = tr.toPixelX(e.alpha());
            double ey = tr.toPixelY(e.beta());
            g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(Color.WHITE);
            PlotMarks.cross(g, ex, ey, 7);
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(colour(k));
            PlotMarks.cross(g, ex, ey, 7);
        }
        paintColourKey(g, tr);
        if (Double.isFinite(hoverA) && Double.isFinite(hoverB)) {
            List<String> lines = readout(hoverA, hoverB);
            if (!lines.isEmpty()) {
                PlotMarks.readout(g, lines, tr.area().getX() + 8, tr.area().getY() + 8, fontScale);
            }
        }
    }

    /**
     * @return the hover read-out at (α, β): the surface's E there, and the step, own loss and test
     *     accuracy of the nearest snapshot of any path (empty when nothing is shown)
     */
    public List<String> readout(double alpha, double beta) {
        return readout(landscape, alpha, beta);
    }

    /**
     * @return the read-out of {@code landscape} at (α, β): the surface's E there, and the step, own loss and test
     *     accuracy of the nearest snapshot of any path (empty when {@code landscape} is null)
     */
    public static List<String> readout(NetworkLandscape landscape, double alpha, double beta) {
        if (landscape == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        double e = landscape.grid().interpolate(alpha, beta);
        lines.add("α = " + Numbers.significant(alpha, 4) + "   β = " + Numbers.significant(beta, 4) + "   E = "
                + (Double.isNaN(e) ? "outside the grid" : Numbers.significant(e, 4)));
        PathPoint best = null;
        String label = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (ProjectedPath p : landscape.paths()) {
            PathPoint q = p.nearest(alpha, beta);
            if (q == null) {
                continue;
            }
            double d = Math.hypot(q.alpha() - alpha, q.beta() - beta);
            if (d < bestD) {
                bestD = d;
                best = q;
                label = p.label();
            }
        }
        if (best != null) {
            lines.add(String.format(Locale.ROOT, "nearest snapshot: %s, step %d", label, best.step()));
            lines.add(String.format(Locale.ROOT, "loss %s   test accuracy %.2f%%", Numbers.significant(best.loss(), 4),
                    100 * best.testAccuracy()));
            lines.add("off the plane by " + Numbers.significant(best.residual(), 3));
        }
        return lines;
    }

    private void paintColourKey(Graphics2D g, PlotTransform tr) {
        Rectangle2D area = tr.area();
        double k = fontScale;
        double w = Math.min(160 * k, area.getWidth() * 0.35);
        double x = area.getMaxX() - w - 10;
        double y = area.getY() + 10;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * k)));
        FontMetrics fm = g.getFontMetrics();
        double bar = 10 * k;
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new Rectangle2D.Double(x - 6, y - 4, w + 12, bar + fm.getHeight() + 8));
        for (int i = 0; i < (int) w; i++) {
            g.setColor(Colormap.awt(i / (w - 1)));
            g.fill(new Rectangle2D.Double(x + i, y, 1.2, bar));
        }
        g.setColor(MethodPalette.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Rectangle2D.Double(x, y, w, bar));
        String lo = Numbers.significant(Math.pow(10, logLo), 3);
        String hi = Numbers.significant(Math.pow(10, logHi), 3);
        float base = (float) (y + bar + 1 + fm.getAscent());
        g.drawString(lo, (float) x, base);
        g.drawString(hi, (float) (x + w - fm.stringWidth(hi)), base);
        String mid = "E (log)";
        g.drawString(mid, (float) (x + (w - fm.stringWidth(mid)) / 2), base);
    }

}
