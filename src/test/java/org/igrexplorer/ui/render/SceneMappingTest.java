package org.igrexplorer.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.plane.FieldGrid;
import org.igrexplorer.ui.plot.Colormap;
import org.junit.jupiter.api.Test;

/** The height and colour a landscape gets in 3D (and in the plane's heatmap), on flat and sloped losses. */
class SceneMappingTest {

    private static final ViewBox BOX = ViewBox.square(4);
    /** World units (the surface's heights are floats). */
    private static final double HEIGHT_TOL = 1e-4;

    /**
     * Issue 18: a flat loss was drawn as a lid at the full height (E = y²/2 is the largest value on the box, so
     * the top of the scale) for x = 0, but on the floor for a typed constant. Every flat loss is now one level
     * surface at mid-height in the middle colour, its height axis labelled by the one value.
     */
    @Test
    void everyFlatLossIsOneLevelSurfaceAtMidHeightInOneColourWithItsValueOnTheHeightAxis() {
        Map<String, Landscape> flat = Map.of(
                "0.18", new TwoParameterModel(0.0, 0.6),
                "0.18 typed", LandscapeSpec.typed("0.18", Map.of()).landscape(),
                "-1.5", LandscapeSpec.typed("b - b - 1.5", Map.of()).landscape(),
                "0", LandscapeSpec.typed("0*a*b", Map.of()).landscape());
        int colour = Colormap.argb(0.5);
        for (var entry : flat.entrySet()) {
            for (HeightMode mode : HeightMode.values()) {
                String what = entry.getKey() + " " + mode;
                SceneMapping map = new SceneMapping(entry.getValue(), BOX, mode);
                HeightGrid g = SurfaceSampler.heights(map, 17);
                for (int j = 0; j < 17; j++) {
                    for (int i = 0; i < 17; i++) {
                        assertEquals(-SceneMapping.HEIGHT / 2, g.y(i, j), HEIGHT_TOL, what + " node " + i + "," + j);
                    }
                }
                assertTrue(map.flat(), what);
                assertFalse(map.shifted(), what + ": the shown quantity is E itself");
                List<SceneMapping.HeightTick> ticks = map.heightTicks();
                assertEquals(1, ticks.size(), what + ": one value, one tick " + ticks);
                assertEquals(SceneMapping.HEIGHT / 2, ticks.get(0).height(), 0.0, what);
                assertEquals(entry.getKey().split(" ")[0], ticks.get(0).text(), what);
                assertEquals("E (flat)", map.heightTitle(), what);

                SurfaceTexture tex = SurfaceSampler.texture(map, 33, 32);
                for (int k = 0; k < tex.argb().length; k++) {
                    assertEquals(colour, tex.argb()[k], what + " texel " + k + ": the middle colour, no contour");
                }
                FieldGrid field = FieldGrid.compute(map, BOX, 20);
                assertEquals(colour, field.image().getRGB(0, 0), what + ": the plane's heatmap in the same colour");
                assertEquals(colour, field.image().getRGB(19, 19), what);
            }
        }
    }

    /** The height ticks of a sloped loss: 0 on the floor, the decades up to the top, each at its own height. */
    @Test
    void aSlopedLossGetsZeroAndItsDecadesUpTheHeightAxis() {
        RunParameters p = RunParameters.DEFAULT;
        SceneMapping map = new SceneMapping(p.landscape(), p.landscape().frame(p.a0(), p.b0()), HeightMode.LOG);
        assertFalse(map.flat());
        List<SceneMapping.HeightTick> ticks = map.heightTicks();
        assertEquals(0.0, ticks.get(0).height(), 0.0);
        assertEquals("0", ticks.get(0).text());
        assertTrue(ticks.size() >= 3, ticks.toString());
        for (int k = 1; k < ticks.size(); k++) {
            SceneMapping.HeightTick t = ticks.get(k);
            assertTrue(t.height() > ticks.get(k - 1).height() && t.height() <= SceneMapping.HEIGHT, ticks.toString());
            double e = Double.parseDouble(t.text().replace("−", "-"));
            assertEquals(map.height(e), t.height(), 1e-9, "tick " + t.text() + " sits at its loss's height");
        }
        assertEquals("E (log height)", map.heightTitle());
        assertTrue(SurfaceSampler.heights(map, 9).y(4, 4) != SurfaceSampler.heights(map, 9).y(0, 0), "not level");
    }
}
