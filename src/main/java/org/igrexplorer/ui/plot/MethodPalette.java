package org.igrexplorer.ui.plot;

import java.awt.Color;
import org.igrexplorer.core.dynamics.Method;

/**
 * One colour per {@link Method}, the same in the 2D plane, the 3D view, charts and exports. The
 * colours come from the Okabe–Ito palette, which stays distinguishable under the common forms of
 * colour blindness; the curve styles (GD dots, flows solid, EGR dashed) tell them apart as well.
 */
public final class MethodPalette {

    private MethodPalette() {
    }

    /** Okabe–Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    /** Okabe–Ito blue. */
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    /** Okabe–Ito bluish green. */
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    /** Okabe–Ito reddish purple. */
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    /** Okabe–Ito orange. */
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    /** Okabe–Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    /** Purple (not in Okabe–Ito): GD with momentum, apart from the blues, the greens and the stability band. */
    public static final Color PURPLE = new Color(0x8E, 0x44, 0xAD);
    /** Brown: the modified flow of momentum. */
    public static final Color BROWN = new Color(0x8C, 0x56, 0x4B);
    /** Light grey: the momentum flow θ' = −∇E/(1−β). */
    public static final Color GREY = new Color(0xA0, 0xA0, 0xA0);
    /** Near-black for minima, axes and annotations. */
    public static final Color INK = new Color(0x22, 0x22, 0x22);

    /** @return the colour of a method */
    public static Color awt(Method m) {
        return switch (m) {
            case GD -> VERMILLION;
            case EXACT -> BLUE;
            case MODIFIED -> BLUISH_GREEN;
            case MODIFIED2 -> REDDISH_PURPLE;
            case EGR -> ORANGE;
            case MOMENTUM -> PURPLE;
            case MOMENTUM_FLOW -> GREY;
            case MOMENTUM_MODIFIED -> BROWN;
            case SGD -> SKY_BLUE.darker();
            case SGD_MEAN -> BLUE.darker();
            case SGD_MODIFIED -> REDDISH_PURPLE.darker();
        };
    }

    /** @return the same colour as a JavaFX colour */
    public static javafx.scene.paint.Color fx(Method m) {
        return toFx(awt(m));
    }

    /** @return a JavaFX colour equal to {@code c} (alpha included) */
    public static javafx.scene.paint.Color toFx(Color c) {
        return javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }

    /** @return the CSS hex form, e.g. {@code #D55E00} */
    public static String hex(Method m) {
        Color c = awt(m);
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** @return the series style a method is drawn with: GD as connected dots, EGR dashed, flows solid */
    public static Series.Style style(Method m) {
        return switch (m) {
            case GD, MOMENTUM -> Series.Style.LINE_AND_MARKERS;
            case EGR -> Series.Style.DASHED;
            default -> Series.Style.LINE;
        };
    }
}
