package org.igrexplorer.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.igrexplorer.core.loss.ViewBox;
import org.junit.jupiter.api.Test;

/** Marching squares (the plane's contours, the 3D stability edge), against analytic fields. */
class ContoursTest {

    /** Linear interpolation of r² along a grid edge of width d misplaces the crossing by at most d²/(8r). */
    private static final double RADIUS_TOLERANCE = 1e-3;
    /** Endpoints computed twice from the same edge agree to rounding. */
    private static final double JOIN_TOLERANCE = 1e-12;

    private static double[] field(int n, ViewBox box, java.util.function.DoubleBinaryOperator f) {
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[j * n + i] = f.applyAsDouble(box.aMin() + box.width() * i / (n - 1),
                        box.bMin() + box.height() * j / (n - 1));
            }
        }
        return v;
    }

    @Test
    void circleContoursOfTheSquaredRadiusLieOnTheCircleAndCloseIntoOneLoop() {
        ViewBox box = new ViewBox(-1, 1, -1, 1);
        int n = 41;
        double[] v = field(n, box, (a, b) -> a * a + b * b);
        for (double level : new double[] {0.123, 0.517, 0.777}) { // no grid point lies exactly on these
            double r = Math.sqrt(level);
            double[] seg = Contours.segments(v, n, box, level);
            assertTrue(seg.length >= 4 * 20, "a circle of radius " + r + " crosses many cells");
            double length = 0;
            for (int k = 0; k < seg.length; k += 4) {
                assertEquals(r, Math.hypot(seg[k], seg[k + 1]), RADIUS_TOLERANCE);
                assertEquals(r, Math.hypot(seg[k + 2], seg[k + 3]), RADIUS_TOLERANCE);
                length += Math.hypot(seg[k + 2] - seg[k], seg[k + 3] - seg[k + 1]);
            }
            assertEquals(2 * Math.PI * r, length, 0.01 * 2 * Math.PI * r, "the polygon's length");
            assertEquals(seg.length / 4, loopLength(seg), "every segment on one closed loop (level " + level + ")");
        }
    }

    /** @return how many segments the walk from the first one visits before it returns to its start */
    private static int loopLength(double[] seg) {
        Map<String, List<Integer>> at = new HashMap<>();
        int m = seg.length / 4;
        for (int s = 0; s < m; s++) {
            at.computeIfAbsent(key(seg[4 * s], seg[4 * s + 1]), x -> new ArrayList<>()).add(s);
            at.computeIfAbsent(key(seg[4 * s + 2], seg[4 * s + 3]), x -> new ArrayList<>()).add(s);
        }
        for (List<Integer> l : at.values()) {
            assertEquals(2, l.size(), "each endpoint joins exactly two segments");
        }
        boolean[] seen = new boolean[m];
        int s = 0;
        String point = key(seg[2], seg[3]);
        int visited = 0;
        while (!seen[s]) {
            seen[s] = true;
            visited++;
            List<Integer> l = at.get(point);
            int next = l.get(0) == s ? l.get(1) : l.get(0);
            point = key(seg[4 * next], seg[4 * next + 1]).equals(point)
                    ? key(seg[4 * next + 2], seg[4 * next + 3]) : key(seg[4 * next], seg[4 * next + 1]);
            s = next;
        }
        return visited;
    }

    private static String key(double a, double b) {
        return Math.round(a / JOIN_TOLERANCE) + ":" + Math.round(b / JOIN_TOLERANCE);
    }

    @Test
    void aSaddleCellGivesTwoSegmentsThatDoNotCross() {
        ViewBox box = new ViewBox(0, 1, 0, 1);
        // v00 = 1, v10 = -1, v01 = -1, v11 = 1: the level 0 crosses all four edges at their midpoints
        double[] v = {1, -1, -1, 1};
        double[] seg = Contours.segments(v, 2, box, 0);
        assertEquals(8, seg.length, "two segments");
        for (int k = 0; k < 8; k += 2) {
            double a = seg[k];
            double b = seg[k + 1];
            assertTrue((a == 0.5 && (b == 0 || b == 1)) || (b == 0.5 && (a == 0 || a == 1)),
                    "an edge midpoint: (" + a + ", " + b + ")");
        }
        assertFalse(java.awt.geom.Line2D.linesIntersect(seg[0], seg[1], seg[2], seg[3], seg[4], seg[5], seg[6], seg[7]),
                "the two branches of a saddle cell do not cross");
    }

    @Test
    void aSaddleCellIsSplitByTheMeanOfItsCorners() {
        // f = a·b on the cell [−1, 1]²: corners f(±1, ±1) = ±1, mean 0
        ViewBox box = new ViewBox(-1, 1, -1, 1);
        double[] v = field(2, box, (a, b) -> a * b);
        // level 0.5 > mean: the low corners (1, −1) and (−1, 1) are joined through the middle; the contour
        // a·b = 0.5 cuts off the corners (−1, −1) and (1, 1)
        double[] high = Contours.segments(v, 2, box, 0.5);
        assertArrayEquals(new double[] {-0.5, -1, -1, -0.5, 1, 0.5, 0.5, 1}, high, JOIN_TOLERANCE);
        // level −0.5 < mean: the high corners are joined; the contour cuts off (1, −1) and (−1, 1)
        double[] low = Contours.segments(v, 2, box, -0.5);
        assertArrayEquals(new double[] {0.5, -1, 1, -0.5, -0.5, 1, -1, 0.5}, low, JOIN_TOLERANCE);
    }

    @Test
    void cellsWithAMissingValueAndLevelsOutsideTheFieldGiveNothing() {
        ViewBox box = new ViewBox(0, 1, 0, 1);
        assertEquals(0, Contours.segments(new double[] {0, 1, Double.NaN, 1}, 2, box, 0.5).length);
        assertEquals(0, Contours.segments(new double[] {0, 1, 0, 1}, 2, box, 2).length);
        // a plane a: the level 0.25 is the vertical line a = 0.25
        double[] seg = Contours.segments(new double[] {0, 1, 0, 1}, 2, box, 0.25);
        assertEquals(4, seg.length);
        assertEquals(0.25, seg[0], JOIN_TOLERANCE);
        assertEquals(0.25, seg[2], JOIN_TOLERANCE);
        assertEquals(1.0, Math.abs(seg[3] - seg[1]), JOIN_TOLERANCE);
    }

    @Test
    void pixelPathMapsEachSegmentThroughTheTransform() {
        // data [0, 2] × [0, 1] onto pixels x 100..300, y 250..50 (y grows downwards)
        PlotTransform tr = new PlotTransform(new java.awt.geom.Rectangle2D.Double(100, 50, 200, 200), 0, 2, false,
                0, 1, false);
        double[] seg = {0, 0, 2, 1, 1, 0.5, 1, 1};
        java.awt.geom.PathIterator it = Contours.pixelPath(seg, tr).getPathIterator(null);
        double[][] expected = {{100, 250}, {300, 50}, {200, 150}, {200, 50}};
        int[] types = {java.awt.geom.PathIterator.SEG_MOVETO, java.awt.geom.PathIterator.SEG_LINETO,
            java.awt.geom.PathIterator.SEG_MOVETO, java.awt.geom.PathIterator.SEG_LINETO};
        double[] c = new double[6];
        for (int k = 0; k < expected.length; k++) {
            assertFalse(it.isDone(), "segment point " + k);
            assertEquals(types[k], it.currentSegment(c));
            assertArrayEquals(expected[k], new double[] {c[0], c[1]}, 1e-12);
            it.next();
        }
        assertTrue(it.isDone(), "one move and one line per segment, nothing more");
    }
}
