package org.igrexplorer.core.dynamics;

/** The corners of a drawn polyline, for the tests of smooth curves (issue 18 #9). */
public final class PolylineCorners {

    private PolylineCorners() {
    }

    /**
     * @param xy a polyline, x and y interleaved
     * @return the largest angle in radians between consecutive segments, skipping segments of length zero (a flow
     *         held at its minimum)
     */
    public static double maxCorner(double[] xy) {
        double max = 0;
        double px = Double.NaN;
        double py = Double.NaN;
        for (int i = 2; i < xy.length; i += 2) {
            double dx = xy[i] - xy[i - 2];
            double dy = xy[i + 1] - xy[i - 1];
            if (dx == 0 && dy == 0) {
                continue;
            }
            if (!Double.isNaN(px)) {
                max = Math.max(max, Math.abs(Math.atan2(px * dy - py * dx, px * dx + py * dy)));
            }
            px = dx;
            py = dy;
        }
        return max;
    }
}
