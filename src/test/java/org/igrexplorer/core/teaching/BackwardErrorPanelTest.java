package org.igrexplorer.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.junit.jupiter.api.Test;

class BackwardErrorPanelTest {

    /** The acceptance tolerance on the fitted slopes. */
    private static final double SLOPE_TOLERANCE = 0.1;
    private static final double EIGEN_TOLERANCE = 1e-12;

    @Test
    void slopesAreTwoThreeFourAtTheDefaultPreset() {
        BackwardErrorPanel.Result r = BackwardErrorPanel.compute(RunParameters.DEFAULT, BackwardErrorPanel.DEFAULT_COUNT);
        assertEquals(2.0, r.study().slope(Method.EXACT), SLOPE_TOLERANCE);
        assertEquals(3.0, r.study().slope(Method.MODIFIED), SLOPE_TOLERANCE);
        assertEquals(4.0, r.study().slope(Method.MODIFIED2), SLOPE_TOLERANCE);
    }

    @Test
    void learningRatesSpanOneDecadeBelowOneHundredthOfTheInverseCurvature() {
        BackwardErrorPanel.Result r = BackwardErrorPanel.compute(RunParameters.DEFAULT, 5);
        // Hessian at (2.8, 3.5), x = 1, y = 0.6: [[12.25, 19], [19, 7.84]]; top eigenvalue
        // 10.045 + sqrt(2.205² + 19²)
        double expectedEll = 10.045 + Math.sqrt(2.205 * 2.205 + 19.0 * 19.0);
        assertEquals(expectedEll, r.ell(), EIGEN_TOLERANCE * expectedEll);
        double[] hs = r.study().hs();
        assertEquals(5, hs.length);
        assertEquals(1e-3 / expectedEll, hs[0], 1e-12 / expectedEll);
        assertEquals(1e-2 / expectedEll, hs[4], 1e-11 / expectedEll);
        double[] exact = r.study().curve(Method.EXACT).errors();
        double[] modified = r.study().curve(Method.MODIFIED).errors();
        double[] modified2 = r.study().curve(Method.MODIFIED2).errors();
        for (int i = 0; i < hs.length; i++) {
            assertTrue(modified2[i] < modified[i] && modified[i] < exact[i],
                    "higher-order flows are closer to GD after one step at h = " + hs[i]);
        }
    }
}
