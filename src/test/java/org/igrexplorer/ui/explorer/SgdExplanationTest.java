package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SgdExplanationTest {

    @Test
    void theWeightIsTheIssuesFactorForThePapersModel() {
        // (n − B)/(B(n − 1)): n = 4, B = 1 gives 3/3 = 1; B = 2 gives 2/6 = 1/3; n = 8, B = 2 gives 6/14
        assertTrue(SgdExplanation.line(true, 4, 1).contains("(a² + b²)·1·var(xᵢrᵢ)"), SgdExplanation.line(true, 4, 1));
        assertTrue(SgdExplanation.line(true, 4, 2).contains("·0.333·"), SgdExplanation.line(true, 4, 2));
        assertTrue(SgdExplanation.line(true, 8, 2).contains("·0.429·"), SgdExplanation.line(true, 8, 2));
        assertTrue(SgdExplanation.line(false, 8, 2).contains("(h/4)·0.429·Γ"), SgdExplanation.line(false, 8, 2));
    }

    @Test
    void fullBatchAndOnePointHaveNoSgdTerm() {
        assertTrue(SgdExplanation.line(true, 4, 4).contains("no SGD term"));
        assertTrue(SgdExplanation.line(false, 1, 1).contains("no SGD term"));
    }
}
