package org.igrexplorer.ui.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A reusable 2D chart drawn through Graphics2D: line, dashed and marker series, linear or log axes
 * with nice ticks and titled axes, a title, a legend, shaded x-ranges, a vertical marker line, and
 * layers drawn in data coordinates. It is a {@link PlotRenderer}, so the same object paints the
 * screen ({@link PlotCanvas}) and exported files ({@link PngExport}); as a {@link LayeredRenderer} it
 * paints in two layers: the base (background, underlays, shaded ranges, grid, axes, titles) and above
 * it the overlay (series, marker line, overlays, legend), so that a screen can keep the base while
 * only the data move. A whole paint is the base, then the overlay: screen and file show the same.
 *
 * <p>Mutable; configure and paint it on one thread (the FX thread when on screen). After each paint
 * {@link #lastTransform()} maps mouse positions to data.
 */
public class XYChart implements LayeredRenderer {

    /** A shaded band between two x values. */
    public record ShadedRange(double x0, double x1, Color color, String label) {
    }

    /** A vertical line at x. */
    public record MarkerLine(double x, Color color, String label) {
    }

    /** A legend row that is not a series (e.g. for a layer). */
    public record LegendEntry(String name, Color color, Series.Style style) {
    }

    /** Where the legend goes. */
    public enum LegendPosition {
        TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT, NONE,
        /**
         * A corner where the legend hides no data, else room made for it (headroom or a column to the
         * right). The fixed corners are preferences that get the same treatment when they would hide data.
         */
        AUTO
    }

    /**
     * Making room for the legend (headroom; in files also a band below) may shrink the data's share of the plot
     * to no less than this; failing every place, a legend on screen folds to one row, one in a file takes the
     * corner hiding the least.
     */
    static final double MIN_DATA_SHARE = 0.4;
    /**
     * A legend column beside the plot may narrow it to this share of its width: curves over time keep their
     * shape in a narrower plot, and a short panel (a small window) has no room above or below.
     */
    static final double MIN_SHARE_BESIDE = 0.3;
    /** An automatic range reaches this share of the data's span beyond the data on each side. */
    static final double AUTO_PAD = 0.04;
    /** Pixels kept free between a marker's edge and the frame on an automatic range. */
    static final double MARKER_GAP = 12;

    private final Axis xAxis = new Axis();
    private final Axis yAxis = new Axis();
    private final Axis y2Axis = new Axis();
    private final List<Series> series = new ArrayList<>();
    private final List<Series> rightSeries = new ArrayList<>();
    private final List<ShadedRange> shaded = new ArrayList<>();
    private final List<PlotLayer> underlays = new ArrayList<>();
    private final List<PlotLayer> overlays = new ArrayList<>();
    private final List<LegendEntry> extraLegend = new ArrayList<>();
    private final List<Supplier<List<LegendEntry>>> legendSources = new ArrayList<>();
    private MarkerLine marker;
    private String title = "";
    private LegendPosition legendPosition = LegendPosition.TOP_RIGHT;
    private Color background = Color.WHITE;
    private Color plotBackground = Color.WHITE;
    private boolean grid = true;
    private double fontScale = 1.0;
    private boolean equalAspect;
    private PlotTransform lastTransform;
    private PlotTransform lastRightTransform;
    private Rectangle2D lastLegendBox;
    /** Whether the last paint's legend found no free place and covers data. */
    private boolean lastLegendHidesData;
    private ChartColors colors = ChartColors.LIGHT;

    public Axis xAxis() {
        return xAxis;
    }

    public Axis yAxis() {
        return yAxis;
    }

    /** @return the second y axis, drawn at the right of the plot once a series is added to it */
    public Axis y2Axis() {
        return y2Axis;
    }

    public XYChart title(String t) {
        this.title = t == null ? "" : t;
        return this;
    }

    public String title() {
        return title;
    }

    public XYChart addSeries(Series s) {
        series.add(s);
        return this;
    }

    /** Replaces all series. */
    public XYChart setSeries(List<Series> list) {
        series.clear();
        series.addAll(list);
        return this;
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    /**
     * Adds a series measured on the second y axis ({@link #y2Axis()}, at the right); it shares the x axis
     * and the legend with the others.
     */
    public XYChart addRightSeries(Series s) {
        rightSeries.add(s);
        return this;
    }

    /** @return the series on the second y axis */
    public List<Series> rightSeries() {
        return List.copyOf(rightSeries);
    }

    /** Replaces all series of the second y axis. */
    public XYChart setRightSeries(List<Series> list) {
        rightSeries.clear();
        rightSeries.addAll(list);
        return this;
    }

    public XYChart clearSeries() {
        series.clear();
        return this;
    }

    public XYChart addShadedRange(double x0, double x1, Color color, String label) {
        shaded.add(new ShadedRange(Math.min(x0, x1), Math.max(x0, x1), color, label));
        return this;
    }

    public XYChart clearShadedRanges() {
        shaded.clear();
        return this;
    }

    /** Sets (or with {@code null} color removes) the vertical marker line. */
    public XYChart markerLine(double x, Color color, String label) {
        this.marker = color == null ? null : new MarkerLine(x, color, label);
        return this;
    }

    /** @return the vertical marker line, or {@code null} */
    MarkerLine marker() {
        return marker;
    }

    public XYChart clearMarkerLine() {
        this.marker = null;
        return this;
    }

    /**
     * Adds a layer painted beneath the series (e.g. a heatmap). It belongs to the base layer: on screen it
     * is painted again only when the base is ({@link PlotCanvas#repaint()}), not for data changes.
     */
    public XYChart addUnderlay(PlotLayer layer) {
        underlays.add(layer);
        return this;
    }

    /** Adds a layer painted above the series (e.g. annotations, handles), part of the overlay layer. */
    public XYChart addOverlay(PlotLayer layer) {
        overlays.add(layer);
        return this;
    }

    /** Adds a legend row for something drawn by a layer. */
    public XYChart addLegendEntry(String name, Color color, Series.Style style) {
        extraLegend.add(new LegendEntry(name, color, style));
        return this;
    }

    /** Removes the rows added by {@link #addLegendEntry}; the rows of legend sources stay. */
    public XYChart clearLegendEntries() {
        extraLegend.clear();
        return this;
    }

    /**
     * Adds a source of legend rows asked at every paint, for layers whose content changes on its own
     * (e.g. curves drawn by an overlay only while they exist). {@link #clearLegendEntries()} keeps it.
     */
    public XYChart addLegendSource(Supplier<List<LegendEntry>> source) {
        legendSources.add(Objects.requireNonNull(source));
        return this;
    }

    /** @return the rows the legend shows now, in order: series, added entries, sources, ranges, marker */
    public List<LegendEntry> legendRows() {
        List<LegendEntry> rows = new ArrayList<>();
        for (List<Series> list : List.of(series, rightSeries)) {
            for (Series s : list) {
                if (s.inLegend() && s.name() != null && !s.name().isEmpty()) {
                    rows.add(new LegendEntry(s.name(), s.color(), s.style()));
                }
            }
        }
        rows.addAll(extraLegend);
        for (var source : legendSources) {
            List<LegendEntry> more = source.get();
            if (more != null) {
                rows.addAll(more);
            }
        }
        for (ShadedRange r : shaded) {
            if (r.label() != null && !r.label().isEmpty()) {
                rows.add(new LegendEntry(r.label(), r.color(), null));
            }
        }
        if (marker != null && marker.label() != null && !marker.label().isEmpty()) {
            rows.add(new LegendEntry(marker.label(), marker.color(), Series.Style.DASHED));
        }
        return rows;
    }

    public XYChart legendPosition(LegendPosition p) {
        this.legendPosition = p;
        return this;
    }

    public XYChart background(Color c) {
        this.background = c;
        return this;
    }

    public XYChart plotBackground(Color c) {
        this.plotBackground = c;
        return this;
    }

    /**
     * {@inheritDoc} A background or plot background set to the previous scheme's follows the new one; one set
     * to anything else (e.g. none under a heatmap) stays.
     */
    @Override
    public void colors(ChartColors c) {
        if (Objects.equals(background, colors.background())) {
            background = c.background();
        }
        if (Objects.equals(plotBackground, colors.plot())) {
            plotBackground = c.plot();
        }
        colors = c;
    }

    public XYChart grid(boolean on) {
        this.grid = on;
        return this;
    }

    /** @return the factor on every font size */
    public double fontScale() {
        return fontScale;
    }

    /** Multiplies every font size (1 = 12 pt tick labels). */
    public XYChart fontScale(double s) {
        this.fontScale = s;
        return this;
    }

    /**
     * Keeps one data unit equally long on both (linear) axes by widening the shorter range about its
     * centre, as a map of a parameter plane needs.
     */
    public XYChart equalAspect(boolean on) {
        this.equalAspect = on;
        return this;
    }

    /** @return the mapping used by the last paint, or {@code null} before the first */
    public PlotTransform lastTransform() {
        return lastTransform;
    }

    /** @return the mapping of the second y axis in the last paint, or {@code null} if it had no right series */
    public PlotTransform lastRightTransform() {
        return lastRightTransform;
    }

    /** @return the data range [min, max] the axis shows for the current series and settings */
    double[] range(boolean isX) {
        if (isX) {
            List<Series> all = new ArrayList<>(series);
            all.addAll(rightSeries);
            return range(xAxis, all, true);
        }
        return range(yAxis, series, false);
    }

    /** @return the data range [min, max] of the second y axis */
    double[] range2() {
        return range(y2Axis, rightSeries, false);
    }

    private double[] range(Axis ax, List<Series> seriesOnAxis, boolean isX) {
        double lo = ax.fixedMin();
        double hi = ax.fixedMax();
        if (!Double.isNaN(lo) && !Double.isNaN(hi) && hi > lo) {
            return new double[] {lo, hi};
        }
        double dlo = Double.POSITIVE_INFINITY;
        double dhi = Double.NEGATIVE_INFINITY;
        for (Series s : seriesOnAxis) {
            for (int i = 0; i < s.size(); i++) {
                double v = isX ? s.xAt(i) : s.yAt(i);
                if (Double.isFinite(v) && (!ax.isLog() || v > 0)) {
                    dlo = Math.min(dlo, v);
                    dhi = Math.max(dhi, v);
                }
            }
        }
        if (isX) {
            for (ShadedRange r : shaded) {
                for (double v : new double[] {r.x0(), r.x1()}) {
                    if (Double.isFinite(v) && (!ax.isLog() || v > 0)) {
                        dlo = Math.min(dlo, v);
                        dhi = Math.max(dhi, v);
                    }
                }
            }
        }
        if (!Double.isFinite(dlo)) {
            dlo = ax.isLog() ? 0.1 : 0;
            dhi = ax.isLog() ? 10 : 1;
        }
        if (ax.isLog()) {
            double a = Math.log10(dlo);
            double b = Math.log10(dhi);
            if (b - a < 1e-9) {
                a -= 0.5;
                b += 0.5;
            }
            double pad = (b - a) * AUTO_PAD;
            dlo = Math.pow(10, a - pad);
            dhi = Math.pow(10, b + pad);
        } else {
            if (dhi - dlo < 1e-300 || (dhi - dlo) < 1e-12 * Math.max(Math.abs(dlo), Math.abs(dhi))) {
                double d = Math.max(Math.abs(dlo) * 0.1, 1e-9);
                dlo -= d;
                dhi += d;
            }
            double pad = (dhi - dlo) * AUTO_PAD;
            dlo -= pad;
            dhi += pad;
        }
        if (!Double.isNaN(lo)) {
            dlo = lo;
        }
        if (!Double.isNaN(hi)) {
            dhi = hi;
        }
        if (!(dhi > dlo)) {
            dhi = dlo + 1;
        }
        return new double[] {dlo, dhi};
    }

    /** The geometry of one paint: plot area, axis ranges and ticks, and the data-to-pixel mapping. */
    private record Layout(Rectangle2D area, double[] xr, double[] yr, List<Double> xt, List<Double> yt,
            double xStep, double yStep, PlotTransform tr, double reserveBottom, Right right) {
    }

    /**
     * The second y axis of one paint, or {@code null} without right series.
     *
     * @param width pixels right of the plot area that its ticks, labels and title take
     */
    private record Right(double[] yr, List<Double> yt, double yStep, PlotTransform tr, double width) {
    }

    /**
     * Where the legend goes in one paint, with the layout that makes room for it.
     *
     * @param hidesData the legend found no free place and covers data (or leaves the plot area)
     */
    private record Placement(Layout layout, Rectangle2D box, int columns, boolean hidesData) {
    }

    /**
     * The legend's measured rows: each row's whole width (swatch, gap, text and margins) and the common row
     * height. Rows run left to right, top to bottom over the columns; each column is as wide as its widest row.
     */
    private record LegendShape(double[] rowWidths, double rowHeight) {

        int rows() {
            return rowWidths.length;
        }

        /** @return the widths of the columns when the rows are laid out in {@code columns} */
        double[] columnWidths(int columns) {
            double[] w = new double[columns];
            for (int i = 0; i < rowWidths.length; i++) {
                w[i % columns] = Math.max(w[i % columns], rowWidths[i]);
            }
            return w;
        }

        double width(int columns) {
            double sum = 0;
            for (double w : columnWidths(columns)) {
                sum += w;
            }
            return sum;
        }

        double height(int columns) {
            return Math.ceil((double) rows() / columns) * rowHeight + 8;
        }

        /**
         * @return the most columns whose width fits {@code avail} (at least 1), then the fewest columns that
         *         need as few lines
         */
        int columnsWithin(double avail) {
            int cols = 1;
            for (int c = 2; c <= rows(); c++) {
                if (width(c) <= avail) {
                    cols = c;
                }
            }
            int lines = (rows() + cols - 1) / cols;
            return (rows() + lines - 1) / lines;
        }
    }

    /** Tick labels and the legend. */
    private Font tickFont() {
        return font(Font.PLAIN, 12);
    }

    private Font labelFont() {
        return font(Font.PLAIN, 13);
    }

    private Font titleFont() {
        return font(Font.BOLD, 14);
    }

    /**
     * @return the sans-serif font of {@code size} × the font scale, in whole pixels rounded up (canvases draw
     *         whole sizes): a scale of 1.6 never gives less than 1.6 × the normal size
     */
    private Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, (int) Math.ceil(size * fontScale - 1e-9));
    }

    /**
     * Lays the chart out.
     *
     * @param headTop     pixels at the top of the plot area kept free of data by widening the y range
     * @param headBottom  the same at the bottom
     * @param reserveRight pixels right of the plot area kept for an outside legend
     * @param reserveBottom pixels below the x-axis title kept for an outside legend
     * @return the layout, or {@code null} if the headroom would leave the data less than
     *         {@link #MIN_DATA_SHARE} of the height
     */
    private Layout layout(Graphics2D g, double width, double height, double headTop, double headBottom,
            double reserveRight, double reserveBottom) {
        FontMetrics tfm = g.getFontMetrics(tickFont());
        FontMetrics lfm = g.getFontMetrics(labelFont());
        FontMetrics ttfm = g.getFontMetrics(titleFont());
        double[] xr = range(true);
        double[] yr = range(false);
        double[] y2r = rightSeries.isEmpty() ? null : range2();
        double top = title.isEmpty() ? 12 : ttfm.getHeight() + 14;
        double bottom = 8 + tfm.getHeight() + 4 + (xAxis.title().isEmpty() ? 0 : lfm.getHeight() + 4)
                + reserveBottom;
        double areaH = Math.max(10, height - top - bottom);
        if (headTop > 0 || headBottom > 0) {
            double dataPx = areaH - headTop - headBottom;
            if (dataPx < MIN_DATA_SHARE * areaH) {
                return null;
            }
            boolean log = yAxis.isLog();
            double lo = log ? Math.log10(yr[0]) : yr[0];
            double hi = log ? Math.log10(yr[1]) : yr[1];
            double perPx = (hi - lo) / dataPx;
            lo -= headBottom * perPx;
            hi += headTop * perPx;
            yr = log ? new double[] {Math.pow(10, lo), Math.pow(10, hi)} : new double[] {lo, hi};
            if (y2r != null) {
                y2r = widened(y2r, y2Axis.isLog(), headTop / dataPx, headBottom / dataPx);
            }
        }
        // the data pad is a share of the span: on a small plot it can leave a dot on the frame
        double need = markerRadius() + MARKER_GAP;
        if (need > MARKER_GAP) {
            yr = clearOfFrame(yr, yAxis, areaH, need);
        }
        List<Double> xt = Axis.ticks(xr[0], xr[1], xAxis.isLog(), Math.max(2, (int) (width / 90)));
        List<Double> yt = Axis.ticks(yr[0], yr[1], yAxis.isLog(), Math.max(2, (int) (height / 60)));
        double yStep = yt.size() > 1 ? yt.get(1) - yt.get(0) : (yr[1] - yr[0]);
        double maxYLabel = 0;
        for (String s : Axis.labels(yt, yAxis.isLog(), yStep)) {
            maxYLabel = Math.max(maxYLabel, tfm.stringWidth(s));
        }
        double left = 10 + (yAxis.title().isEmpty() ? 0 : lfm.getHeight() + 4) + maxYLabel + 8;
        List<Double> y2t = null;
        double y2Step = 0;
        double rightAxis = 0;
        if (y2r != null) {
            y2t = Axis.ticks(y2r[0], y2r[1], y2Axis.isLog(), Math.max(2, (int) (height / 60)));
            y2Step = y2t.size() > 1 ? y2t.get(1) - y2t.get(0) : (y2r[1] - y2r[0]);
            double maxY2Label = 0;
            for (String s : Axis.labels(y2t, y2Axis.isLog(), y2Step)) {
                maxY2Label = Math.max(maxY2Label, tfm.stringWidth(s));
            }
            rightAxis = 8 + maxY2Label + (y2Axis.title().isEmpty() ? 0 : lfm.getHeight() + 4);
        }
        double right = 14 + reserveRight + rightAxis;
        Rectangle2D area = new Rectangle2D.Double(left, top, Math.max(10, width - left - right), areaH);
        if (need > MARKER_GAP) {
            xr = clearOfFrame(xr, xAxis, area.getWidth(), need);
        }
        // x ticks for the plot's own width: a legend or axis beside it can leave it a third of the chart
        xt = Axis.ticks(xr[0], xr[1], xAxis.isLog(), Math.max(2, (int) (area.getWidth() / 90)));
        if (equalAspect && !xAxis.isLog() && !yAxis.isLog()) {
            double ux = (xr[1] - xr[0]) / area.getWidth();
            double uy = (yr[1] - yr[0]) / area.getHeight();
            if (ux > uy) {
                double c = (yr[0] + yr[1]) / 2;
                double half = ux * area.getHeight() / 2;
                yr = new double[] {c - half, c + half};
                yt = Axis.ticks(yr[0], yr[1], false, Math.max(2, (int) (height / 60)));
            } else {
                double c = (xr[0] + xr[1]) / 2;
                double half = uy * area.getWidth() / 2;
                xr = new double[] {c - half, c + half};
                xt = Axis.ticks(xr[0], xr[1], false, Math.max(2, (int) (area.getWidth() / 90)));
            }
        }
        double xStep = xt.size() > 1 ? xt.get(1) - xt.get(0) : (xr[1] - xr[0]);
        yStep = yt.size() > 1 ? yt.get(1) - yt.get(0) : (yr[1] - yr[0]);
        PlotTransform tr = new PlotTransform(area, xr[0], xr[1], xAxis.isLog(), yr[0], yr[1], yAxis.isLog());
        Right r2 = y2r == null ? null : new Right(y2r, y2t, y2Step,
                new PlotTransform(area, xr[0], xr[1], xAxis.isLog(), y2r[0], y2r[1], y2Axis.isLog()), rightAxis);
        return new Layout(area, xr, yr, xt, yt, xStep, yStep, tr, reserveBottom, r2);
    }

    /** @return the largest marker radius of the series drawn with markers (0 when none is) */
    private double markerRadius() {
        double r = 0;
        for (List<Series> list : List.of(series, rightSeries)) {
            for (Series s : list) {
                if (s.style() == Series.Style.MARKERS || s.style() == Series.Style.LINE_AND_MARKERS) {
                    r = Math.max(r, s.markerSize() / 2);
                }
            }
        }
        return r;
    }

    /**
     * @param r      an axis range, padded by {@link #AUTO_PAD} of the data's span where it is automatic
     * @param pixels the length of the axis on screen
     * @param need   pixels the data must keep from each automatic end
     * @return r, with each automatic end moved out until the data keeps {@code need} pixels from it
     */
    private static double[] clearOfFrame(double[] r, Axis ax, double pixels, double need) {
        boolean autoLo = Double.isNaN(ax.fixedMin());
        boolean autoHi = Double.isNaN(ax.fixedMax());
        if (!(autoLo || autoHi) || pixels <= 4 * need) {
            return r;
        }
        double lo = ax.isLog() ? Math.log10(r[0]) : r[0];
        double hi = ax.isLog() ? Math.log10(r[1]) : r[1];
        double span = hi - lo;
        double pad = span * AUTO_PAD / (1 + 2 * AUTO_PAD);
        // (pad + e) / (span + 2e) · pixels = need, solved for the extra e at each end
        double e = (need * span - pad * pixels) / (pixels - 2 * need);
        if (!(e > 0)) {
            return r;
        }
        double[] w = {autoLo ? lo - e : lo, autoHi ? hi + e : hi};
        return ax.isLog() ? new double[] {Math.pow(10, w[0]), Math.pow(10, w[1])} : w;
    }

    /** @return r widened by the given multiples of its (log or linear) span above and below */
    private static double[] widened(double[] r, boolean log, double above, double below) {
        double lo = log ? Math.log10(r[0]) : r[0];
        double hi = log ? Math.log10(r[1]) : r[1];
        double span = hi - lo;
        double[] w = {lo - below * span, hi + above * span};
        return log ? new double[] {Math.pow(10, w[0]), Math.pow(10, w[1])} : w;
    }

    /** @return the corners to try, the configured one first (AUTO: top right, top left, bottom right, bottom left) */
    private List<LegendPosition> cornerOrder() {
        List<LegendPosition> order = new ArrayList<>(List.of(LegendPosition.TOP_RIGHT, LegendPosition.TOP_LEFT,
                LegendPosition.BOTTOM_RIGHT, LegendPosition.BOTTOM_LEFT));
        if (order.remove(legendPosition)) {
            order.add(0, legendPosition);
        }
        return order;
    }

    private static boolean isTop(LegendPosition p) {
        return p == LegendPosition.TOP_LEFT || p == LegendPosition.TOP_RIGHT;
    }

    /**
     * Chooses where the legend goes so that it covers no series and no marker line and stays inside the panel:
     * the configured corner of the plot area if free, else another free corner, else right of the title if it
     * is short enough (one row), else the cheapest of (a) y
     * headroom above or below the data with the legend in the freed band, (b) a column right of the plot area
     * and (c) a band below the x-axis title with the rows in as many columns as fit; cost is the share of the
     * plot area given up. Only if none works (a small chart) does it take the corner that covers the least,
     * {@linkplain Placement#hidesData() marked} so that a screen can fold the legend instead.
     */
    private Placement place(Graphics2D g, double width, double height, LegendShape shape, boolean onScreen) {
        Layout base = layout(g, width, height, 0, 0, 0, 0);
        if (shape.rows() == 0) {
            return new Placement(base, null, 1, false);
        }
        double w = shape.width(1);
        double h = shape.height(1);
        if (onScreen && legendAnchor != null) {
            // where the user dragged it, kept inside the panel
            double x = Math.max(0, Math.min(legendAnchor[0] * width, width - w));
            double y = Math.max(0, Math.min(legendAnchor[1] * height, height - h));
            return new Placement(base, new Rectangle2D.Double(x, y, w, h), 1, false);
        }
        double maxCover = onScreen ? legendMaxCover : 1;
        // on screen a legend that would squash the plot below it folds instead (a short panel has no height to spare)
        double keep = onScreen ? OUTSIDE_KEEP : MIN_DATA_SHARE;
        double keepBeside = maxCover < 1 ? OUTSIDE_KEEP : MIN_SHARE_BESIDE;
        List<LegendPosition> corners = cornerOrder();
        for (LegendPosition p : corners) {
            Rectangle2D box = corner(p, base.area(), w, h);
            if (base.area().contains(box) && coverage(box, base) == 0 && cover(box, base.area()) <= maxCover) {
                return new Placement(base, box, 1, false);
            }
        }
        // a short legend (one row, e.g. folded) in the title's line, right of the title
        TitleFit head = titleFit(g, width, base.area());
        Rectangle2D inTitleLine = new Rectangle2D.Double(width - TITLE_MARGIN - w, (base.area().getY() - h) / 2, w, h);
        if (h <= base.area().getY() - 4 && inTitleLine.getX() >= (head == null ? TITLE_MARGIN
                : head.x() + head.width() + 2 * TITLE_MARGIN)) {
            return new Placement(base, inTitleLine, 1, false);
        }
        Placement best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        boolean yFixed = !Double.isNaN(yAxis.fixedMin()) || !Double.isNaN(yAxis.fixedMax());
        if (!yFixed && !equalAspect) {
            double band = h + 8 + 6 * fontScale;
            for (boolean topBand : new boolean[] {true, false}) {
                Layout l = layout(g, width, height, topBand ? band : 0, topBand ? 0 : band, 0, 0);
                if (l == null) {
                    continue;
                }
                for (LegendPosition p : corners) {
                    if (isTop(p) != topBand) {
                        continue;
                    }
                    Rectangle2D box = corner(p, l.area(), w, h);
                    double cost = band / l.area().getHeight();
                    if (l.area().contains(box) && coverage(box, l) == 0 && cost < bestCost) {
                        best = new Placement(l, box, 1, false);
                        bestCost = cost;
                    }
                }
            }
        }
        double gap = 8;
        Layout outside = layout(g, width, height, 0, 0, w + gap, 0);
        Rectangle2D a = outside.area();
        double axis2 = outside.right() == null ? 0 : outside.right().width();
        Rectangle2D beside = new Rectangle2D.Double(a.getMaxX() + axis2 + gap, a.getY(), w, h);
        if (a.getWidth() >= keepBeside * base.area().getWidth() && inside(beside, width, height)) {
            double cost = (w + gap) / base.area().getWidth();
            if (cost < bestCost) {
                best = new Placement(outside, beside, 1, false);
                bestCost = cost;
            }
        }
        int cols = shape.columnsWithin(width - 8);
        double bh = shape.height(cols);
        double bw = shape.width(cols);
        Layout below = layout(g, width, height, 0, 0, 0, bh + gap);
        if (bw <= width - 8 && below.area().getHeight() >= keep * base.area().getHeight()) {
            double cost = (bh + gap) / base.area().getHeight();
            if (cost < bestCost) {
                double x = Math.max(4, Math.min(below.area().getCenterX() - bw / 2, width - bw - 4));
                best = new Placement(below, new Rectangle2D.Double(x, height - bh - 4, bw, bh), cols, false);
                bestCost = cost;
            }
        }
        if (best != null) {
            return best;
        }
        Rectangle2D least = null;
        long leastCount = Long.MAX_VALUE;
        for (LegendPosition p : corners) {
            Rectangle2D box = intoPanel(corner(p, base.area(), w, h), width, height);
            long n = coverage(box, base);
            if (n < leastCount) {
                leastCount = n;
                least = box;
            }
        }
        return new Placement(base, least, 1, leastCount > 0 || !base.area().contains(least));
    }

    /** @return whether {@code box} lies inside a panel {@code width} × {@code height} */
    private static boolean inside(Rectangle2D box, double width, double height) {
        return box.getMinX() >= 0 && box.getMinY() >= 0 && box.getMaxX() <= width && box.getMaxY() <= height;
    }

    /** @return {@code box} moved (not resized) as little as possible into a panel {@code width} × {@code height} */
    private static Rectangle2D intoPanel(Rectangle2D box, double width, double height) {
        double x = Math.max(0, Math.min(box.getX(), width - box.getWidth()));
        double y = Math.max(0, Math.min(box.getY(), height - box.getHeight()));
        return new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight());
    }

    /** The frame the base was painted with; the overlay on screen uses the same. */
    private Frame baseFrame;
    private boolean baseCovered;
    private boolean overlayStale = true;

    /** Legend rows and where they go in one paint; {@code folded}: shown as its one row. */
    private record Frame(List<LegendEntry> rows, Placement placement, boolean folded) {
    }

    /** The one row a folded legend shows on screen. */
    public static final String COLLAPSED_LEGEND_TEXT = "Legend ▸ (click)";
    private static final List<LegendEntry> FOLDED_ROWS = List.of(new LegendEntry(COLLAPSED_LEGEND_TEXT,
            new Color(0, 0, 0, 0), null));

    private Frame frame(Graphics2D g, double width, double height, boolean onScreen) {
        List<LegendEntry> rows = legendPosition == LegendPosition.NONE ? List.of() : legendRows();
        boolean folded = onScreen && Boolean.TRUE.equals(userCollapsed) && !rows.isEmpty();
        Placement placement = place(g, width, height, folded ? FOLDED_ROWS : rows, onScreen);
        if (onScreen && !folded && userCollapsed == null && legendAnchor == null && placement.box() != null
                && (placement.hidesData() || cover(placement.box(), placement.layout().area()) > legendMaxCover)) {
            // no free corner and no room beside or below the plot: one row until opened
            folded = true;
            placement = place(g, width, height, FOLDED_ROWS, onScreen);
        }
        lastLegendBox = placement.box();
        lastLegendHidesData = placement.hidesData() && !folded;
        lastTransform = placement.layout().tr();
        lastRightTransform = placement.layout().right() == null ? null : placement.layout().right().tr();
        if (onScreen) {
            legendFolded = folded;
        }
        return new Frame(folded ? FOLDED_ROWS : rows, placement, folded);
    }

    private Placement place(Graphics2D g, double width, double height, List<LegendEntry> rows, boolean onScreen) {
        return place(g, width, height, legendShape(g, rows), onScreen);
    }

    /** @return the share of {@code area} that {@code box} covers */
    static double cover(Rectangle2D box, Rectangle2D area) {
        Rectangle2D in = box.createIntersection(area);
        return in.isEmpty() ? 0 : in.getWidth() * in.getHeight() / (area.getWidth() * area.getHeight());
    }

    /** What the user chose by clicking the legend: folded, open, or {@code null} for automatic. */
    private Boolean userCollapsed;
    /** Whether the last screen paint showed the legend folded. */
    private boolean legendFolded;
    /** Where the user dragged the legend: its top left as fractions of the chart's size; {@code null}: automatic. */
    private double[] legendAnchor;
    /** The share of the plot area an on-screen legend may cover ({@link #legendMaxCover(double)}). */
    private double legendMaxCover = 1;

    /**
     * Folds the legend on screen to one small row (click it to open it again) or opens it, overriding the
     * automatic choice ({@link #legendMaxCover}); files always get the whole legend ({@link #paint}).
     */
    public XYChart legendCollapsed(boolean collapsed) {
        this.userCollapsed = collapsed;
        return this;
    }

    /** @return whether the last screen paint showed the legend folded to one row */
    public boolean legendCollapsed() {
        return legendFolded;
    }

    /**
     * Limits the share of the plot area an on-screen legend may cover. A larger legend goes beside or below
     * the plot when that leaves the data at least {@link #OUTSIDE_KEEP} of the plot's width or height, and
     * otherwise shows folded to one row until the user opens it. Files are laid out as before.
     */
    public XYChart legendMaxCover(double share) {
        this.legendMaxCover = share;
        return this;
    }

    /** A legend moved out of the plot keeps the data at least this share of the plot's width or height. */
    static final double OUTSIDE_KEEP = 2.0 / 3;

    /**
     * Puts the on-screen legend's top left corner at ({@code x}, {@code y}) of a chart {@code width} ×
     * {@code height} pixels large (the user dragged it there); it stays at the same relative place when the
     * chart is resized, inside the chart. Files keep the automatic place.
     */
    public XYChart moveLegend(double x, double y, double width, double height) {
        this.legendAnchor = new double[] {x / width, y / height};
        this.userCollapsed = false;
        return this;
    }

    /** Font and line scale of the charts on screen in presentation mode (at least 1.6× for an audience). */
    public static final double PRESENTATION_SCALE = 1.6;

    /**
     * Presentation styling: every font and line of this chart scaled (series are replaced by copies with
     * thicker lines and larger markers).
     *
     * @param scale 1 for normal, e.g. {@link #PRESENTATION_SCALE} for a projector
     * @return this chart
     */
    public XYChart scaled(double scale) {
        fontScale(scale);
        if (scale != 1.0) {
            List<Series> thick = new ArrayList<>();
            for (Series s : series) {
                thick.add(s.withLineWidth(s.lineWidth() * scale).withMarkerSize(s.markerSize() * scale));
            }
            setSeries(thick);
            List<Series> right = new ArrayList<>();
            for (Series s : rightSeries) {
                right.add(s.withLineWidth(s.lineWidth() * scale).withMarkerSize(s.markerSize() * scale));
            }
            setRightSeries(right);
        }
        return this;
    }

    /**
     * Takes over what the user chose for the legend of the chart this one replaces on screen (folded or open,
     * where dragged), so that new data do not undo it.
     *
     * @param previous the chart shown before, or {@code null}
     * @return this chart
     */
    public XYChart keepLegendChoices(XYChart previous) {
        if (previous != null && previous != this) {
            userCollapsed = previous.userCollapsed;
            legendAnchor = previous.legendAnchor == null ? null : previous.legendAnchor.clone();
        }
        return this;
    }

    /** Gives the legend back its automatic place and folding (the user's choices forgotten). */
    public XYChart automaticLegend() {
        this.legendAnchor = null;
        this.userCollapsed = null;
        return this;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        Frame f = frame(g, width, height, false);
        paintBase(g, width, height, f);
        paintOverlay(g, f);
    }

    @Override
    public void paintBase(Graphics2D g, double width, double height) {
        Frame f = frame(g, width, height, true);
        baseFrame = f;
        baseCovered = f.placement().box() != null && coverage(f.placement().box(), f.placement().layout().tr()) > 0;
        overlayStale = false;
        paintBase(g, width, height, f);
    }

    /**
     * Paints the overlay with the base's layout (same transform, same legend box: the two canvases measure
     * text alike only approximately, and the curves must sit exactly on the heatmap); when the legend's rows
     * changed, or the data moved under a legend that hid nothing, the base is reported stale.
     */
    @Override
    public void paintOverlay(Graphics2D g, double width, double height) {
        List<LegendEntry> rows = legendPosition == LegendPosition.NONE ? List.of() : legendRows();
        Frame f = baseFrame;
        boolean folded = Boolean.TRUE.equals(userCollapsed) || userCollapsed == null && f != null && f.folded();
        if (!rows.isEmpty() && folded) {
            rows = FOLDED_ROWS;
        }
        if (f != null && !f.rows().equals(rows) && onlyTextChangedAndFits(g, f, rows)) {
            // a read-out row changed (the sharpness panel's playback step): same box, the plot does not jump
            f = new Frame(rows, f.placement(), f.folded());
            baseFrame = f;
        }
        if (f == null || !f.rows().equals(rows)) {
            overlayStale = true;
            f = frame(g, width, height, true);
        } else {
            Rectangle2D box = f.placement().box();
            overlayStale = !baseCovered && box != null && coverage(box, f.placement().layout().tr()) > 0;
            lastLegendBox = box;
            lastTransform = f.placement().layout().tr();
        }
        paintOverlay(g, f);
    }

    /**
     * @return whether {@code rows} differ from the frame's only in their text (as many, same colours and styles)
     *         and fit its legend box
     */
    private boolean onlyTextChangedAndFits(Graphics2D g, Frame f, List<LegendEntry> rows) {
        Rectangle2D box = f.placement().box();
        if (box == null || f.rows().size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            LegendEntry was = f.rows().get(i);
            if (!Objects.equals(was.color(), rows.get(i).color()) || was.style() != rows.get(i).style()) {
                return false;
            }
        }
        LegendShape shape = legendShape(g, rows);
        int cols = f.placement().columns();
        return shape.width(cols) <= box.getWidth() + 1e-9 && shape.height(cols) <= box.getHeight() + 1e-9;
    }

    @Override
    public boolean baseIsStale() {
        return overlayStale;
    }

    /** Background, underlays, shaded ranges, grid, frame, ticks, axis titles and title. */
    private void paintBase(Graphics2D g, double width, double height, Frame f) {
        Font tickFont = tickFont();
        Font labelFont = labelFont();
        Font titleFont = titleFont();
        if (background != null) {
            g.setColor(background);
            g.fill(new Rectangle2D.Double(0, 0, width, height));
        }
        Layout lay = f.placement().layout();
        Rectangle2D area = lay.area();
        double[] xr = lay.xr();
        double[] yr = lay.yr();
        List<Double> xt = lay.xt();
        List<Double> yt = lay.yt();
        double xStep = lay.xStep();
        double yStep = lay.yStep();
        PlotTransform tr = lay.tr();
        FontMetrics tfm = g.getFontMetrics(tickFont);
        FontMetrics lfm = g.getFontMetrics(labelFont);
        FontMetrics ttfm = g.getFontMetrics(titleFont);

        if (plotBackground != null) {
            g.setColor(plotBackground);
            g.fill(area);
        }
        Shape oldClip = g.getClip();
        g.clip(area);
        for (PlotLayer l : underlays) {
            GraphicsState saved = GraphicsState.save(g);
            try {
                l.paint(g, tr);
            } finally {
                saved.restore(g);
            }
        }
        for (ShadedRange r : shaded) {
            double p0 = tr.toPixelX(r.x0());
            double p1 = tr.toPixelX(r.x1());
            if (Double.isNaN(p0)) {
                p0 = area.getX();
            }
            if (Double.isNaN(p1)) {
                p1 = area.getX();
            }
            g.setColor(r.color());
            g.fill(new Rectangle2D.Double(Math.min(p0, p1), area.getY(), Math.abs(p1 - p0), area.getHeight()));
        }
        if (grid) {
            g.setStroke(new BasicStroke(0.6f));
            g.setColor(colors.grid());
            for (double v : xt) {
                double px = tr.toPixelX(v);
                g.draw(new Line2D.Double(px, area.getY(), px, area.getMaxY()));
            }
            for (double v : yt) {
                double py = tr.toPixelY(v);
                g.draw(new Line2D.Double(area.getX(), py, area.getMaxX(), py));
            }
        }
        g.setClip(oldClip);

        // frame, ticks, labels
        g.setColor(colors.ink());
        g.setStroke(new BasicStroke(1f));
        g.draw(area);
        g.setFont(tickFont);
        List<String> xl = Axis.labels(xt, xAxis.isLog(), xStep);
        double[] xc = new double[xt.size()];
        double[] xw = new double[xt.size()];
        for (int i = 0; i < xt.size(); i++) {
            xw[i] = tfm.stringWidth(xl.get(i));
            // centred under its tick, or as near as the panel's edges let it be
            xc[i] = Math.max(2 + xw[i] / 2, Math.min(tr.toPixelX(xt.get(i)), width - 2 - xw[i] / 2));
        }
        boolean[] xShown = labelsThatFit(xt, xAxis.isLog(), xc, xw, 6);
        for (int i = 0; i < xt.size(); i++) {
            double px = tr.toPixelX(xt.get(i));
            g.draw(new Line2D.Double(px, area.getMaxY(), px, area.getMaxY() + 4));
            if (xShown[i]) {
                g.drawString(xl.get(i), (float) (xc[i] - xw[i] / 2.0), (float) (area.getMaxY() + 6 + tfm.getAscent()));
            }
        }
        List<String> yl = Axis.labels(yt, yAxis.isLog(), yStep);
        boolean[] yShown = yLabelsThatFit(yt, yAxis.isLog(), tr, tfm);
        for (int i = 0; i < yt.size(); i++) {
            double py = tr.toPixelY(yt.get(i));
            g.draw(new Line2D.Double(area.getX() - 4, py, area.getX(), py));
            String s = yl.get(i);
            if (yShown[i]) {
                g.drawString(s, (float) (area.getX() - 7 - tfm.stringWidth(s)), (float) (py + tfm.getAscent() / 2.0 - 1));
            }
        }
        if (xAxis.isLog()) {
            minorLogTicks(g, tr, xr, true);
        }
        if (yAxis.isLog()) {
            minorLogTicks(g, tr, yr, false);
        }
        Right right = lay.right();
        if (right != null) {
            paintRightAxis(g, right, tfm, lfm);
        }
        if (!xAxis.title().isEmpty()) {
            String s = xAxis.title();
            FontMetrics fm = fitted(g, labelFont, s, width - 8);
            g.drawString(s, (float) Math.max(4, Math.min(area.getCenterX() - fm.stringWidth(s) / 2.0,
                    width - 4 - fm.stringWidth(s))), (float) (height - lay.reserveBottom() - 8 - lfm.getDescent()));
        }
        TitleFit head = titleFit(g, width, area);
        if (!yAxis.title().isEmpty()) {
            String s = yAxis.title();
            // along the plot area's height, centred on it; a long one may also take the column beside the x tick
            // labels below and, when the title leaves it free, the corner above; shrunk to fit that
            double from = head == null || head.x() > 12 + lfm.getHeight() ? 4 : area.getY();
            double to = area.getMaxY() + 6 + tfm.getHeight();
            FontMetrics fm = fitted(g, labelFont, s, to - from);
            double half = fm.stringWidth(s) / 2.0;
            double cy = Math.max(from + half, Math.min(area.getCenterY(), to - half));
            GraphicsState saved = GraphicsState.save(g);
            g.translate(10 + lfm.getAscent(), cy + half);
            g.rotate(-Math.PI / 2);
            g.drawString(s, 0f, 0f);
            saved.restore(g);
        }
        if (head != null) {
            g.setFont(head.font());
            g.drawString(title, (float) head.x(), (float) (6 + ttfm.getAscent()));
        }
    }

    /** Pixels kept between a title and the panel's left and right edges. */
    private static final double TITLE_MARGIN = 8;

    /** The title as drawn: its font (shrunk to fit the panel), left edge and width. */
    private record TitleFit(Font font, double x, double width) {
    }

    /**
     * @return where the title goes: from the plot's left edge, or further left down to the margin when it is
     *         long; {@code null} without a title
     */
    private TitleFit titleFit(Graphics2D g, double width, Rectangle2D area) {
        if (title.isEmpty()) {
            return null;
        }
        Font f = fit(g, titleFont(), title, width - 2 * TITLE_MARGIN);
        double w = g.getFontMetrics(f).stringWidth(title);
        return new TitleFit(f, Math.max(TITLE_MARGIN, Math.min(area.getX(), width - TITLE_MARGIN - w)), w);
    }

    /**
     * Sets {@code font} on {@code g}, shrunk (down to 9 pt) if {@code s} is wider than {@code avail}, so that
     * a long title is made smaller rather than cut off.
     *
     * @return the metrics of the font set
     */
    private static FontMetrics fitted(Graphics2D g, Font font, String s, double avail) {
        Font f = fit(g, font, s, avail);
        g.setFont(f);
        return g.getFontMetrics(f);
    }

    /** @return {@code font}, shrunk (down to 9 pt) if {@code s} is wider than {@code avail} */
    private static Font fit(Graphics2D g, Font font, String s, double avail) {
        double w = g.getFontMetrics(font).stringWidth(s);
        return w <= avail ? font : font.deriveFont((float) Math.max(9, Math.floor(font.getSize2D() * avail / w)));
    }

    /** Series, marker line, overlays (clipped to the plot area) and the legend. */
    private void paintOverlay(Graphics2D g, Frame f) {
        PlotTransform tr = f.placement().layout().tr();
        Rectangle2D area = tr.area();
        Shape oldClip = g.getClip();
        g.clip(area);
        for (Series s : series) {
            paintSeries(g, s, tr, colors.data(s.color()));
        }
        Right right = f.placement().layout().right();
        if (right != null) {
            for (Series s : rightSeries) {
                paintSeries(g, s, right.tr(), colors.data(s.color()));
            }
        }
        if (marker != null) {
            double px = tr.toPixelX(marker.x());
            if (Double.isFinite(px)) {
                g.setColor(colors.data(marker.color()));
                g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f, 4f}, 0f));
                g.draw(new Line2D.Double(px, area.getY(), px, area.getMaxY()));
            }
        }
        for (PlotLayer l : overlays) {
            GraphicsState saved = GraphicsState.save(g);
            try {
                l.paint(g, tr);
            } finally {
                saved.restore(g);
            }
        }
        g.setClip(oldClip);
        paintLegend(g, f.rows(), f.placement().box(), f.placement().columns());
    }

    /** Ticks, labels and title of the second y axis, at the right edge of the plot area. */
    private void paintRightAxis(Graphics2D g, Right right, FontMetrics tfm, FontMetrics lfm) {
        PlotTransform tr = right.tr();
        Rectangle2D area = tr.area();
        g.setColor(colors.ink());
        g.setStroke(new BasicStroke(1f));
        g.setFont(tickFont());
        List<String> labels = Axis.labels(right.yt(), y2Axis.isLog(), right.yStep());
        boolean[] shown = yLabelsThatFit(right.yt(), y2Axis.isLog(), tr, tfm);
        for (int i = 0; i < labels.size(); i++) {
            double py = tr.toPixelY(right.yt().get(i));
            g.draw(new Line2D.Double(area.getMaxX(), py, area.getMaxX() + 4, py));
            if (shown[i]) {
                g.drawString(labels.get(i), (float) (area.getMaxX() + 7), (float) (py + tfm.getAscent() / 2.0 - 1));
            }
        }
        if (y2Axis.isLog()) {
            minorLogTicks(g, tr, right.yr(), false, true);
        }
        if (!y2Axis.title().isEmpty()) {
            String s = y2Axis.title();
            // along the plot area's height like the left title, read from bottom to top, its descent to the right edge
            FontMetrics fm = fitted(g, labelFont(), s, area.getHeight());
            GraphicsState saved = GraphicsState.save(g);
            g.translate(area.getMaxX() + right.width() - lfm.getDescent(), area.getCenterY() + fm.stringWidth(s) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString(s, 0f, 0f);
            saved.restore(g);
        }
    }

    /** @return which labels of a y axis's ticks to draw so that no two lines of text touch */
    private static boolean[] yLabelsThatFit(List<Double> ticks, boolean log, PlotTransform tr, FontMetrics tfm) {
        double[] centre = new double[ticks.size()];
        double[] extent = new double[ticks.size()];
        for (int i = 0; i < centre.length; i++) {
            centre[i] = tr.toPixelY(ticks.get(i));
            extent[i] = tfm.getAscent() + tfm.getDescent();
        }
        return labelsThatFit(ticks, log, centre, extent, 2);
    }

    /**
     * Chooses the tick labels to draw when some would touch (large type on a short axis): the decades of a log
     * axis first, then the other ticks from the start of the axis, each if it keeps {@code gap} pixels from
     * every label already chosen. The ticks and the grid stay.
     *
     * @param centre the labels' centres along the axis, pixels
     * @param extent the labels' lengths along the axis, pixels
     * @return for each tick, whether its label is drawn
     */
    static boolean[] labelsThatFit(List<Double> ticks, boolean log, double[] centre, double[] extent, double gap) {
        int n = ticks.size();
        boolean[] shown = new boolean[n];
        for (boolean decades : new boolean[] {true, false}) {
            for (int i = 0; i < n; i++) {
                double l = log ? Math.log10(ticks.get(i)) : Double.NaN;
                boolean decade = log && Math.abs(l - Math.rint(l)) < 1e-9;
                if (shown[i] || decades && !decade) {
                    continue;
                }
                boolean free = true;
                for (int j = 0; j < n && free; j++) {
                    free = !shown[j] || Math.abs(centre[i] - centre[j]) >= (extent[i] + extent[j]) / 2 + gap;
                }
                shown[i] = free;
            }
        }
        return shown;
    }

    private static void minorLogTicks(Graphics2D g, PlotTransform tr, double[] r, boolean isX) {
        minorLogTicks(g, tr, r, isX, false);
    }

    private static void minorLogTicks(Graphics2D g, PlotTransform tr, double[] r, boolean isX, boolean rightSide) {
        Rectangle2D area = tr.area();
        int d0 = (int) Math.floor(Math.log10(r[0]));
        int d1 = (int) Math.ceil(Math.log10(r[1]));
        if (d1 - d0 > 8) {
            return;
        }
        g.setStroke(new BasicStroke(0.7f));
        for (int d = d0; d <= d1; d++) {
            for (int m = 2; m <= 9; m++) {
                double v = m * Math.pow(10, d);
                if (v < r[0] || v > r[1]) {
                    continue;
                }
                if (isX) {
                    double px = tr.toPixelX(v);
                    g.draw(new Line2D.Double(px, area.getMaxY(), px, area.getMaxY() + 2.5));
                } else if (rightSide) {
                    double py = tr.toPixelY(v);
                    g.draw(new Line2D.Double(area.getMaxX(), py, area.getMaxX() + 2.5, py));
                } else {
                    double py = tr.toPixelY(v);
                    g.draw(new Line2D.Double(area.getX() - 2.5, py, area.getX(), py));
                }
            }
        }
    }

    /** @return the stroke a style uses */
    static Stroke stroke(Series.Style style, double width) {
        if (style == Series.Style.DASHED) {
            return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {(float) (4 * width), (float) (2.5 * width)}, 0f);
        }
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static void paintSeries(Graphics2D g, Series s, PlotTransform tr, Color color) {
        g.setColor(color);
        if (s.style() != Series.Style.MARKERS) {
            g.setStroke(stroke(s.style(), s.lineWidth()));
            Path2D.Double path = new Path2D.Double();
            boolean pen = false;
            for (int i = 0; i < s.size(); i++) {
                double px = tr.toPixelX(s.xAt(i));
                double py = tr.toPixelY(s.yAt(i));
                if (!Double.isFinite(px) || !Double.isFinite(py) || Math.abs(px) > 1e6 || Math.abs(py) > 1e6) {
                    pen = false;
                    continue;
                }
                if (pen) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    pen = true;
                }
            }
            g.draw(path);
        }
        if (s.style() == Series.Style.MARKERS || s.style() == Series.Style.LINE_AND_MARKERS) {
            // all markers as one shape: one fill instead of one per point
            double r = s.markerSize() / 2;
            Path2D.Double dots = new Path2D.Double();
            for (int i = 0; i < s.size(); i++) {
                double px = tr.toPixelX(s.xAt(i));
                double py = tr.toPixelY(s.yAt(i));
                if (Double.isFinite(px) && Double.isFinite(py) && Math.abs(px) < 1e6 && Math.abs(py) < 1e6) {
                    dots.append(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r), false);
                }
            }
            g.fill(dots);
        }
    }

    private static Rectangle2D corner(LegendPosition p, Rectangle2D area, double w, double h) {
        double x = switch (p) {
            case TOP_LEFT, BOTTOM_LEFT -> area.getX() + 8;
            default -> area.getMaxX() - w - 8;
        };
        double y = switch (p) {
            case BOTTOM_LEFT, BOTTOM_RIGHT -> area.getMaxY() - h - 8;
            default -> area.getY() + 8;
        };
        return new Rectangle2D.Double(x, y, w, h);
    }

    /**
     * Counts what a legend box would hide: series segments (or lone points) it touches, widened by
     * half the line width and marker size, and the vertical marker line. Only the part of the box
     * inside the plot area counts: data are clipped to it.
     *
     * @return 0 if the box hides nothing
     */
    long coverage(Rectangle2D box, PlotTransform tr) {
        return coverage(box, tr, series) + coverageOfMarker(box, tr);
    }

    /** @return what a legend box would hide of the series on both y axes and of the marker line */
    private long coverage(Rectangle2D box, Layout layout) {
        long n = coverage(box, layout.tr());
        return layout.right() == null ? n : n + coverage(box, layout.right().tr(), rightSeries);
    }

    private static long coverage(Rectangle2D box, PlotTransform tr, List<Series> seriesOnAxis) {
        Rectangle2D inside = box.createIntersection(tr.area());
        if (inside.isEmpty()) {
            return 0;
        }
        long count = 0;
        for (Series s : seriesOnAxis) {
            boolean markers = s.style() == Series.Style.MARKERS || s.style() == Series.Style.LINE_AND_MARKERS;
            boolean lines = s.style() != Series.Style.MARKERS;
            double m = 1.5 + (lines ? s.lineWidth() / 2 : 0) + (markers ? s.markerSize() / 2 : 0);
            Rectangle2D hit = new Rectangle2D.Double(inside.getX() - m, inside.getY() - m,
                    inside.getWidth() + 2 * m, inside.getHeight() + 2 * m);
            double px0 = Double.NaN;
            double py0 = Double.NaN;
            for (int i = 0; i < s.size(); i++) {
                double px = tr.toPixelX(s.xAt(i));
                double py = tr.toPixelY(s.yAt(i));
                if (!Double.isFinite(px) || !Double.isFinite(py) || Math.abs(px) > 1e6 || Math.abs(py) > 1e6) {
                    px0 = Double.NaN;
                    continue;
                }
                boolean touched = markers || Double.isNaN(px0) ? hit.contains(px, py) : false;
                if (lines && !Double.isNaN(px0)) {
                    touched |= hit.intersectsLine(px0, py0, px, py);
                }
                if (touched) {
                    count++;
                }
                px0 = px;
                py0 = py;
            }
        }
        return count;
    }

    private long coverageOfMarker(Rectangle2D box, PlotTransform tr) {
        Rectangle2D inside = box.createIntersection(tr.area());
        long count = 0;
        if (marker != null && !inside.isEmpty()) {
            double px = tr.toPixelX(marker.x());
            if (Double.isFinite(px) && px >= inside.getX() - 2 && px <= inside.getMaxX() + 2) {
                count += 1000;
            }
        }
        return count;
    }

    /**
     * @return whether the last paint's legend found no free place (corner, headroom, beside or below the plot) and
     *         covers data: on screen it folds instead; a file drawn this small would show it over the curves
     */
    public boolean lastLegendHidesData() {
        return lastLegendHidesData;
    }

    /** @return the legend box of the last paint (pixels), or {@code null} if none was drawn */
    public Rectangle2D lastLegendBox() {
        return lastLegendBox == null ? null : (Rectangle2D) lastLegendBox.clone();
    }

    /** Width of a legend row's swatch at scale 1, pixels. */
    private static final double SWATCH = 26;

    /** @return the measured rows of a legend in the legend's font (no rows: none) */
    private LegendShape legendShape(Graphics2D g, List<LegendEntry> rows) {
        FontMetrics fm = g.getFontMetrics(tickFont());
        double[] widths = new double[rows.size()];
        for (int i = 0; i < widths.length; i++) {
            // 7 px margin, swatch, 8 px gap, text, 7 px margin
            widths[i] = 7 + swatch(rows.get(i)) + fm.stringWidth(rows.get(i).name()) + 7;
        }
        return new LegendShape(widths, fm.getHeight() + 2);
    }

    /** The line, markers or patch of a legend row, {@code sw} wide, left end at x0, centred on cy. */
    private void paintSwatch(Graphics2D g, LegendEntry e, double x0, double cy, double sw) {
        g.setColor(colors.data(e.color()));
        if (e.style() == null) {
            g.fill(new Rectangle2D.Double(x0, cy - 5 * fontScale, sw, 10 * fontScale));
            return;
        }
        if (e.style() != Series.Style.MARKERS) {
            g.setStroke(stroke(e.style(), 2.0 * fontScale));
            g.draw(new Line2D.Double(x0, cy, x0 + sw, cy));
        }
        if (e.style() == Series.Style.MARKERS || e.style() == Series.Style.LINE_AND_MARKERS) {
            double r = 3 * fontScale;
            g.fill(new Ellipse2D.Double(x0 + sw / 2 - r, cy - r, 2 * r, 2 * r));
        }
    }

    /** @return the width of a row's swatch and the gap after it (none for the folded legend's row) */
    private double swatch(LegendEntry row) {
        return row == FOLDED_ROWS.get(0) ? 0 : SWATCH * fontScale + 8;
    }

    private void paintLegend(Graphics2D g, List<LegendEntry> rows, Rectangle2D box, int columns) {
        if (box == null || rows.isEmpty()) {
            return;
        }
        g.setFont(tickFont());
        FontMetrics fm = g.getFontMetrics();
        LegendShape shape = legendShape(g, rows);
        double[] colW = shape.columnWidths(columns);
        double sw = SWATCH * fontScale;
        double rowH = shape.rowHeight();
        double x = box.getX();
        double y = box.getY();
        g.setColor(colors.legendFill());
        g.fill(box);
        g.setColor(colors.legendEdge());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(box);
        for (int i = 0; i < rows.size(); i++) {
            LegendEntry e = rows.get(i);
            double cy = y + 4 + rowH * (i / columns) + rowH / 2;
            double x0 = x + 7;
            for (int c = 0; c < i % columns; c++) {
                x0 += colW[c];
            }
            if (swatch(e) > 0) {
                paintSwatch(g, e, x0, cy, sw);
            }
            g.setColor(colors.ink());
            g.drawString(e.name(), (float) (x0 + swatch(e)), (float) (cy + fm.getAscent() / 2.0 - 1));
        }
    }
}
