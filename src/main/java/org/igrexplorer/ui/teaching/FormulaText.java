package org.igrexplorer.ui.teaching;

import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LatexNumbers;
import org.igrexplorer.core.loss.Momentum;

/**
 * The LaTeX of the formula panel, on any landscape: E as the landscape writes it (a typed loss from its
 * syntax tree), the modified loss Ẽ = E + λR_IG and the explicitly regularised loss E_µ, first
 * symbolically, then with the current h, µ (and constants) substituted, then evaluated at the current
 * point θ = (a, b); and, when β &gt; 0, the modified loss of heavy-ball momentum. Numbers are printed
 * with four significant digits. Pure: no toolkit needed.
 */
public final class FormulaText {

    private FormulaText() {
    }

    /** @return v with four significant digits in a LaTeX-friendly form (1.2\times10^{-5}) */
    static String num(double v) {
        return LatexNumbers.number(v);
    }

    /**
     * @param p    current parameters (landscape, h, µ)
     * @param a    current a (for instance the playback point)
     * @param b    current b
     * @param beta heavy-ball momentum (0: no momentum line)
     * @return LaTeX lines, one formula each
     */
    public static List<String> lines(RunParameters p, double a, double b, double beta) {
        Landscape m = p.landscape();
        double lambda = p.lambda();
        double[] theta = {a, b};
        List<String> out = new ArrayList<>();
        out.add("E(a,b) = " + m.formulaLatex() + ",\\quad \\tilde{E} = E + \\lambda R_{IG},\\quad \\lambda = "
                + "\\frac{hm}{4} = \\frac{h}{2} = " + num(lambda) + ",\\quad R_{IG} = \\frac{1}{m}\\|\\nabla E\\|^2");
        out.add("\\tilde{E}(a,b) = " + m.regularizedLatex(p.h() / 4.0));
        out.add("E_\\mu = E + \\mu R_{IG} = " + m.regularizedLatex(p.mu() / m.dimension()) + ",\\quad \\mu = "
                + num(p.mu()));
        out.add("\\text{at } (a,b) = (" + num(a) + ", " + num(b) + "):\\quad E = " + num(m.value(theta))
                + ",\\; R_{IG} = " + num(m.rIg(theta)) + ",\\; \\tilde{E} = " + num(m.modifiedLoss(theta, p.h()))
                + ",\\; E_\\mu = " + num(m.egrLoss(theta, p.mu())));
        if (beta > 0) {
            double c = Momentum.regularizerCoefficient(p.h(), beta);
            out.add("\\theta' = -\\frac{1}{1-\\beta}\\nabla\\left[E + \\frac{h(1+\\beta)}{4(1-\\beta)^2}\\|\\nabla E\\|^2"
                    + "\\right],\\quad \\beta = " + num(beta) + ",\\; \\frac{h(1+\\beta)}{4(1-\\beta)^2} = " + num(c));
        }
        return out;
    }
}
