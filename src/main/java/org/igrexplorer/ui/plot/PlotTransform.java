package org.igrexplorer.ui.plot;

import java.awt.geom.Rectangle2D;

/**
 * Maps data coordinates to logical pixels inside a plot area and back. Immutable.
 *
 * @param area plot rectangle in logical pixels
 * @param xMin left data value
 * @param xMax right data value
 * @param xLog whether x is on a log10 scale
 * @param yMin bottom data value
 * @param yMax top data value
 * @param yLog whether y is on a log10 scale
 */
public record PlotTransform(Rectangle2D area, double xMin, double xMax, boolean xLog,
                            double yMin, double yMax, boolean yLog) {

    public PlotTransform {
        area = (Rectangle2D) area.clone();
    }

    @Override
    public Rectangle2D area() {
        return (Rectangle2D) area.clone();
    }

    private static double fwd(double v, boolean log) {
        return log ? (v > 0 ? Math.log10(v) : Double.NaN) : v;
    }

    private static double inv(double v, boolean log) {
        return log ? Math.pow(10, v) : v;
    }

    /** @return the pixel x of data x (NaN for x ≤ 0 on a log axis) */
    public double toPixelX(double x) {
        double a = fwd(xMin, xLog);
        double b = fwd(xMax, xLog);
        return area.getX() + (fwd(x, xLog) - a) / (b - a) * area.getWidth();
    }

    /** @return the pixel y of data y (up is larger data) */
    public double toPixelY(double y) {
        double a = fwd(yMin, yLog);
        double b = fwd(yMax, yLog);
        return area.getMaxY() - (fwd(y, yLog) - a) / (b - a) * area.getHeight();
    }

    /** @return the data x at pixel x */
    public double toDataX(double px) {
        double a = fwd(xMin, xLog);
        double b = fwd(xMax, xLog);
        return inv(a + (px - area.getX()) / area.getWidth() * (b - a), xLog);
    }

    /** @return the data y at pixel y */
    public double toDataY(double py) {
        double a = fwd(yMin, yLog);
        double b = fwd(yMax, yLog);
        return inv(a + (area.getMaxY() - py) / area.getHeight() * (b - a), yLog);
    }

    /** @return whether a pixel lies in the plot area */
    public boolean contains(double px, double py) {
        return area.contains(px, py);
    }
}
