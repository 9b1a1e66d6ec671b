package org.igrexplorer.ui.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.LandscapeSpec;

/**
 * The optional caption line under an exported figure, naming the landscape and listing the
 * parameters, e.g. {@code paper: x = 1, y = 0.6, a0 = 2.8, b0 = 3.5, h = 0.05, mu = 0.5, steps = 400}
 * or {@code E = (1-a)^2 + 10*(b-a^2)^2, a0 = -1, …}. Plain text, so it stays searchable, selectable
 * text in every format, PDF included.
 */
public final class FigureCaption {

    private FigureCaption() {
    }

    /** @return the caption for {@code p} */
    public static String of(RunParameters p) {
        LandscapeSpec m = p.model();
        StringBuilder sb = new StringBuilder(m.isTyped() ? "E = " + m.expression() : m.name());
        boolean first = !m.isTyped();
        for (Map.Entry<String, Double> c : m.constants().entrySet()) {
            sb.append(first ? ": " : ", ").append(c.getKey()).append(" = ").append(number(c.getValue()));
            first = false;
        }
        sb.append(first ? ": " : ", ");
        return sb + "a0 = " + number(p.a0()) + ", b0 = " + number(p.b0()) + ", h = " + number(p.h()) + ", mu = "
                + number(p.mu()) + ", steps = " + p.steps();
    }

    /**
     * @return the caption of a frame of an animation, or of a still at a playback step: the parameters,
     *         then the step and its time, e.g. {@code …, steps = 400, step 120, t = 6}
     */
    public static String of(RunParameters p, int step) {
        double t = new BigDecimal(step * p.h()).round(new MathContext(6)).doubleValue();
        return of(p) + ", step " + step + ", t = " + number(t);
    }

    /** @return the shortest exact decimal form, plain for moderate magnitudes, e.g. 1, 0.6, 5E-5 → 0.00005 */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        double mag = Math.abs(v);
        return mag >= 1e-6 && mag < 1e9 ? d.toPlainString() : Double.toString(v);
    }
}
