package org.igrexplorer.core.loss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectangle of the (a, b) parameter plane: what the 2D plane view and the 3D surface show, a
 * landscape's default frame, and what a session stores. The one box type of the program.
 *
 * @param aMin left edge (finite, |aMin| ≤ {@value #MAX_MAGNITUDE})
 * @param aMax right edge, &gt; aMin
 * @param bMin bottom edge
 * @param bMax top edge, &gt; bMin
 */
public record ViewBox(double aMin, double aMax, double bMin, double bMax) {

    /** Largest accepted |coordinate|: beyond it a session file is treated as damaged. */
    public static final double MAX_MAGNITUDE = 1e6;

    /** The square [−4, 4]² around the start of Figure 1a (2.8, 3.5) and both branches of ab = 0.6. */
    public static final ViewBox DEFAULT = new ViewBox(-4, 4, -4, 4);

    /** @return the square [−l, l]² */
    public static ViewBox square(double l) {
        return new ViewBox(-l, l, -l, l);
    }

    /** @throws IllegalArgumentException naming every invalid value */
    public ViewBox {
        List<String> problems = problems(aMin, aMax, bMin, bMax);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** @return one message per invalid value, empty when all are valid */
    public static List<String> problems(double aMin, double aMax, double bMin, double bMax) {
        List<String> out = new ArrayList<>();
        check(out, "aMin", aMin);
        check(out, "aMax", aMax);
        check(out, "bMin", bMin);
        check(out, "bMax", bMax);
        if (out.isEmpty()) {
            if (!(aMin < aMax)) {
                out.add("view box needs aMin < aMax, got " + aMin + " and " + aMax);
            }
            if (!(bMin < bMax)) {
                out.add("view box needs bMin < bMax, got " + bMin + " and " + bMax);
            }
        }
        return out;
    }

    private static void check(List<String> out, String name, double v) {
        if (!(Math.abs(v) <= MAX_MAGNITUDE)) {
            out.add("view box " + name + " must be finite with magnitude ≤ " + MAX_MAGNITUDE + ", got " + v);
        }
    }

    /** @return whether (a, b) lies in the closed box */
    public boolean contains(double a, double b) {
        return a >= aMin && a <= aMax && b >= bMin && b <= bMax;
    }

    /**
     * @return k such that a point picked in this box (a click or a drag of the start, the read-out under the
     *         cursor) is given to a multiple of 10^k: about a thousandth of the larger side, the same place for a
     *         and b so that a₀ and b₀ read alike
     */
    public int pickExponent() {
        return (int) Math.floor(Math.log10(Math.max(width(), height()) / 1000));
    }

    /** @return v rounded to a multiple of 10^{@link #pickExponent()}, as the double nearest that decimal */
    public double pick(double v) {
        if (!Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).setScale(-pickExponent(), RoundingMode.HALF_EVEN).doubleValue();
    }

    /** @return {@link #pick(double)} of v written with all the decimals of that place, e.g. "3.510" or "-120" */
    public String pickText(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).setScale(-pickExponent(), RoundingMode.HALF_EVEN).toPlainString();
    }

    public double width() {
        return aMax - aMin;
    }

    public double height() {
        return bMax - bMin;
    }

    /** @return the centre {a, b} */
    public double[] centre() {
        return new double[] {0.5 * (aMin + aMax), 0.5 * (bMin + bMax)};
    }

    /**
     * The smallest box that holds this one and the points, each point with a margin of
     * {@code margin} times the larger side of the result around it (so a start is never on the edge).
     *
     * @param margin relative margin, ≥ 0
     * @param points points {a, b}; non-finite ones are ignored. Not modified.
     * @return the enlarged box (this box when every point is already inside with its margin)
     */
    public ViewBox including(double margin, double[]... points) {
        double a0 = aMin;
        double a1 = aMax;
        double b0 = bMin;
        double b1 = bMax;
        for (int pass = 0; pass < 2; pass++) {
            double pad = margin * Math.max(a1 - a0, b1 - b0);
            for (double[] p : points) {
                if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                    a0 = Math.min(a0, p[0] - pad);
                    a1 = Math.max(a1, p[0] + pad);
                    b0 = Math.min(b0, p[1] - pad);
                    b1 = Math.max(b1, p[1] + pad);
                }
            }
        }
        double lim = MAX_MAGNITUDE;
        return new ViewBox(Math.max(-lim, a0), Math.min(lim, a1), Math.max(-lim, b0), Math.min(lim, b1));
    }
}
