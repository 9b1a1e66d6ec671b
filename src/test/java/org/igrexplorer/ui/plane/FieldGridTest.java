package org.igrexplorer.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.ui.plot.Contours;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.render.SceneMapping;
import org.junit.jupiter.api.Test;

/** The plane's field on E = a² + b², whose contours of log₁₀E are circles of radius √(10^level). */
class FieldGridTest {

    /**
     * Linear interpolation of log₁₀E between samples h = 0.04 apart puts the crossing this close (in log₁₀E) where
     * r ≥ 0.5: the error is about h²/8 · (2/ln 10)/r² ≤ 7e-4 there.
     */
    private static final double LOG_TOL = 2e-3;
    /** Levels closer to the minimum curve too fast for the grid (log₁₀ r² below this, r &lt; 0.56). */
    private static final double LOWEST_CHECKED_LEVEL = -0.5;

    @Test
    void everyContourLevelIsTheCircleOfItsLevel() {
        Landscape l = LandscapeSpec.typed("a^2 + b^2", Map.of()).landscape();
        ViewBox box = new ViewBox(-4, 4, -4, 4);
        FieldGrid f = FieldGrid.compute(new SceneMapping(l, box, HeightMode.LOG), box, 201);
        assertEquals(201, f.size());
        assertEquals(Math.log10(2 * 4.0 * 4.0), f.logLoss(200, 200), 1e-12, "corner node (4, 4)");
        assertEquals(Math.log10(4.0 * 4.0), f.logLoss(200, 100), 1e-12, "node (4, 0)");
        double first = Math.ceil(f.logLo() / Contours.LOG_STEP) * Contours.LOG_STEP;
        assertTrue(f.contours().size() >= 3, "levels: " + f.contours().size());
        int checked = 0;
        for (int k = 0; k < f.contours().size(); k++) {
            double level = first + k * Contours.LOG_STEP;
            if (level < LOWEST_CHECKED_LEVEL) {
                continue;
            }
            double[] seg = f.contours().get(k);
            for (int i = 0; i + 1 < seg.length; i += 2) {
                double r2 = seg[i] * seg[i] + seg[i + 1] * seg[i + 1];
                assertEquals(level, Math.log10(r2), LOG_TOL, "level " + level + " at (" + seg[i] + ", " + seg[i + 1] + ")");
                checked++;
            }
        }
        assertTrue(checked > 500, "points checked: " + checked);
    }

    @Test
    void theStabilityRegionIsTheWholeBoxBelowHEqualsOneAndNothingAbove() {
        // λ_max(H) = 2 everywhere: h·λ_max < 2 exactly when h < 1
        Landscape l = LandscapeSpec.typed("a^2 + b^2", Map.of()).landscape();
        ViewBox box = new ViewBox(-1, 1, -1, 1);
        FieldGrid f = FieldGrid.compute(new SceneMapping(l, box, HeightMode.LOG), box, 21);
        assertEquals(2.0, f.lambdaMax(3, 7), 1e-9);
        assertEquals(70, f.stableImage(0.5).getRGB(10, 10) >>> 24, "translucent tint where GD can settle");
        assertEquals(0, f.stableImage(1.5).getRGB(10, 10) >>> 24, "transparent where it cannot");
    }
}
