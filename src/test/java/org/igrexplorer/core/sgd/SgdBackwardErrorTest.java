package org.igrexplorer.core.sgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.experiment.ErrorStudy;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The one-epoch error of the exact mean SGD iterate (all 4! orders) with 4 points, over h·λ_max ∈ [1e-3, 1e-2] at
 * the start ({@link SgdBackwardError#LOW}, {@link SgdBackwardError#HIGH}: the range of the GD backward-error panel).
 */
class SgdBackwardErrorTest {

    /** The tolerance on the fitted slopes. */
    private static final double SLOPE_TOL = 0.15;
    private static final DataSetLoss FOUR = DataSetLoss.paper(DataSet.preset("four").data());

    @ParameterizedTest
    @CsvSource({"1, 1.5, 0.5", "2, 1.5, 0.5", "1, 2.8, 3.5", "2, 2.8, 3.5"})
    void theMeanIterateFollowsTheSgdModifiedFlowToThirdOrder(int batch, double a0, double b0) {
        assertEquals(1e-3, SgdBackwardError.LOW);
        assertEquals(1e-2, SgdBackwardError.HIGH);
        SgdBackwardError.Result r = SgdBackwardError.compute(FOUR, batch, new double[] {a0, b0},
                SgdBackwardError.DEFAULT_COUNT);
        ErrorStudy s = r.study();
        assertEquals(SgdBackwardError.DEFAULT_COUNT, s.size());
        assertEquals(3.0, s.slope(Method.SGD_MODIFIED), SLOPE_TOL, "against Ẽ_SGD");
        assertEquals(2.0, s.slope(Method.MODIFIED), SLOPE_TOL, "against GD's Ẽ");
        assertEquals(2.0, s.slope(Method.EXACT), SLOPE_TOL, "against the flow of E");
        assertEquals(List.of(2, 2, 3), s.curves().stream().map(ErrorStudy.Curve::expectedSlope).toList());
        double[] ex = s.curve(Method.EXACT).errors();
        double[] mod = s.curve(Method.MODIFIED).errors();
        double[] sgd = s.curve(Method.SGD_MODIFIED).errors();
        for (int i = 0; i < s.size(); i++) {
            assertTrue(sgd[i] < mod[i] && mod[i] < ex[i], "Ẽ_SGD closest at h = " + s.hs()[i]);
        }
        // the h range is h·λ_max ∈ [LOW, HIGH] at the start
        assertEquals(SgdBackwardError.LOW, s.hs()[0] * r.ell(), 1e-12);
        assertEquals(SgdBackwardError.HIGH, s.hs()[s.size() - 1] * r.ell(), 1e-12);
    }

    @Test
    void withTheFullBatchGdsModifiedFlowIsThirdOrderToo() {
        SgdBackwardError.Result r = SgdBackwardError.compute(FOUR, 4, new double[] {1.5, 0.5}, 7);
        ErrorStudy s = r.study();
        assertEquals(3.0, s.slope(Method.MODIFIED), SLOPE_TOL);
        assertEquals(3.0, s.slope(Method.SGD_MODIFIED), SLOPE_TOL);
        assertEquals(3, s.curve(Method.MODIFIED).expectedSlope());
        double[] mod = s.curve(Method.MODIFIED).errors();
        double[] sgd = s.curve(Method.SGD_MODIFIED).errors();
        for (int i = 0; i < s.size(); i++) {
            assertEquals(mod[i], sgd[i], 1e-3 * mod[i], "B = n: the same flow");
        }
    }

    @Test
    void moreThanEightPointsAreRefused() {
        DataSetLoss nine = DataSetLoss.paper(DataSet.random(9, 0.6, 0.3, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SgdBackwardError.compute(nine, 1, new double[] {1.5, 0.5}, 5));
        assertTrue(e.getMessage().contains("n ≤ 8") && e.getMessage().contains("n = 9"), e.getMessage());
    }
}
