package org.igrexplorer.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.experiment.BackwardError;
import org.igrexplorer.core.experiment.ErrorStudy;
import org.igrexplorer.core.experiment.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Theorem 3.1 beyond the paper's model: on Rosenbrock, the valley of varying sharpness and Himmelblau,
 * one GD step lands O(h²) from the exact flow, O(h³) from the first-order and O(h⁴) from the
 * second-order modified flow (all from the typed expressions' exact derivatives), with fitted slopes
 * within ±0.1, over the asymptotic range h ∈ [1e-3/ℓ, 1e-2/ℓ], ℓ the largest |eigenvalue| of H at the start.
 */
class TheoremOneStepLandscapesTest {

    private static final double SLOPE_TOL = 0.1;
    private static final int H_COUNT = 8;

    @ParameterizedTest
    @CsvSource({"rosenbrock, -1.2, 1.0", "rosenbrock, 0.3, 0.5", "valley, 2.5, 1.5", "valley, -1.0, 0.7",
        "himmelblau, 0.0, 0.0", "himmelblau, 1.0, -1.5"})
    void oneStepErrorsScaleAsHSquaredCubedAndFourth(String name, double a0, double b0) {
        Landscape l = Landscapes.defaultSpec(name).orElseThrow().landscape();
        double[] start = {a0, b0};
        double ell = Hessians.spectralRadius(l, start);
        double[] hs = Statistics.logSpace(1e-3 / ell, 1e-2 / ell, H_COUNT);
        ErrorStudy s = BackwardError.gd(l, start, hs);
        assertEquals(2.0, s.slope(Method.EXACT), SLOPE_TOL, name + ": exact flow");
        assertEquals(3.0, s.slope(Method.MODIFIED), SLOPE_TOL, name + ": first-order modified flow");
        assertEquals(4.0, s.slope(Method.MODIFIED2), SLOPE_TOL, name + ": second-order modified flow");
    }
}
