package org.igrexplorer.ui.mlp;

import java.awt.Color;
import java.awt.FontMetrics;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.PerturbationPoint;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;

/**
 * Turns the lab's runs into charts (pure drawing models, no scene graph): live curves against
 * steps, Figure 2 (at maximum test accuracy, against λ) and Figure 3 (against σ). One colour per
 * h (Okabe–Ito), solid or dashed per width.
 */
public final class MlpLabCharts {

    /** Colour-blind-safe colours, one per position in the h list. */
    static final Color[] PALETTE = {MethodPalette.BLUE, MethodPalette.VERMILLION, MethodPalette.BLUISH_GREEN,
        MethodPalette.REDDISH_PURPLE, MethodPalette.ORANGE, MethodPalette.SKY_BLUE, MethodPalette.INK};

    /** A curve of the live panel. */
    public enum Curve {
        LOSS("E (train)", true, MlpMetrics::loss),
        TRAIN_ACCURACY("train accuracy", false, MlpMetrics::trainAccuracy),
        TEST_ACCURACY("test accuracy", false, MlpMetrics::testAccuracy),
        R_IG("R_IG = ‖∇E‖²/m", true, MlpMetrics::rIg),
        SLOPE("slope = ‖∇E‖", true, MlpMetrics::slope),
        R_IG_OVER_E("R_IG / E", true, MlpMetrics::rIgOverLoss);

        final String label;
        final boolean log;
        final ToDoubleFunction<MlpMetrics> value;

        Curve(String label, boolean log, ToDoubleFunction<MlpMetrics> value) {
            this.label = label;
            this.log = log;
            this.value = value;
        }

        public String label() {
            return label;
        }
    }

    private MlpLabCharts() {
    }

    static Color color(int hIndex) {
        return PALETTE[hIndex % PALETTE.length];
    }

    /** @return h without trailing zeros ("0.02", "1e-05" style only for very small values) */
    static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String runName(LabRun r) {
        return "h=" + num(r.learningRate()) + " w=" + r.width() + " seed " + r.config().seed();
    }

    private static Series.Style style(LabRun r, List<Integer> widths) {
        return widths.indexOf(r.width()) % 2 == 0 ? Series.Style.LINE : Series.Style.DASHED;
    }

    /** @return the widths of the runs in order of first appearance (even position: solid, odd: dashed) */
    static List<Integer> widths(List<LabRun> runs) {
        List<Integer> w = new ArrayList<>();
        for (LabRun r : runs) {
            if (!w.contains(r.width())) {
                w.add(r.width());
            }
        }
        return w;
    }

    /** @return the chart of one curve against steps, one series per run */
    public static XYChart curve(Curve c, List<LabRun> runs) {
        XYChart chart = new XYChart().title(c.label + " vs steps");
        // the six panels share one key above them (colour = h, solid/dashed = width): none inside
        chart.legendPosition(XYChart.LegendPosition.NONE);
        chart.xAxis().label("step");
        chart.yAxis().label(c.label).log(c.log);
        List<Integer> ws = widths(runs);
        for (LabRun r : runs) {
            List<MlpMetrics> h = r.history();
            double[] x = new double[h.size()];
            double[] y = new double[h.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = h.get(i).step();
                y[i] = c.value.applyAsDouble(h.get(i));
            }
            chart.addSeries(new Series(runName(r), x, y, color(r.hIndex()), style(r, ws), 1.5, 4, runs.size() <= 8));
        }
        return chart;
    }

    /** Shown in the sharpness chart while no run has measured its sharpness. */
    static final String NO_SHARPNESS = "No sharpness yet: set \"sharpness every\" > 0 steps (or pick the "
            + "\"Edge of stability\" preset) and start";

