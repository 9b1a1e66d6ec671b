package org.igrexplorer.ui.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One axis of an {@link XYChart}: label with unit, linear or log scale, fixed or automatic range.
 * Mutable; configure it on the thread that paints.
 */
public final class Axis {

    private String label = "";
    private String unit = "";
    private boolean log;
    private double min = Double.NaN;
    private double max = Double.NaN;

    /** @return the axis label without unit, e.g. "learning rate h" */
    public String label() {
        return label;
    }

    public Axis label(String label) {
        this.label = label == null ? "" : label;
        return this;
    }

    /** @return the unit shown in brackets after the label, empty for none */
    public String unit() {
        return unit;
    }

    public Axis unit(String unit) {
        this.unit = unit == null ? "" : unit;
        return this;
    }

    public boolean isLog() {
        return log;
    }

    /** Chooses a base-10 logarithmic scale; values ≤ 0 are then left out of the drawing. */
    public Axis log(boolean log) {
        this.log = log;
        return this;
    }

    /** Fixes the range; {@code NaN} for either bound means automatic from the data. */
    public Axis range(double min, double max) {
        this.min = min;
        this.max = max;
        return this;
    }

    /** Returns to an automatic range. */
    public Axis autoRange() {
        return range(Double.NaN, Double.NaN);
    }

    public double fixedMin() {
        return min;
    }

    public double fixedMax() {
        return max;
    }

    /** @return label and unit as printed, e.g. "time t [s]" */
    public String title() {
        return unit.isEmpty() ? label : label + " [" + unit + "]";
    }

    /**
     * @return tick values within [lo, hi] (inclusive, a small tolerance): multiples of 1, 2 or 5 × 10^k
     *         on a linear axis, about {@code target} of them; decades on a log axis (with 2 and 5 when
     *         the range spans fewer than three decades, then 3, then every digit while that gives fewer
     *         than {@link #MIN_LINEAR_TICKS}, and linear steps on a log axis narrower than that); at least
     *         {@link #MIN_LINEAR_TICKS} ticks on any axis
     */
    public static List<Double> ticks(double lo, double hi, boolean log, int target) {
        List<Double> out = new ArrayList<>();
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return out;
        }
        if (log) {
            if (lo <= 0) {
                return out;
            }
            double l0 = Math.log10(lo);
            double l1 = Math.log10(hi);
            int d0 = (int) Math.floor(l0 + 1e-9);
            int d1 = (int) Math.ceil(l1 - 1e-9);
            int span = d1 - d0;
            int every = Math.max(1, (int) Math.ceil(span / (double) Math.max(target, 2)));
            double[] mult = span < 3 ? new double[] {1, 2, 5} : new double[] {1};
            logTicks(lo, hi, d0, d1, every, mult, out);
            // too few over several decades: the widest decade spacing that gives enough (every decade on a
            // short axis would stack the labels); within about a decade 1, 2, 3, 5 and then every digit × 10^k;
            // failing that (a range narrower than a factor of 3), nice linear steps
            if (span >= 3) {
                for (int e = every - 1; e >= 1 && out.size() < MIN_LINEAR_TICKS; e--) {
                    logTicks(lo, hi, d0, d1, e, mult, out);
                }
            }
            // still too few (every decade gives two): 1, 2, 5 × 10^k keep the labels log-spaced, before linear
            // steps that would bunch at the top of a log axis
            for (double[] finer : new double[][] {{1, 2, 5}, {1, 2, 3, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
                if (out.size() < MIN_LINEAR_TICKS) {
                    logTicks(lo, hi, d0, d1, 1, finer, out);
                }
            }
            if (out.size() >= MIN_LINEAR_TICKS) {
                return out;
            }
        }
        double step = niceStep((hi - lo) / Math.max(1, target));
        linearTicks(lo, hi, step, out);
        // a narrow axis still gets at least MIN_LINEAR_TICKS ticks: finer nice steps until it does
        for (int k = 0; out.size() < MIN_LINEAR_TICKS && k < 8; k++) {
            step = smallerNiceStep(step);
            linearTicks(lo, hi, step, out);
        }
        return out;
    }

    private static void logTicks(double lo, double hi, int d0, int d1, int every, double[] mult, List<Double> out) {
        out.clear();
        for (int d = d0; d <= d1; d++) {
            if (mult.length == 1 && Math.floorMod(d, every) != 0) {
                continue;
            }
            for (double m : mult) {
                double v = m * Math.pow(10, d);
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                    out.add(v);
                }
            }
        }
    }

    /** An axis shows at least this many ticks, however narrow (a scale needs three to be read). */
    public static final int MIN_LINEAR_TICKS = 3;

    private static void linearTicks(double lo, double hi, double step, List<Double> out) {
        out.clear();
        double first = Math.ceil(lo / step - 1e-9) * step;
        for (int i = 0; ; i++) {
            double v = first + i * step;
            if (v > hi + step * 1e-9 || i > 1000) {
                break;
            }
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
    }

    /** @return the next nice step below a nice {@code step} (5 → 2 → 1 → 0.5 …) */
    static double smallerNiceStep(double step) {
        double p = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double f = Math.rint(step / p);
        return f >= 5 ? 2 * p : f >= 2 ? p : p / 2;
    }

    /** @return the smallest 1, 2 or 5 × 10^k at least {@code raw} */
    public static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * p;
    }

    /**
     * @return the labels of one axis's ticks in one notation: plain decimals ({@link #format}) when every tick
     *         reads well so, else all in the 5e-5 style, so that an axis never mixes "5.0e-5", "1e-4" and
     *         "0.00020"
     */
    public static List<String> labels(List<Double> ticks, boolean log, double step) {
        boolean scientific = false;
        for (double v : ticks) {
            double a = Math.abs(v);
            scientific |= v != 0 && (a < 1e-3 || a >= 1e5);
        }
        List<String> out = new ArrayList<>(ticks.size());
        for (double v : ticks) {
            out.add(!scientific ? format(v, log, step) : v == 0 ? "0" : scientific(v));
        }
        return out;
    }

    /** @return {@code v} as mantissa (up to three significant digits, no trailing zeros) and power of ten, e.g. 2.5e-4 */
    static String scientific(double v) {
        BigDecimal d = new BigDecimal(v).round(new MathContext(3));
        int exp = d.precision() - d.scale() - 1;
        return d.movePointLeft(exp).stripTrailingZeros().toPlainString() + "e" + exp;
    }

    /** @return a short label for a tick value: plain decimals in a sensible range, else 1e-3 style */
    public static String format(double v, boolean log, double step) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (log) {
            double l = Math.log10(a);
            if (Math.abs(l - Math.rint(l)) < 1e-9 && (a < 1e-3 || a >= 1e4)) {
                return (v < 0 ? "-" : "") + "1e" + (long) Math.rint(l);
            }
        }
        if (a >= 1e-3 && a < 1e5) {
            int digits = log ? Math.max(0, (int) Math.ceil(-Math.log10(a) - 1e-9))
                    : Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
            String s = String.format(Locale.ROOT, "%." + Math.min(digits, 6) + "f", v);
            if (log && Math.abs(Double.parseDouble(s) - v) > 1e-9 * a) {
                // a linear step on a narrow log axis (1.8, 2.4): as many digits as the value has
                s = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
            }
            return s;
        }
        String s = String.format(Locale.ROOT, "%.2g", v);
        return s.replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
    }
}
