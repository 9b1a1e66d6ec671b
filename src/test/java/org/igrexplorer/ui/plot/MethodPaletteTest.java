package org.igrexplorer.ui.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import org.igrexplorer.core.dynamics.Method;
import org.junit.jupiter.api.Test;

/**
 * The momentum curves are told apart from the curves and the band they are drawn with: CIE76 colour
 * difference (sRGB → CIE L*a*b*, D65) against each, the band as it shows on white.
 */
class MethodPaletteTest {

    /** Least ΔE*ab between a momentum colour and any other curve's (about 2.3 is a just-noticeable difference). */
    private static final double MIN_DELTA_E = 30;

    @Test
    void momentumColoursStandApartFromTheFlowsAndTheStabilityBand() {
        Map<String, Color> others = new LinkedHashMap<>();
        for (Method m : new Method[] {Method.GD, Method.EXACT, Method.MODIFIED, Method.MODIFIED2, Method.EGR}) {
            others.put(m.label(), MethodPalette.awt(m));
        }
        // the band colour on the teaching package: bluish green at alpha 150, seen over white
        others.put("stability band", over(new Color(0x00, 0x9E, 0x73, 150), Color.WHITE));
        Method[] momentum = {Method.MOMENTUM, Method.MOMENTUM_FLOW, Method.MOMENTUM_MODIFIED};
        for (Method m : momentum) {
            for (var e : others.entrySet()) {
                double d = deltaE(MethodPalette.awt(m), e.getValue());
                assertTrue(d >= MIN_DELTA_E, m.label() + " vs " + e.getKey() + ": ΔE = " + d);
            }
            for (Method k : momentum) {
                if (k != m) {
                    double d = deltaE(MethodPalette.awt(m), MethodPalette.awt(k));
                    assertTrue(d >= MIN_DELTA_E, m.label() + " vs " + k.label() + ": ΔE = " + d);
                }
            }
        }
    }

    @Test
    void onADarkCardOnlyNearBlackDataTurnsToTheInk() {
        assertTrue(ChartColors.DARK.data(MethodPalette.INK).getRed() > 200, "the ink colour becomes light");
        for (Method m : Method.values()) {
            Color c = MethodPalette.awt(m);
            assertTrue(ChartColors.DARK.data(c).equals(c), m.label() + " keeps its colour");
        }
        Color shade = new Color(0xD5, 0x00, 0x00, 55); // Figure 1b's divergence range
        assertTrue(ChartColors.DARK.data(shade).equals(shade), "a translucent red stays red");
        assertTrue(ChartColors.LIGHT.data(MethodPalette.INK).equals(MethodPalette.INK), "light: unchanged");
    }

    private static Color over(Color c, Color bg) {
        double a = c.getAlpha() / 255.0;
        return new Color((int) Math.round(c.getRed() * a + bg.getRed() * (1 - a)),
                (int) Math.round(c.getGreen() * a + bg.getGreen() * (1 - a)),
                (int) Math.round(c.getBlue() * a + bg.getBlue() * (1 - a)));
    }

    static double deltaE(Color x, Color y) {
        double[] p = lab(x);
        double[] q = lab(y);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }
}
