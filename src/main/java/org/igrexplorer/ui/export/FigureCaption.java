package org.igrexplorer.ui.export;

import java.math.BigDecimal;
import org.igrexplorer.core.dynamics.RunParameters;

/**
 * The optional caption line under an exported figure, listing the parameters, e.g.
 * {@code x = 1, y = 0.6, a0 = 2.8, b0 = 3.5, h = 0.05, mu = 0.5, steps = 400}. It is plain ASCII,
 * so it stays searchable, selectable text in every format, PDF included.
 */
public final class FigureCaption {

    private FigureCaption() {
    }

    /** @return the caption for {@code p} */
    public static String of(RunParameters p) {
        return "x = " + number(p.x()) + ", y = " + number(p.y()) + ", a0 = " + number(p.a0()) + ", b0 = "
                + number(p.b0()) + ", h = " + number(p.h()) + ", mu = " + number(p.mu()) + ", steps = " + p.steps();
    }

    /**
     * @return the caption of a frame of an animation, or of a still at a playback step: the parameters,
     *         then the step and its time, e.g. {@code …, steps = 400, step 120, t = 6}
     */
    public static String of(RunParameters p, int step) {
        double t = new BigDecimal(step * p.h()).round(new java.math.MathContext(6)).doubleValue();
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
