package org.igrexplorer.core;

import java.util.Locale;

/**
 * How the program writes a computed number for people to read (the window's fields, status line and read-outs,
 * the curves' messages, the flat-loss note): a fixed number of significant digits with trailing zeros dropped,
 * plain decimals from 1e-4 up to 10^digits and a short exponent outside ("0.18", "3.605", "1.2e-5", "1.235e5").
 * {@link Checks#format} writes the exact value instead (the range messages).
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * @param v      the value (NaN and ±∞ are written "NaN", "Infinity", "-Infinity")
     * @param digits significant digits (≥ 1)
     * @return {@code v} rounded to {@code digits} significant digits, without trailing zeros
     */
    public static String significant(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            String m = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
            return m + "e" + Integer.parseInt(parts[1]);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
