package org.igrexplorer.core;

import java.math.BigDecimal;

/**
 * The one range check of the program: a value outside its range gets a message that names the value,
 * the range and what was given, e.g. "h must be between 1e-06 and 10, got 20". Used by the command
 * line's options, the window's fields and the core's records alike.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @return {@code null} when {@code v} is a number in [lo, hi], else the message
     *         "name must be between lo and hi, got v"
     */
    public static String range(String name, double v, double lo, double hi) {
        if (v >= lo && v <= hi) {
            return null;
        }
        return name + " must be between " + format(lo) + " and " + format(hi) + ", got " + format(v);
    }

    /** @return {@code null} when lo ≤ v ≤ hi, else "name must be between lo and hi, got v" */
    public static String range(String name, long v, long lo, long hi) {
        if (v >= lo && v <= hi) {
            return null;
        }
        return name + " must be between " + lo + " and " + hi + ", got " + v;
    }

    /**
     * @return {@code v}
     * @throws IllegalArgumentException with the message of {@link #range(String, double, double, double)}
     */
    public static double requireRange(String name, double v, double lo, double hi) {
        String problem = range(name, v, lo, hi);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return v;
    }

    /**
     * @return {@code v}
     * @throws IllegalArgumentException with the message of {@link #range(String, long, long, long)}
     */
    public static long requireRange(String name, long v, long lo, long hi) {
        String problem = range(name, v, lo, hi);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return v;
    }

    /** @return the shortest text that reads back as {@code v}: "0.25", "8", "1E-300", "NaN" */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toString();
    }
}
