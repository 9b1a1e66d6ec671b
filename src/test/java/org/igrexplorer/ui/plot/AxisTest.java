package org.igrexplorer.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisTest {

    private static final double TOL = 1e-12;

    @ParameterizedTest
    @CsvSource({"0.03,0.05", "0.15,0.2", "0.7,1", "3,5", "7,10", "1e-4,1e-4", "2.5e5,5e5"})
    void niceStepIsTheSmallestOneTwoFiveAbove(double raw, double expected) {
        assertEquals(expected, Axis.niceStep(raw), expected * TOL);
    }

    @Test
    void linearTicksAreMultiplesOfTheStepInsideTheRange() {
        List<Double> t = Axis.ticks(-0.3, 4.2, false, 5);
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), t);
        List<Double> fine = Axis.ticks(0.011, 0.049, false, 4);
        assertEquals(0.02, fine.get(0), TOL);
        assertEquals(0.04, fine.get(fine.size() - 1), TOL);
    }

    @Test
    void aNarrowLinearAxisStillGetsThreeTicks() {
        // a 300 px plane asks for two ticks; over a box of ±86 the nice step 100 would leave only "0"
        for (double[] r : new double[][] {{-86, 86}, {-1.2, 1.3}, {0.01, 0.07}, {-5, 5}}) {
            List<Double> t = Axis.ticks(r[0], r[1], false, 2);
            assertTrue(t.size() >= Axis.MIN_LINEAR_TICKS, r[0] + ".." + r[1] + ": " + t);
            for (double v : t) {
                assertTrue(v >= r[0] - 1e-12 && v <= r[1] + 1e-12, v + " inside " + r[0] + ".." + r[1]);
            }
        }
    }

    @Test
    void logTicksAreDecadesAndAddTwoAndFiveOverShortRanges() {
        List<Double> wide = Axis.ticks(1e-4, 1e2, true, 10);
        assertEquals(7, wide.size());
        for (int i = 0; i < wide.size(); i++) {
            assertEquals(Math.pow(10, i - 4), wide.get(i), Math.pow(10, i - 4) * 1e-9);
        }
        List<Double> narrow = Axis.ticks(0.01, 0.6, true, 6);
        assertTrue(narrow.contains(0.02) || narrow.stream().anyMatch(v -> Math.abs(v - 0.02) < 1e-12));
        assertTrue(narrow.stream().anyMatch(v -> Math.abs(v - 0.5) < 1e-12));
        assertTrue(Axis.ticks(-1, 10, true, 5).isEmpty(), "log ticks need a positive range");
    }

    /**
     * A short log axis over many decades (the one-step error panel at 1280×720: 1e-14 … 1e-3 with room for
     * two labels) gets three evenly spaced decades, not all twelve stacked on each other.
     */
    @Test
    void aShortLogAxisOverManyDecadesThinsItsDecadesEvenly() {
        List<Double> ticks = Axis.ticks(1e-14, 1e-3, true, 2);
        assertEquals(List.of(1e-12, 1e-8, 1e-4), round(ticks));
        // three decades with room for two labels: every decade gives two (0.1, 1), so 1, 2, 5 × 10^k, not
        // linear steps (0.5, 1, 1.5, 2 bunched at the top of a log axis: the distance panel at 640×360)
        List<Double> few = round(Axis.ticks(0.04, 2.1, true, 2));
        assertEquals(List.of(0.05, 0.1, 0.2, 0.5, 1.0, 2.0), few);
        List<Double> roomy = Axis.ticks(1e-14, 1e-3, true, 12);
        assertEquals(12, roomy.size(), "with room for them every decade is labelled");
    }

    /** Issue 18 #19: Figure 2's R_IG axis spans less than a decade and showed two labels. */
    @Test
    void aLogAxisNarrowerThanADecadeStillGetsThreeTicksWithDistinctLabels() {
        assertEquals(List.of(2e-4, 3e-4, 5e-4), round(Axis.ticks(1.7e-4, 5.6e-4, true, 5)));
        assertEquals(List.of("2e-4", "3e-4", "5e-4"), Axis.labels(Axis.ticks(1.7e-4, 5.6e-4, true, 5), true, 0));
        assertEquals(List.of(7e-5, 8e-5, 9e-5), round(Axis.ticks(6.5e-5, 9.5e-5, true, 5)), "then every digit");
        assertEquals(List.of(0.5, 1.0, 2.0), round(Axis.ticks(0.45, 4.6, true, 5)), "1, 2, 5 when they are enough");
        for (double[] r : new double[][] {{2.1, 2.9}, {0.61, 0.64}, {7.2e-6, 7.9e-6}, {150, 190}}) {
            List<Double> t = Axis.ticks(r[0], r[1], true, 4);
            assertTrue(t.size() >= Axis.MIN_LINEAR_TICKS, r[0] + ".." + r[1] + ": " + t);
            assertTrue(t.stream().allMatch(v -> v >= r[0] * (1 - 1e-9) && v <= r[1] * (1 + 1e-9)), t.toString());
            List<String> labels = Axis.labels(t, true, t.get(1) - t.get(0));
            assertEquals(labels.size(), Set.copyOf(labels).size(), "no two ticks read the same: " + labels);
            for (int i = 0; i < t.size(); i++) {
                assertEquals(t.get(i), Double.parseDouble(labels.get(i)), 1e-9 * t.get(i), "label " + labels.get(i));
            }
        }
        List<Double> wideSkipped = Axis.ticks(1e-3, 1e1, true, 1);
        assertTrue(wideSkipped.size() >= Axis.MIN_LINEAR_TICKS, "decades, not every other one: " + wideSkipped);
    }

    private static List<Double> round(List<Double> v) {
        return v.stream().map(x -> Double.parseDouble(String.format(Locale.ROOT, "%.6g", x))).toList();
    }

    @Test
    void formatsTicksReadably() {
        assertEquals("0.05", Axis.format(0.05, false, 0.01));
        assertEquals("2", Axis.format(2, false, 1));
        assertEquals("1e-5", Axis.format(1e-5, true, 0));
        assertEquals("0.001", Axis.format(0.001, true, 0));
        assertEquals("-0.5", Axis.format(-0.5, false, 0.5));
    }

    @Test
    void oneAxisUsesOneNotation() {
        // the backward-error panel's h axis: 5e-5 … 2e-4 on a log axis used to read "5.0e-5", "1e-4", "0.00020"
        List<Double> ticks = Axis.ticks(3e-5, 3e-4, true, 5);
        assertEquals(List.of(5e-5, 1e-4, 2e-4), ticks.subList(0, 3));
        assertEquals(List.of("5e-5", "1e-4", "2e-4"), Axis.labels(ticks, true, 0).subList(0, 3));
        // a linear axis through 0 with a tiny step: all scientific, 0 stays 0
        assertEquals(List.of("-2.5e-4", "0", "2.5e-4", "5e-4"),
                Axis.labels(List.of(-2.5e-4, 0.0, 2.5e-4, 5e-4), false, 2.5e-4));
        // ticks that read well as decimals stay decimals
        assertEquals(List.of("0.01", "0.02", "0.05", "0.1"), Axis.labels(List.of(0.01, 0.02, 0.05, 0.1), true, 0));
        assertEquals(List.of("1e5", "2e5", "3e5"), Axis.labels(List.of(1e5, 2e5, 3e5), false, 1e5));
    }

    @Test
    void titleCarriesTheUnit() {
        assertEquals("time t [s]", new Axis().label("time t").unit("s").title());
        assertEquals("h", new Axis().label("h").title());
    }
}
