package org.igrexplorer.ui.teaching;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.experiment.ErrorStudy;
import org.igrexplorer.core.experiment.SweepPoint;
import org.igrexplorer.core.loss.ConservedQuantity;
import org.igrexplorer.core.loss.StabilityArc;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.sgd.SgdBackwardError;
import org.igrexplorer.core.teaching.BackwardErrorPanel;
import org.igrexplorer.core.teaching.Balance;
import org.igrexplorer.core.teaching.Catapult;
import org.igrexplorer.core.teaching.DistanceOverTime;
import org.igrexplorer.core.teaching.Figure1b;
import org.igrexplorer.core.teaching.Regime;
import org.igrexplorer.core.teaching.SharpnessTrace;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.PlotLayer;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;

/**
 * The teaching panels as {@link XYChart}s (hence {@code PlotRenderer}s: the screen and every export
 * draw the same object), built from the pure data of {@code core.teaching}. Building a chart does no
 * numerical work; compute the data off the FX thread, then build and paint on it.
 */
public final class TeachingCharts {

    /** Shade of the ricochet range in Figure 1b. */
    public static final Color RICOCHET_SHADE = new Color(0xE6, 0x9F, 0x00, 70);
    /** Shade of the divergence range in Figure 1b. */
    public static final Color DIVERGED_SHADE = new Color(0xD5, 0x00, 0x00, 55);
    /** Shade of learning rates that neither converged nor diverged in the step budget. */
    public static final Color UNFINISHED_SHADE = new Color(0x80, 0x80, 0x80, 60);
    /** Colour of the stability band on the 2D plane. */
    public static final Color BAND = new Color(0x00, 0x9E, 0x73, 150);
    /** Colour of the catapult thresholds 2/λ₀ and 4/λ₀ in Figure 1b. */
    public static final Color CATAPULT = MethodPalette.REDDISH_PURPLE;
    /**
     * In the sharpness panel a stability line more than this many times above the largest sharpness is
     * left above the plot (named in the legend) rather than squashing the curves.
     */
    public static final double THRESHOLD_HEADROOM = 3.0;

    private TeachingCharts() {
    }

    /** Relative agreement under which R_IG/E and λ_max(H) are drawn as one line. */
    static final double SAME_LINE_TOLERANCE = 1e-6;