    /**
     * The edge of stability: each run's sharpness λ_max(∇²E) (by Lanczos, at the steps where it was
     * measured) against steps, in the colour of its h, and for each h the dashed line 2/h, beyond
     * which gradient descent is unstable along the top eigenvector.
     */
    public static XYChart sharpness(List<LabRun> runs, List<Double> hList) {
        XYChart chart = new XYChart().title("Sharpness λ_max(∇²E) vs steps; dashed: 2/h");
        chart.xAxis().label("step");
        chart.yAxis().label("sharpness λ_max (Lanczos)");
        List<Integer> ws = widths(runs);
        double lastStep = 1;
        boolean any = false;
        for (LabRun r : runs) {
            List<MlpMetrics> measured = r.history().stream().filter(MlpMetrics::hasSharpness).toList();
            lastStep = Math.max(lastStep, Math.max(r.totalSteps(), r.step()));
            if (measured.isEmpty()) {
                continue;
            }
            any = true;
            double[] x = measured.stream().mapToDouble(MlpMetrics::step).toArray();
            double[] y = measured.stream().mapToDouble(MlpMetrics::sharpness).toArray();
            Series.Style st = style(r, ws) == Series.Style.LINE ? Series.Style.LINE_AND_MARKERS : Series.Style.DASHED;
            chart.addSeries(new Series(runName(r), x, y, color(r.hIndex()), st, 1.8, 4, runs.size() <= 8));
        }
        for (int hi = 0; hi < hList.size(); hi++) {
            double edge = 2 / hList.get(hi);
            chart.addSeries(new Series("2/h = " + num(round3(edge)) + " (h = " + num(hList.get(hi)) + ")",
                    new double[] {0, lastStep}, new double[] {edge, edge}, color(hi), Series.Style.DASHED, 1.2, 0, true));
        }
        chart.legendPosition(XYChart.LegendPosition.AUTO);
        if (!any) {
            chart.addOverlay((g, tr) -> {
                g.setColor(new Color(90, 90, 90));
                FontMetrics fm = g.getFontMetrics();
                int w = fm.stringWidth(NO_SHARPNESS);
                g.drawString(NO_SHARPNESS, (float) (tr.area().getCenterX() - w / 2.0), (float) tr.area().getCenterY());
            });
        }
        return chart;
    }

    /** @return v rounded to 3 significant digits (legend labels) */
    private static double round3(double v) {
        return new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }

    /**
     * Figure 2: one point per run at its maximum test accuracy, against λ = h m/4 (log).
     *
     * @param rIg true: R_IG (log); false: test accuracy
     * @param fullTrainOnly only runs that reached 100% train accuracy
     */
    public static XYChart figure2(List<LabRun> runs, List<Double> hList, boolean rIg, boolean fullTrainOnly) {
        XYChart chart = new XYChart().title(rIg ? "Figure 2: R_IG at max test accuracy" : "Figure 2: max test accuracy");
        chart.xAxis().label("λ = h m / 4").log(true);
        chart.yAxis().label(rIg ? "R_IG" : "test accuracy").log(rIg);
        for (int hi = 0; hi < hList.size(); hi++) {
            List<double[]> pts = new ArrayList<>();
            for (LabRun r : runs) {
                if (r.hIndex() == hi && r.best() != null && (!fullTrainOnly || r.reachedFullTrainAccuracy())) {
                    pts.add(new double[] {r.lambda(), rIg ? r.best().rIg() : r.best().testAccuracy()});
                }
            }
            pts.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
            double[] y = pts.stream().mapToDouble(p -> p[1]).toArray();
            chart.addSeries(new Series("h=" + num(hList.get(hi)), x, y, color(hi),
                    Series.Style.MARKERS, 1.5, 8, true));
        }
        return chart;
    }

    /** @return a Figure 2 series' points (for tests): {λ, value} per run at max test accuracy */
    static double[][] figure2Points(List<LabRun> runs, boolean rIg) {
        return runs.stream().filter(r -> r.best() != null)
                .map(r -> new double[] {r.lambda(), rIg ? r.best().rIg() : r.best().testAccuracy()})
                .toArray(double[][]::new);
    }

