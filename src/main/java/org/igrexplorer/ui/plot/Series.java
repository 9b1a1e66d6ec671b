package org.igrexplorer.ui.plot;

import java.awt.Color;

/**
 * One data series of an {@link XYChart}. Immutable; the arrays are copied. Non-finite points (and
 * points ≤ 0 on a log axis) break the line instead of being drawn.
 *
 * @param name       legend text
 * @param x          x values
 * @param y          y values, same length as x
 * @param color      colour of line and markers
 * @param style      how the points are drawn
 * @param lineWidth  line width in logical units
 * @param markerSize marker diameter in logical units
 * @param inLegend   whether the legend lists it
 */
public record Series(String name, double[] x, double[] y, Color color, Style style, double lineWidth,
                     double markerSize, boolean inLegend) {

    /** How a series is drawn. */
    public enum Style {
        /** A solid polyline. */
        LINE,
        /** A dashed polyline. */
        DASHED,
        /** Markers only (a scatter plot). */
        MARKERS,
        /** A thin solid polyline through filled markers (discrete iterates). */
        LINE_AND_MARKERS
    }

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    public static Series line(String name, double[] x, double[] y, Color color) {
        return new Series(name, x, y, color, Style.LINE, 2.0, 5.0, true);
    }

    public static Series dashed(String name, double[] x, double[] y, Color color) {
        return new Series(name, x, y, color, Style.DASHED, 2.0, 5.0, true);
    }

    public static Series markers(String name, double[] x, double[] y, Color color) {
        return new Series(name, x, y, color, Style.MARKERS, 1.5, 6.0, true);
    }

    public static Series lineAndMarkers(String name, double[] x, double[] y, Color color) {
        return new Series(name, x, y, color, Style.LINE_AND_MARKERS, 1.2, 4.5, true);
    }

    public Series withLineWidth(double w) {
        return new Series(name, x, y, color, style, w, markerSize, inLegend);
    }

    public Series withMarkerSize(double s) {
        return new Series(name, x, y, color, style, lineWidth, s, inLegend);
    }

    public Series hiddenFromLegend() {
        return new Series(name, x, y, color, style, lineWidth, markerSize, false);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }

    /** @return x of point i, without copying */
    public double xAt(int i) {
        return x[i];
    }

    /** @return y of point i, without copying */
    public double yAt(int i) {
        return y[i];
    }
}
