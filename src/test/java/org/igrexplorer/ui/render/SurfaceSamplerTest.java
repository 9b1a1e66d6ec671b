package org.igrexplorer.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.plot.Colormap;
import org.junit.jupiter.api.Test;

/** Heights and colour image of the 3D surface against the mapping evaluated independently. */
class SurfaceSamplerTest {

    private static final RunParameters P = RunParameters.DEFAULT;
    private static final ViewBox BOX = P.landscape().frame(P.a0(), P.b0());
    /** World units (heights are stored as float). */
    private static final double HEIGHT_TOL = 1e-4;

    @Test
    void nodeHeightsAreTheMappedLossAtTheGridPoints() {
        for (HeightMode mode : HeightMode.values()) {
            SceneMapping map = new SceneMapping(P.landscape(), BOX, mode);
            int n = 33;
            HeightGrid g = SurfaceSampler.heights(map, n);
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double a = BOX.aMin() + BOX.width() * i / (n - 1);
                    double b = BOX.bMin() + BOX.height() * j / (n - 1);
                    assertEquals(-map.height(P.landscape().value(a, b)), g.y(i, j), HEIGHT_TOL);
                    assertEquals(map.worldX(a), g.x(i), 1e-9);
                    assertEquals(map.worldZ(b), g.z(j), 1e-9);
                    // the lookup a mesh generator uses finds the node from slightly rounded coordinates
                    assertEquals(g.y(i, j), g.nodeY(g.x(i) + 1e-4, g.z(j) - 1e-4));
                }
            }
        }
    }

    @Test
    void textureTexelsShowTheColourOfLogEAtTheirCentres() {
        SceneMapping map = new SceneMapping(P.landscape(), BOX, HeightMode.LOG);
        int size = 128;
        // 2·size + 1 nodes put a node on every texel centre, so the texel is E's colour there exactly
        SurfaceTexture t = SurfaceSampler.texture(map, 2 * size + 1, size);
        int plain = 0;
        for (int j = 0; j < size; j += 7) {
            for (int i = 0; i < size; i += 5) {
                double a = BOX.aMin() + BOX.width() * (i + 0.5) / size;
                double b = BOX.bMin() + BOX.height() * (j + 0.5) / size;
                double expected = map.colour(P.landscape().value(a, b));
                assertEquals(expected, t.level()[j * size + i], 1e-6, "texel " + i + "," + j);
                int argb = t.argb()[j * size + i];
                int lut = Colormap.argb(t.level()[j * size + i]);
                if (argb == lut) {
                    plain++;
                } else {
                    // on a contour line: darker, never lighter
                    assertTrue((argb & 255) < (lut & 255) && (argb >> 8 & 255) < (lut >> 8 & 255), "darkened");
                }
            }
        }
        assertTrue(plain > 0.6 * (size / 7 + 1) * (size / 5 + 1), "most texels are off the lines: " + plain);
    }

    @Test
    void contourLinesLieOnTheLevelsAndFadeBetweenThem() {
        // log₁₀ s = u·4 − 2 on [0, 1]: levels every half decade are at u = (k/2 + 2)/4
        int size = 400;
        double[] l = {-2, 2, -2, 2};
        SurfaceTexture t = SurfaceTexture.paint(size, 2, 2, l, -2, 2, 0, 0.5);
        int row = 200 * size;
        // texel centre u = (i + ½)/400 sits on log = 0 (a level) for i = 199.5: texels 199 and 200 are on it
        int onLine = t.argb()[row + 200];
        int between = t.argb()[row + 225]; // log = 0.255: a quarter decade from both levels
        assertTrue((onLine & 255) < (Colormap.argb(t.level()[row + 200]) & 255), "the level is drawn");
        assertEquals(Colormap.argb(t.level()[row + 225]), between, "midway between levels: the plain colour");
        for (int i = 0; i < size; i += 37) {
            // a linear field is interpolated exactly: t = (log − lo)/(hi − lo) = u at the texel centre
            assertEquals((i + 0.5) / size, t.level()[row + i], 1e-6);
        }
    }

    @Test
    void badSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SurfaceTexture.paint(1, 2, 2, new double[4], 0, 1, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> SurfaceTexture.paint(8, 2, 2, new double[3], 0, 1, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new HeightGrid(1, 2, new float[2]));
    }
}