    /**
     * Figure 3: mean slope (log) or mean test accuracy against σ, one line per perturbed run, with the
     * spread (mean ± one standard deviation over the noise draws) as error bars in the run's colour.
     */
    public static XYChart figure3(List<LabRun> runs, boolean slope) {
        XYChart chart = new XYChart().title(slope ? "Figure 3: slope under noise θ(1+η), η~N(0,σ)"
                : "Figure 3: test accuracy under noise");
        chart.xAxis().label("σ");
        chart.yAxis().label(slope ? "slope ‖∇E‖, mean ± sd" : "test accuracy, mean ± sd").log(slope);
        List<Integer> ws = widths(runs);
        List<ErrorBar> bars = new ArrayList<>();
        long perturbed = runs.stream().filter(r -> !r.perturbation().isEmpty()).count();
        int slot = 0;
        for (LabRun r : runs) {
            List<PerturbationPoint> p = r.perturbation();
            if (p.isEmpty()) {
                continue;
            }
            double[] x = p.stream().mapToDouble(PerturbationPoint::sigma).toArray();
            double[] y = p.stream().mapToDouble(slope ? PerturbationPoint::meanSlope : PerturbationPoint::meanTestAccuracy)
                    .toArray();
            Series.Style st = style(r, ws) == Series.Style.LINE ? Series.Style.LINE_AND_MARKERS : Series.Style.DASHED;
            Color c = color(r.hIndex());
            chart.addSeries(new Series(runName(r), x, y, c, st, 1.5, 5, true));
            // runs' bars at the same σ sit side by side, 3 px apart, instead of on top of each other
            double dodge = 3.0 * (slot++ - (perturbed - 1) / 2.0);
            for (ErrorBar b : figure3Bars(p, slope, c)) {
                bars.add(new ErrorBar(b.sigma(), b.mean(), b.low(), b.high(), c, dodge));
            }
        }
        if (!bars.isEmpty()) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (ErrorBar b : bars) {
                // on the log axis a bar reaching zero or below is drawn to the bottom edge
                double bottom = slope && b.low() <= 0 ? b.mean() : b.low();
                lo = Math.min(lo, bottom);
                hi = Math.max(hi, b.high());
            }
            if (!slope) {
                lo = Math.max(0.0, lo);
                hi = Math.min(1.0, hi);
            }
            double pad = slope ? 0 : 0.03 * (hi - lo);
            chart.yAxis().range(slope ? lo / 1.25 : Math.max(0.0, lo - pad), slope ? hi * 1.25 : Math.min(1.0, hi + pad));
            chart.addUnderlay((g, tr) -> paintBars(g, tr, bars));
        }
        return chart;
    }

    /** One error bar of Figure 3: mean ± sd at σ. */
    record ErrorBar(double sigma, double mean, double low, double high, Color color, double dodgePixels) {
    }

    /** @return the error bars of one run's perturbation results */
    static List<ErrorBar> figure3Bars(List<PerturbationPoint> points, boolean slope, Color color) {
        List<ErrorBar> out = new ArrayList<>(points.size());
        for (PerturbationPoint q : points) {
            double mean = slope ? q.meanSlope() : q.meanTestAccuracy();
            double sd = slope ? q.sdSlope() : q.sdTestAccuracy();
            out.add(new ErrorBar(q.sigma(), mean, mean - sd, mean + sd, color, 0));
        }
        return out;
    }

    private static void paintBars(java.awt.Graphics2D g, org.igrexplorer.ui.plot.PlotTransform tr, List<ErrorBar> bars) {
        java.awt.Stroke old = g.getStroke();
        g.setStroke(new java.awt.BasicStroke(1.2f));
        double cap = 4;
        for (ErrorBar b : bars) {
            double px = tr.toPixelX(b.sigma()) + b.dodgePixels();
            double top = tr.toPixelY(b.high());
            double bottom = tr.yLog() && b.low() <= 0 ? tr.area().getMaxY() : tr.toPixelY(b.low());
            g.setColor(new Color(b.color().getRed(), b.color().getGreen(), b.color().getBlue(), 150));
            g.draw(new java.awt.geom.Line2D.Double(px, top, px, bottom));
            g.draw(new java.awt.geom.Line2D.Double(px - cap, top, px + cap, top));
            if (!(tr.yLog() && b.low() <= 0)) {
                g.draw(new java.awt.geom.Line2D.Double(px - cap, bottom, px + cap, bottom));
            }
        }
        g.setStroke(old);
    }
}
