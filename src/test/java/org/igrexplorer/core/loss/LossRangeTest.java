package org.igrexplorer.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.junit.jupiter.api.Test;

/** A flat loss (issue 18 #20): found by sampling, said once, and each curve says it stayed at the start. */
class LossRangeTest {

    private static final ViewBox BOX = ViewBox.square(4);
    private static final int N = 41;

    @Test
    void thePapersModelWithXZeroIsFlatAtYSquaredOverTwo() {
        LossRange r = LossRange.sample(new TwoParameterModel(0.0, 0.6), BOX, N);
        assertTrue(r.flat());
        assertEquals(0.6 * 0.6 / 2, r.lo(), 1e-15, "E = y²/2");
        assertEquals("0.18", r.flatValue());
        assertTrue(r.flatSentence().startsWith("The loss is flat: E = 0.18 everywhere"), r.flatSentence());
        LossRange sloped = LossRange.sample(new TwoParameterModel(1e-3, 0.6), BOX, N);
        assertFalse(sloped.flat(), "x = 0.001 still tilts the loss: " + sloped);
    }

    @Test
    void aTypedLossWithoutAOrBIsFlatAndOneThatCancelsToo() {
        assertTrue(LossRange.sample(LandscapeSpec.typed("0.18", Map.of()).landscape(), BOX, N).flat());
        assertTrue(LossRange.sample(LandscapeSpec.typed("a - a + 2", Map.of()).landscape(), BOX, N).flat());
        LossRange zero = LossRange.sample(LandscapeSpec.typed("0*a*b", Map.of()).landscape(), BOX, N);
        assertTrue(zero.flat());
        assertEquals("0", zero.flatValue());
        assertFalse(LossRange.sample(LandscapeSpec.typed("(1-a)^2 + 10*(b-a^2)^2", Map.of()).landscape(), BOX, N)
                .flat());
    }

    @Test
    void nothingFiniteIsNotFlat() {
        LossRange none = new LossRange(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertFalse(none.finite());
        assertFalse(none.flat());
    }

    @Test
    void theValueIsWrittenShort() {
        assertEquals("150", new LossRange(150, 150).flatValue());
        assertEquals("1e-7", new LossRange(1e-7, 1e-7).flatValue());
        assertEquals("1.2e5", new LossRange(1.2e5, 1.2e5).flatValue());
        assertEquals("-0.5", new LossRange(-0.5, -0.5).flatValue());
    }

    @Test
    void onAFlatLossEveryCurveSaysItStayedNotThatItConverged() {
        RunParameters flat = RunParameters.paper(0.0, 0.6, 2.8, 3.5, 0.05, 0.5, 400);
        LossRange r = LossRange.sample(flat.landscape(), BOX, N);
        for (Trajectory t : TrajectoryService.computeAll(Method.PAPER, flat, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT).values()) {
            assertEquals(LossRange.STAYS_AT_START, t.message(r), t.method().label());
            assertEquals(2.8, t.a(t.lastStep()), 0, "no step moves it");
        }
        RunParameters sloped = RunParameters.paper(1.0, 0.6, 2.8, 3.5, 0.05, 0.5, 400);
        LossRange s = LossRange.sample(sloped.landscape(), BOX, N);
        for (Trajectory t : TrajectoryService.computeAll(Method.PAPER, sloped, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT).values()) {
            assertEquals(t.message(), t.message(s), "a sloped loss keeps the recorder's words");
        }
    }
}
