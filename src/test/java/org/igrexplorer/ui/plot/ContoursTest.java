package org.igrexplorer.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.igrexplorer.core.loss.ViewBox;
import org.junit.jupiter.api.Test;

/** Marching squares against fields whose contours are known in closed form. */
class ContoursTest {

    /** Where linear interpolation puts a crossing of a² + b² = r² (r ≈ 1) on a grid of spacing 0.05 (≈ h²/8·f''/|∇f|). */
    private static final double RADIUS_TOL = 1e-3;
    /** Endpoints shared by two segments are computed from the same edge: equal to rounding. */
    private static final double JOIN_TOL = 1e-12;

    private static double[] sample(int n, ViewBox box, java.util.function.DoubleBinaryOperator f) {
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
    void aCircleOfASquaredPlusBSquaredIsOneClosedPolylineOfLengthTwoPiR() {
        int n = 81;
        ViewBox box = new ViewBox(-2, 2, -2, 2);
        // r² = 1.1 passes through no grid node (a node on the level would be shared by four cells)
        double r = Math.sqrt(1.1);
        double[] seg = Contours.segments(sample(n, box, (a, b) -> a * a + b * b), n, box, r * r);
        assertTrue(seg.length >= 4 * 50, "segments: " + seg.length / 4);
        double length = 0;
        Map<String, Integer> ends = new HashMap<>();
        for (int s = 0; s < seg.length; s += 4) {
            for (int e = 0; e < 4; e += 2) {
                assertEquals(r, Math.hypot(seg[s + e], seg[s + e + 1]), RADIUS_TOL, "point on the circle");
                ends.merge(key(seg[s + e], seg[s + e + 1]), 1, Integer::sum);
            }
            length += Math.hypot(seg[s + 2] - seg[s], seg[s + 3] - seg[s + 1]);
        }
        assertEquals(2 * Math.PI * r, length, 2 * Math.PI * r * 1e-3, "the polyline's length");
        // joined: every endpoint is shared by exactly two segments, so the segments chain into closed loops
        ends.values().forEach(c -> assertEquals(2, c));
        assertEquals(1, loops(seg), "one closed loop");
    }

    @Test
    void aSaddleCellIsSplitByTheMeanOfItsCorners() {
        // f = a·b on the cell [−1, 1]²: corners f(±1, ±1) = ±1, mean 0
        ViewBox box = new ViewBox(-1, 1, -1, 1);
        double[] v = sample(2, box, (a, b) -> a * b);
        // level 0.5 > mean: the low corners (1, −1) and (−1, 1) are joined through the middle; the contour
        // a·b = 0.5 cuts off the corners (−1, −1) and (1, 1)
        double[] high = Contours.segments(v, 2, box, 0.5);
        assertArrayEquals(new double[] {-0.5, -1, -1, -0.5, 1, 0.5, 0.5, 1}, high, JOIN_TOL);
        // level −0.5 < mean: the high corners are joined; the contour cuts off (1, −1) and (−1, 1)
        double[] low = Contours.segments(v, 2, box, -0.5);
        assertArrayEquals(new double[] {0.5, -1, 1, -0.5, -0.5, 1, -1, 0.5}, low, JOIN_TOL);
    }

    @Test
    void cellsWithANaNCornerAndLevelsOutsideTheFieldGiveNothing() {
        ViewBox box = new ViewBox(0, 1, 0, 1);
        assertEquals(0, Contours.segments(new double[] {0, 1, Double.NaN, 1}, 2, box, 0.5).length);
        assertEquals(0, Contours.segments(new double[] {0, 1, 0, 1}, 2, box, 3).length);
        // a straight contour: f = a crosses 0.25 at a = 0.25 from bottom to top
        assertArrayEquals(new double[] {0.25, 0, 0.25, 1}, Contours.segments(new double[] {0, 1, 0, 1}, 2, box,
                0.25), JOIN_TOL);
    }

    private static String key(double a, double b) {
        return Math.round(a / JOIN_TOL) + "," + Math.round(b / JOIN_TOL);
    }

    /** @return how many closed chains the segments form (walking from endpoint to endpoint) */
    private static int loops(double[] seg) {
        int m = seg.length / 4;
        Map<String, java.util.List<Integer>> at = new HashMap<>();
        for (int s = 0; s < m; s++) {
            at.computeIfAbsent(key(seg[4 * s], seg[4 * s + 1]), k -> new java.util.ArrayList<>()).add(s);
            at.computeIfAbsent(key(seg[4 * s + 2], seg[4 * s + 3]), k -> new java.util.ArrayList<>()).add(s);
        }
        boolean[] used = new boolean[m];
        int loops = 0;
        for (int s0 = 0; s0 < m; s0++) {
            if (used[s0]) {
                continue;
            }
            loops++;
            int s = s0;
            String end = key(seg[4 * s + 2], seg[4 * s + 3]);
            while (!used[s]) {
                used[s] = true;
                int next = -1;
                for (int t : at.get(end)) {
                    if (!used[t]) {
                        next = t;
                    }
                }
                if (next < 0) {
                    break;
                }
                String a = key(seg[4 * next], seg[4 * next + 1]);
                end = a.equals(end) ? key(seg[4 * next + 2], seg[4 * next + 3]) : a;
                s = next;
            }
        }
        return loops;
    }
}
