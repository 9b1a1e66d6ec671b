package org.igrexplorer.ui.render;

/**
 * A rectangle of the (a, b) parameter plane.
 *
 * @param aMin left
 * @param aMax right
 * @param bMin bottom
 * @param bMax top
 */
public record ViewBox(double aMin, double aMax, double bMin, double bMax) {

    public ViewBox {
        if (!(aMax > aMin) || !(bMax > bMin) || !Double.isFinite(aMin + aMax + bMin + bMax)) {
            throw new IllegalArgumentException("view box needs finite min < max");
        }
    }

    /**
     * The default box for a start and a data point: symmetric about the origin (both branches of the
     * minima hyperbola show), with half-width a multiple of 0.5 that holds the start and the flattest
     * minimum with a margin, at least 3.
     */
    public static ViewBox around(double a0, double b0, double x, double y) {
        double m = Math.max(Math.abs(a0), Math.abs(b0)) * 1.15;
        if (x != 0) {
            m = Math.max(m, 1.6 * Math.sqrt(Math.abs(y / x)));
        }
        double l = Math.max(3.0, Math.ceil(m * 2) / 2);
        return new ViewBox(-l, l, -l, l);
    }

    public double width() {
        return aMax - aMin;
    }

    public double height() {
        return bMax - bMin;
    }

    public boolean contains(double a, double b) {
        return a >= aMin && a <= aMax && b >= bMin && b <= bMax;
    }
}
