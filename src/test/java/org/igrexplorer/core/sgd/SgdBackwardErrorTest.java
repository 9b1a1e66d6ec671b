package org.igrexplorer.core.sgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(3.0, r.slopes().sgdModified(), SLOPE_TOL, "against Ẽ_SGD");
        assertEquals(2.0, r.slopes().modified(), SLOPE_TOL, "against GD's Ẽ");
        assertEquals(2.0, r.slopes().exact(), SLOPE_TOL, "against the flow of E");
        for (SgdBackwardError.OneEpoch e : r.study()) {
            assertTrue(e.sgdModified() < e.modified() && e.modified() < e.exact(), "Ẽ_SGD closest at h = " + e.h());
        }
    }

    @Test
    void withTheFullBatchGdsModifiedFlowIsThirdOrderToo() {
        SgdBackwardError.Result r = SgdBackwardError.compute(FOUR, 4, new double[] {1.5, 0.5}, 7);
        assertEquals(3.0, r.slopes().modified(), SLOPE_TOL);
        assertEquals(3.0, r.slopes().sgdModified(), SLOPE_TOL);
        for (SgdBackwardError.OneEpoch e : r.study()) {
            assertEquals(e.modified(), e.sgdModified(), 1e-3 * e.modified(), "B = n: the same flow");
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
