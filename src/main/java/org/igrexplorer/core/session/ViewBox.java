package org.igrexplorer.core.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the (a, b) parameter plane that the 2D plane view and the 3D surface show.
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

    public double width() {
        return aMax - aMin;
    }

    public double height() {
        return bMax - bMin;
    }
}
