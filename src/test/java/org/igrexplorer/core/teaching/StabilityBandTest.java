package org.igrexplorer.core.teaching;

import org.igrexplorer.core.loss.StabilityArc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StabilityBandTest {

    /** The ends solve h·x²(a²+b²) = 2 in closed form: only rounding separates them from 2. */
    private static final double END_TOLERANCE = 1e-12;
    /** Relative step just outside an end where the stability number must exceed 2. */
    private static final double OUTSIDE = 1e-6;

    @ParameterizedTest
    @CsvSource({"1.0, 0.6, 0.05", "1.0, 0.6, 1.5", "2.0, -0.3, 0.2", "-0.7, 1.1, 0.9"})
    void endsAreWhereTheStabilityNumberIsTwoAndTheInsideIsBelow(double x, double y, double h) {
        TwoParameterModel model = new TwoParameterModel(x, y);
        List<StabilityArc> arcs = model.stabilityArcs(h).orElseThrow();
        assertEquals(2, arcs.size());
        double c = y / x;
        for (StabilityArc arc : arcs) {
            for (double[] end : new double[][] {arc.from(), arc.to()}) {
                assertEquals(c, end[0] * end[1], END_TOLERANCE * Math.abs(c), "end on the hyperbola");
                assertEquals(2.0, model.minimaStabilityNumber(h, end[0], end[1]), END_TOLERANCE);
                assertEquals(0.0, model.loss(end[0], end[1]), 1e-24);
            }
            double[][] pts = arc.sample(33);
            for (int i = 1; i < pts.length - 1; i++) {
                assertTrue(model.minimaStabilityNumber(h, pts[i][0], pts[i][1]) < 2.0, "inside point " + i);
                assertEquals(c, pts[i][0] * pts[i][1], END_TOLERANCE * Math.abs(c));
            }
            // just beyond each end (along the hyperbola) GD cannot settle
            double[] lo = arc.from();
            double[] hi = arc.to();
            double aOut1 = lo[0] * (1 - OUTSIDE);
            double aOut2 = hi[0] * (1 + OUTSIDE);
            assertTrue(model.minimaStabilityNumber(h, aOut1, c / aOut1) > 2.0);
            assertTrue(model.minimaStabilityNumber(h, aOut2, c / aOut2) > 2.0);
        }
        assertTrue(arcs.get(0).from()[0] > 0 && arcs.get(1).from()[0] < 0, "one arc per branch");
    }

    @Test
    void theBandClosesAtTheCriticalLearningRate() {
        TwoParameterModel model = new TwoParameterModel(1.0, 0.6);
        double hc = model.criticalH();
        assertEquals(1.0 / 0.6, hc, 1e-15);
        assertEquals(2, model.stabilityArcs(hc * (1 - 1e-9)).orElseThrow().size());
        assertTrue(model.stabilityArcs(hc * (1 + 1e-9)).orElseThrow().isEmpty());
        // near closing, the arc shrinks to the flattest minimum |a| = |b| = sqrt(0.6)
        StabilityArc arc = model.stabilityArcs(hc * (1 - 1e-9)).orElseThrow().get(0);
        assertEquals(Math.sqrt(0.6), arc.from()[0], 1e-3);
        assertEquals(Math.sqrt(0.6), arc.to()[0], 1e-3);
    }

    @Test
    void withYZeroTheBandIsTwoAxisSegments() {
        TwoParameterModel model = new TwoParameterModel(2.0, 0.0);
        List<StabilityArc> arcs = model.stabilityArcs(0.125).orElseThrow();
        assertEquals(2, arcs.size());
        // h x² a² = 2 at |a| = sqrt(2 / (0.125·4)) = 2
        assertEquals(-2.0, arcs.get(0).from()[0], 1e-15);
        assertEquals(2.0, arcs.get(0).to()[0], 1e-15);
        assertEquals(2.0, arcs.get(1).to()[1], 1e-15);
        assertTrue(arcs.get(0) instanceof StabilityArc.Segment);
        assertTrue(new TwoParameterModel(0.0, 1.0).stabilityArcs(0.1).orElseThrow().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> model.stabilityArcs(0.0).orElseThrow());
    }
}
