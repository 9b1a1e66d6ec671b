package org.igrexplorer.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.experiment.BackwardError;
import org.junit.jupiter.api.Test;

class BackwardErrorPanelTest {

    /** The acceptance tolerance on the fitted slopes. */
    private static final double SLOPE_TOLERANCE = 0.1;
    private static final double EIGEN_TOLERANCE = 1e-12;

    @Test
    void slopesAreTwoThreeFourAtTheDefaultPreset() {
        BackwardErrorPanel.Result r = BackwardErrorPanel.compute(RunParameters.DEFAULT, BackwardErrorPanel.DEFAULT_COUNT);
        assertEquals(2.0, r.slopes().exact(), SLOPE_TOLERANCE);
        assertEquals(3.0, r.slopes().modified(), SLOPE_TOLERANCE);
        assertEquals(4.0, r.slopes().modified2(), SLOPE_TOLERANCE);
    }

    @Test
    void learningRatesSpanOneDecadeBelowOneHundredthOfTheInverseCurvature() {
        BackwardErrorPanel.Result r = BackwardErrorPanel.compute(RunParameters.DEFAULT, 5);
        // Hessian at (2.8, 3.5), x = 1, y = 0.6: [[12.25, 19], [19, 7.84]]; top eigenvalue
        // 10.045 + sqrt(2.205² + 19²)
        double expectedEll = 10.045 + Math.sqrt(2.205 * 2.205 + 19.0 * 19.0);
        assertEquals(expectedEll, r.ell(), EIGEN_TOLERANCE * expectedEll);
        BackwardError.OneStep[] s = r.study();
        assertEquals(5, s.length);
        assertEquals(1e-3 / expectedEll, s[0].h(), 1e-12 / expectedEll);
        assertEquals(1e-2 / expectedEll, s[4].h(), 1e-11 / expectedEll);
        for (BackwardError.OneStep o : s) {
            assertTrue(o.modified2() < o.modified() && o.modified() < o.exact(),
                    "higher-order flows are closer to GD after one step: " + o);
        }
    }
}
