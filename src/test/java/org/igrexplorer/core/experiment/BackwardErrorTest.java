package org.igrexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.loss.Hessians;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Theorem 3.1 numerically: one GD step lands O(h²) from the exact flow, O(h³) from the first-order
 * modified flow and O(h⁴) from the second-order one, in the asymptotic range h ∈ [1e-3/ℓ, 1e-2/ℓ].
 */
class BackwardErrorTest {

    private static final double SLOPE_TOL = 0.1;
    private static final int H_COUNT = 8;

    @ParameterizedTest
    @CsvSource({"2.8, 3.5", "0.5, -1.2", "1.5, 0.2"})
    void oneStepErrorsScaleAsHSquaredCubedAndFourth(double a0, double b0) {
        TwoParameterModel model = new TwoParameterModel(1, 0.6);
        double[] start = {a0, b0};
        double ell = Hessians.spectralRadius(model, start);
        double[] hs = Statistics.logSpace(1e-3 / ell, 1e-2 / ell, H_COUNT);
        ErrorStudy s = BackwardError.gd(model, start, hs);
        assertEquals(2.0, s.slope(Method.EXACT), SLOPE_TOL, "exact flow");
        assertEquals(3.0, s.slope(Method.MODIFIED), SLOPE_TOL, "first-order modified flow");
        assertEquals(4.0, s.slope(Method.MODIFIED2), SLOPE_TOL, "second-order modified flow");
    }
}
