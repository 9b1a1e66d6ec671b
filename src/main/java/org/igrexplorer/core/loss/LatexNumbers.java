package org.igrexplorer.core.loss;

import java.util.Locale;

/** Numbers written for LaTeX formulas: four significant digits, powers of ten as 1.2\times10^{-5}. */
public final class LatexNumbers {

    private LatexNumbers() {
    }

    /** @return v with four significant digits in a LaTeX-friendly form (1.2\times10^{-5}) */
    public static String number(double v) {
        if (v == 0.0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "\\mathrm{NaN}" : (v > 0 ? "\\infty" : "-\\infty");
        }
        double abs = Math.abs(v);
        if (abs >= 1e-3 && abs < 1e5) {
            String s = String.format(Locale.ROOT, "%.4g", v);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        String s = String.format(Locale.ROOT, "%.3e", v);
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        int exponent = Integer.parseInt(s.substring(e + 1));
        return mantissa + "\\times10^{" + exponent + "}";
    }
}
