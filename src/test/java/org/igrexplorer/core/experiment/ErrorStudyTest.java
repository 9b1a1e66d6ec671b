package org.igrexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.igrexplorer.core.dynamics.Method;
import org.junit.jupiter.api.Test;

/** The study record: slopes fitted from the collected distances, copies, lookups and refusals. */
class ErrorStudyTest {

    private static final double FIT_TOLERANCE = 1e-12;

    @Test
    void slopesOfExactPowerLawsAreTheirExponents() {
        ErrorStudy.Builder b = new ErrorStudy.Builder(new Method[] {Method.EXACT, Method.MODIFIED},
                new int[] {2, 3});
        double[] hs = Statistics.logSpace(1e-4, 1e-2, 6);
        for (double h : hs) {
            b.add(h, 5 * h * h, 0.3 * h * h * h);
        }
        ErrorStudy s = b.build();
        assertArrayEquals(hs, s.hs(), 0.0);
        assertEquals(2.0, s.slope(Method.EXACT), FIT_TOLERANCE);
        assertEquals(3.0, s.slope(Method.MODIFIED), FIT_TOLERANCE);
        assertEquals(3, s.curve(Method.MODIFIED).expectedSlope());
        assertEquals(0.3 * hs[5] * hs[5] * hs[5], s.curve(Method.MODIFIED).errors()[5], FIT_TOLERANCE);
    }

    @Test
    void theStudyCannotBeChangedThroughWhatItReturns() {
        ErrorStudy s = new ErrorStudy.Builder(new Method[] {Method.EXACT}, new int[] {2})
                .add(0.1, 0.01).add(0.2, 0.04).build();
        s.hs()[0] = 99;
        s.curve(Method.EXACT).errors()[0] = 99;
        assertEquals(0.1, s.hs()[0]);
        assertEquals(0.01, s.curve(Method.EXACT).errors()[0]);
    }

    @Test
    void missingCurvesAndMismatchedRowsAreRefusedByName() {
        ErrorStudy s = new ErrorStudy.Builder(new Method[] {Method.EXACT}, new int[] {2})
                .add(0.1, 0.01).add(0.2, 0.04).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.curve(Method.EGR));
        assertTrue(e.getMessage().contains("egr"), e.getMessage());
        ErrorStudy.Builder b = new ErrorStudy.Builder(new Method[] {Method.EXACT, Method.MODIFIED}, new int[] {2, 3});
        assertThrows(IllegalArgumentException.class, () -> b.add(0.1, 0.01));
        assertThrows(IllegalArgumentException.class,
                () -> new ErrorStudy.Builder(new Method[] {Method.EXACT}, new int[] {2, 3}));
    }
}
