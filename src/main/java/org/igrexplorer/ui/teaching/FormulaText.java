package org.igrexplorer.ui.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.Momentum;
import org.igrexplorer.core.loss.TwoParameterModel;

/**
 * The LaTeX of the formula panel: the modified loss Ẽ = E + λR_IG and the explicitly regularised
 * loss E_µ of the two-parameter model, first symbolically, then with the current x, y, h, µ
 * substituted, then evaluated at the current point θ = (a, b); and, when β &gt; 0, the modified loss of
 * heavy-ball momentum. Numbers are printed with four significant digits. Pure: no toolkit needed.
 */
public final class FormulaText {

    private FormulaText() {
    }

    /** @return v with four significant digits in a LaTeX-friendly form (1.2\times10^{-5}) */
    /** @return the residual y − abx as LaTeX with the numbers in, written as one would by hand ("0.6 - ab", "1 + 2\\,ab") */
    static String residual(double x, double y) {
        if (x == 0.0) {
            return num(y);
        }
        String sign = x < 0 ? " + " : " - ";
        double ax = Math.abs(x);
        String coefficient = ax == 1.0 ? "" : num(ax) + "\\,";
        return (y == 0.0 ? (x < 0 ? "" : "-") : num(y) + sign) + coefficient + "ab";
    }

    static String num(double v) {
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

    /**
     * @param p    current parameters (x, y, h, µ)
     * @param a    current a (for instance the playback point)
     * @param b    current b
     * @param beta heavy-ball momentum (0: no momentum line)
     * @return LaTeX lines, one formula each
     */
    public static List<String> lines(RunParameters p, double a, double b, double beta) {
        TwoParameterModel m = p.model();
        double lambda = p.lambda();
        List<String> out = new ArrayList<>();
        out.add("\\tilde{E} = E + \\lambda R_{IG},\\quad \\lambda = \\frac{hm}{4} = \\frac{h}{2} = " + num(lambda)
                + ",\\quad R_{IG} = \\frac{1}{m}\\|\\nabla E\\|^2");
        out.add("\\tilde{E}(a,b) = \\frac{(" + residual(p.x(), p.y()) + ")^2}{2}\\left(1 + "
                + num(lambda * p.x() * p.x()) + "\\,(a^2 + b^2)\\right)");
        out.add("E_\\mu = E + \\mu R_{IG} = \\frac{(" + residual(p.x(), p.y()) + ")^2}{2}\\left(1 + "
                + num(p.mu() * p.x() * p.x()) + "\\,(a^2 + b^2)\\right),\\quad \\mu = " + num(p.mu()));
        out.add("\\text{at } (a,b) = (" + num(a) + ", " + num(b) + "):\\quad E = " + num(m.loss(a, b))
                + ",\\; R_{IG} = " + num(m.rIg(a, b)) + ",\\; \\tilde{E} = " + num(m.modifiedLoss(a, b, p.h()))
                + ",\\; E_\\mu = " + num(m.egrLoss(a, b, p.mu())));
        if (beta > 0) {
            double c = Momentum.regularizerCoefficient(p.h(), beta);
            out.add("\\theta' = -\\frac{1}{1-\\beta}\\nabla\\left[E + \\frac{h(1+\\beta)}{4(1-\\beta)^2}\\|\\nabla E\\|^2"
                    + "\\right],\\quad \\beta = " + num(beta) + ",\\; \\frac{h(1+\\beta)}{4(1-\\beta)^2} = " + num(c));
        }
        return out;
    }
}