    private static boolean sameWhereBothDrawn(double[] u, double[] v) {
        for (int i = 0; i < u.length; i++) {
            if (Double.isFinite(u[i]) != Double.isFinite(v[i])) {
                return false;
            }
            if (Double.isFinite(u[i]) && Math.abs(u[i] - v[i]) > SAME_LINE_TOLERANCE * Math.max(1, Math.abs(u[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /**
     * Figure 1b: R_IG/E, the sharpness λ_max(H) and ‖θ‖ where GD ends, against h; the ricochet, divergence
     * and unfinished ranges shaded (diverged runs have no finite end value to plot), the current h marked.
     * R_IG/E is drawn where it is defined at the end (on the paper's model x²‖θ‖², everywhere).
     */
    public static XYChart figure1b(Figure1b.Result r) {
        List<SweepPoint> pts = r.points();
        int n = pts.size();
        double[] h = new double[n];
        double[] ratio = new double[n];
        double[] norm = new double[n];
        double[] sharp = new double[n];
        boolean anyRatio = false;
        for (int i = 0; i < n; i++) {
            SweepPoint p = pts.get(i);
            boolean finite = r.regimes().get(i) != Regime.DIVERGED;
            h[i] = p.h();
            ratio[i] = finite && Double.isFinite(p.rIgOverLoss()) ? p.rIgOverLoss() : Double.NaN;
            anyRatio |= Double.isFinite(ratio[i]);
            norm[i] = finite ? p.norm() : Double.NaN;
            sharp[i] = finite ? p.lambdaMax() : Double.NaN;
        }
        XYChart c = new XYChart().title(String.format(Locale.ROOT,
                "Figure 1b: GD's end from (a₀, b₀) = (%s, %s)", fmt(r.parameters().a0()), fmt(r.parameters().b0())));
        c.xAxis().label("learning rate h");
        c.yAxis().label("value at GD's end");
        // at a minimum of a one-point model R_IG/E and λ_max(H) are the same number (the paper's model:
        // both x²‖θ‖²): one line named for both, or the second would hide the first under it
        boolean same = anyRatio && sameWhereBothDrawn(ratio, sharp);
        if (anyRatio && !same) {
            c.addSeries(Series.lineAndMarkers("R_IG/E", h, ratio, MethodPalette.awt(Method.GD)));
        }
        c.addSeries(Series.lineAndMarkers(same ? "sharpness λ_max(H) = R_IG/E here" : "sharpness λ_max(H)", h, sharp,
                MethodPalette.awt(Method.MODIFIED)));
        c.addSeries(Series.dashed("‖θ‖", h, norm, MethodPalette.awt(Method.EXACT)));
        boolean[] legend = new boolean[Regime.values().length];
        for (Figure1b.Range range : r.ranges()) {
            Color shade = switch (range.regime()) {
                case RICOCHET -> RICOCHET_SHADE;
                case DIVERGED -> DIVERGED_SHADE;
                case UNFINISHED -> UNFINISHED_SHADE;
                case NORMAL -> null;
            };
            if (shade != null) {
                String label = legend[range.regime().ordinal()] ? null : range.regime().label();
                legend[range.regime().ordinal()] = true;
                c.addShadedRange(range.hFrom(), range.hTo(), shade, label);
            }
        }
        Optional<Catapult> catapult = catapult(r);
        catapult.ifPresent(k -> {
            double lazy = k.lazyLimit();
            double divergent = k.divergenceLimit();
            c.addOverlay((g, tr) -> {
                Rectangle2D area = tr.area();
                List<Rectangle2D> taken = new ArrayList<>();
                if (c.lastLegendBox() != null) {
                    taken.add(c.lastLegendBox());
                }
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * c.fontScale())));
                FontMetrics fm = g.getFontMetrics();
                for (double x : new double[] {lazy, divergent}) {
                    double px = tr.toPixelX(x);
                    if (!Double.isFinite(px) || px < area.getX() || px > area.getMaxX()) {
                        continue;
                    }
                    g.setColor(CATAPULT);
                    float w = (float) (1.6 * c.fontScale());
                    g.setStroke(x == lazy ? new BasicStroke(w) : new BasicStroke(w, BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_ROUND, 10f, new float[] {4 * w, 2.5f * w}, 0f));
                    g.draw(new Line2D.Double(px, area.getY(), px, area.getMaxY()));
                    // labelled where they stand (no legend row): beside the line at its top or bottom, on the
                    // first side that is free of the legend and the other label; none if no place is free
                    String label = (x == lazy ? "2/λ₀ = " : "4/λ₀ = ") + fmt(x);
                    double tw = fm.stringWidth(label);
                    double th = fm.getAscent() + fm.getDescent();
                    for (double[] at : new double[][] {{px + 3, area.getY() + 3}, {px - 3 - tw, area.getY() + 3},
                            {px + 3, area.getMaxY() - 3 - th}, {px - 3 - tw, area.getMaxY() - 3 - th}}) {
                        Rectangle2D box = new Rectangle2D.Double(at[0], at[1], tw, th);
                        if (area.contains(box) && taken.stream().noneMatch(box::intersects)) {
                            g.drawString(label, (float) at[0], (float) (at[1] + fm.getAscent()));
                            taken.add(box);
                            break;
                        }
                    }
                }
            });
        });
        c.markerLine(r.currentH(), MethodPalette.INK, "current h = " + fmt(r.currentH()));
        return c;
    }

    /** @return the catapult picture of the sweep's start, where the landscape has one (the paper's model) */
    public static Optional<Catapult> catapult(Figure1b.Result r) {
        RunParameters p = r.parameters();
        return Catapult.of(p.landscape(), p.a0(), p.b0());
    }

    /**
     * The sentence under Figure 1b: the catapult thresholds 2/λ₀ and 4/λ₀ of the start compared with the
     * ricochet and divergence measured by the sweep, and the regime of the current h.
     *
     * @return the sentence, or empty where the landscape has no catapult picture
     */
    public static Optional<String> catapultSentence(Figure1b.Result r) {
        return catapult(r).map(k -> {
            double h = r.currentH();
            String where = switch (k.phase(h)) {
                case LAZY -> "below 2/λ₀";
                case CATAPULT -> "between 2/λ₀ and 4/λ₀";
                case DIVERGENT -> "above 4/λ₀";
            };
            return k.compare(r.firstRicochetH(), r.firstDivergentH()) + String.format(Locale.ROOT,
                    " The current h = %s is %s: %s.", fmt(h), where, k.phase(h).label());
        });
    }

    /**
     * The sharpness panel: λ_max(∇²E(θ_n)) along gradient descent against step n with its stability line
     * 2/h, and along heavy-ball momentum with (2 + 2β)/h when given; where the landscape knows it, the
     * sharpness of the minimum the exact flow reaches from θ_n; the loss on a second, logarithmic axis.
     * A stability line far above the curves ({@link #THRESHOLD_HEADROOM}) stays above the plot, named in
     * the legend.
     *
     * @param gd       the trace along GD
     * @param momentum the trace along heavy-ball momentum, or null
     */
    public static XYChart sharpness(SharpnessTrace.Result gd, SharpnessTrace.Result momentum) {
        List<SharpnessTrace.Result> traces = momentum == null ? List.of(gd) : List.of(gd, momentum);
        double lo = 0;
        double hi = Double.NEGATIVE_INFINITY;
        for (SharpnessTrace.Result t : traces) {
            for (double[] v : new double[][] {t.sharpness(), t.flowSolutionSharpness()}) {
                for (int i = 0; v != null && i < v.length; i++) {
                    if (Double.isFinite(v[i])) {
                        lo = Math.min(lo, v[i]);
                        hi = Math.max(hi, v[i]);
                    }
                }
            }
        }
        double top = Double.POSITIVE_INFINITY;
        double largestLine = momentum == null ? gd.threshold() : Math.max(gd.threshold(), momentum.threshold());
        if (hi > 0 && largestLine > THRESHOLD_HEADROOM * hi) {
            top = hi + 0.12 * (hi - lo);
        }
        XYChart c = new XYChart().title(momentum == null
                ? "Sharpness λ_max(H(θ_n)) along GD against 2/h"
                : "Sharpness along GD and momentum against 2/h, (2 + 2β)/h");
        c.xAxis().label("step n");
        c.yAxis().label("sharpness λ_max");
        c.y2Axis().label("loss E (log)").log(true);
        c.legendPosition(XYChart.LegendPosition.AUTO);
        if (Double.isFinite(top)) {
            c.yAxis().range(lo - 0.04 * (top - lo), top);
        }
        addTrace(c, gd, Method.GD, "2/h", top);
        if (momentum != null) {
            addTrace(c, momentum, Method.MOMENTUM, "(2 + 2β)/h", top);
        }
        if (gd.flowSolutionSharpness() != null) {
            c.addSeries(Series.line("λ_max where the flow from θ_n ends", gd.step(), gd.flowSolutionSharpness(),
                    MethodPalette.awt(Method.EXACT)).withLineWidth(1.5));
        }
        return c;
    }

    private static void addTrace(XYChart c, SharpnessTrace.Result t, Method m, String lineName, double top) {
        Color color = MethodPalette.awt(m);
        double line = t.threshold();
        String lineLabel = lineName + " = " + fmt(line) + (line > top ? " (above the plot)" : "");
        // one legend row per method: its curve names its dashed line
        String who = m == Method.GD ? "GD" : String.format(Locale.ROOT, "momentum β = %.2f", t.beta());
        c.addSeries(Series.lineAndMarkers("λ_max, " + who + "; dashed: " + lineLabel, t.step(), t.sharpness(), color));
        double[] ends = {0, Math.max(1, t.step()[t.step().length - 1])};
        c.addSeries(Series.dashed(lineLabel, ends, new double[] {line, line}, color).hiddenFromLegend());
        c.addRightSeries(Series.line("loss E, " + shortName(m) + " (right axis)", t.step(), t.loss(),
                new Color(color.getRed(), color.getGreen(), color.getBlue(), 150)).withLineWidth(1.2));
    }

    private static String shortName(Method m) {
        return m == Method.GD ? "GD" : "momentum";
    }

    /**
     * Marks the playback step on a sharpness chart, with GD's sharpness there and its ratio to 2/h.
     *
     * @param step the playback step; GD's last point is used past its end
     * @return {@code chart}
     */
    public static XYChart markSharpnessStep(XYChart chart, SharpnessTrace.Result gd, int step) {
        int k = Math.max(0, Math.min(step, gd.sharpness().length - 1));
        double s = gd.sharpness()[k];
        return chart.markerLine(step, MethodPalette.INK, String.format(Locale.ROOT,
                "step %d: λ_max = %s, h·λ_max/2 = %s", step, fmt(s), fmt(gd.h() * s / 2)));
    }

    /** Backward error: GD's one-step distances against h on log–log axes, the fitted slopes in the legend. */
    public static XYChart backwardError(BackwardErrorPanel.Result r) {
        return errorStudy(r.study(), "One-step error", "‖θ₁ − flow(h)‖");
    }

    /**
     * Any backward-error study: the distance to each flow against h on log–log axes, one series per
     * flow in its method colour, the fitted slopes in the legend and, beside the theory's, in the title.
     *
     * @param study  the study
     * @param title  what is measured, e.g. "One-step error"
     * @param yLabel the distance measured, e.g. "‖θ₁ − flow(h)‖"
     */
    public static XYChart errorStudy(ErrorStudy study, String title, String yLabel) {
        List<ErrorStudy.Curve> curves = study.curves();
        String fitted = curves.stream().map(c -> String.format(Locale.ROOT, "%.2f", c.slope()))
                .collect(Collectors.joining(", "));
        String theory = curves.stream().map(c -> Integer.toString(c.expectedSlope()))
                .collect(Collectors.joining(", "));
        XYChart c = new XYChart().title(title + ": slopes " + fitted + " (theory " + theory + ")");
        c.xAxis().label("learning rate h").log(true);
        c.yAxis().label(yLabel).log(true);
        c.legendPosition(XYChart.LegendPosition.BOTTOM_RIGHT);
        double[] h = study.hs();
        for (ErrorStudy.Curve curve : curves) {
            c.addSeries(Series.lineAndMarkers(curve.flow().label() + ", slope " + fmt(curve.slope()), h,
                    curve.errors(), MethodPalette.awt(curve.flow())));
        }
        return c;
    }

    /**
     * SGD's one-epoch error: against h on log–log axes, the distance after one epoch (m = n/B steps) between
     * the exact mean SGD iterate over all orders and the flows of E, of GD's Ẽ and of Ẽ_SGD at t = m·h, the
     * fitted slopes in the legend and the title (theory 2, 2, 3 when Γ ≠ 0).
     *
     * @param r      the study ({@code null}: an empty chart titled with {@code absent})
     * @param absent why there is no study
     * @param n      the number of points
     * @param b      the batch size
     */
    public static XYChart sgdEpochError(SgdBackwardError.Result r, String absent, int n, int b) {
        // n and B on the y axis: the title stays as short as the one-step panel's beside it
        String what = "SGD's one-epoch error";
        String y = String.format(Locale.ROOT, "‖mean θ_m − flow(m·h)‖, n = %d, B = %d, m = %d", n, b, n / b);
        if (r == null) {
            XYChart c = new XYChart().title(what + ": " + absent);
            c.xAxis().label("learning rate h");
            c.yAxis().label(y);
            return c;
        }
        return errorStudy(r.study(), what, y);
    }

    /** The x axis of the panels over time. */
    static final String TIME_AXIS = "time t = n·h (log scale)";

    /**
     * Distance over time ‖GD_n − flow(n·h)‖ for each flow, log–log: most of the change happens in the first
     * steps, which a linear time axis squeezes into its left edge (t = 0 is left out).
     */
    public static XYChart distance(List<DistanceOverTime.Series> series) {
        XYChart c = new XYChart().title("Distance to each flow at t = n·h");
        c.xAxis().label(TIME_AXIS).log(true);
        c.yAxis().label("‖θ_n − flow(n·h)‖").log(true);
        c.legendPosition(XYChart.LegendPosition.AUTO);
        for (DistanceOverTime.Series s : series) {
            String name = s.flow().label() + (s.reference() == Method.GD ? "" : " (vs " + s.reference().label() + ")");
            c.addSeries(new Series(name, s.t(), s.distance(), MethodPalette.awt(s.flow()),
                    MethodPalette.style(s.flow()), 2.0, 4.0, true));
        }
        return c;
    }

    /** @return an empty chart whose title says why a panel has nothing to show on this landscape */
    public static XYChart absent(String why) {
        XYChart c = new XYChart().title(why);
        c.xAxis().label(TIME_AXIS).log(true);
        return c;
    }

    /**
     * A quantity the exact flow conserves (the paper's balance a² − b²) over time for each trajectory, on a
     * log time axis like {@link #distance} (the start value is the exact flow's level).
     */
    public static XYChart balance(List<Balance.Series> series, ConservedQuantity q) {
        XYChart c = new XYChart().title("Conserved by the exact flow: " + q.name() + "; GD changes it");
        c.xAxis().label(TIME_AXIS).log(true);
        c.yAxis().label(q.name());
        c.legendPosition(XYChart.LegendPosition.AUTO);
        for (Balance.Series s : series) {
            c.addSeries(new Series(s.method().label(), s.t(), s.d(), MethodPalette.awt(s.method()),
                    MethodPalette.style(s.method()), 2.0, 4.0, true));
        }
        return c;
    }

    /**
     * The stability band as a layer for a chart whose axes are a and b (the 2D plane): thick arcs of
     * the minima where h·λ_max(H) &lt; 2 (a dot for a stable isolated minimum).
     *
     * @param arcs the stable minima ({@link org.igrexplorer.core.loss.Hessians#stableMinima})
     * @return a layer to add with {@link XYChart#addUnderlay} or {@link XYChart#addOverlay}
     */
    public static PlotLayer stabilityBand(List<StabilityArc> arcs) {
        return (g, tr) -> {
            g.setColor(BAND);
            g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (StabilityArc arc : arcs) {
                double[][] pts = arc.sample(160);
                Path2D.Double path = new Path2D.Double();
                path.moveTo(tr.toPixelX(pts[0][0]), tr.toPixelY(pts[0][1]));
                for (int i = 1; i < pts.length; i++) {
                    path.lineTo(tr.toPixelX(pts[i][0]), tr.toPixelY(pts[i][1]));
                }
                g.draw(path);
            }
        };
    }

    /**
     * The playback cursor of a panel over time: a vertical line at t = n·h (the playback bar shows n), drawn
     * above the data. On a log time axis step 0 sits at the left edge. It is a layer, not a marker line, so
     * that the legend stays where it is while the cursor moves.
     *
     * @param step      the current step, or a negative number for none
     * @param h         the step size (t = n·h)
     * @param fontScale the chart's scale ({@link XYChart#fontScale()}): the line's width grows with it
     */
    public static PlotLayer playbackCursor(IntSupplier step, DoubleSupplier h, double fontScale) {
        return (g, tr) -> {
            int n = step.getAsInt();
            if (n < 0) {
                return;
            }
            Rectangle2D area = tr.area();
            double px = n == 0 && tr.xLog() ? area.getX() : tr.toPixelX(n * h.getAsDouble());
            if (!Double.isFinite(px)) {
                return;
            }
            px = Math.max(area.getX(), Math.min(area.getMaxX(), px));
            g.setColor(CURSOR);
            g.setStroke(new BasicStroke((float) (2 * fontScale)));
            g.draw(new Line2D.Double(px, area.getY(), px, area.getMaxY()));
        };
    }

    /** Colour of the playback cursor. */
    public static final Color CURSOR = new Color(0x55, 0x55, 0x55);
}
