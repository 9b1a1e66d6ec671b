package org.igrexplorer.ui.explorer;

import static org.igrexplorer.ui.Fx3dSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.Fx3dSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Renders the real 3D view (GTK + ES2; under Xvfb with -Dprism.forceGPU=true) and checks the
 * pixels. With CI=true a missing display or missing 3D fails the test instead of skipping it.
 */
@Tag("fx-3d")
class SurfaceView3DTest {

    private static final int W = 900;
    private static final int H = 700;
    /** Fraction of the central region that must be surface (non-background) pixels. */
    private static final double MIN_SURFACE_FRACTION = 0.5;
    /** Distinct colours (quantised to 4 bits per channel) the surface must show. */
    private static final int MIN_DISTINCT_COLOURS = 12;
    /** Max distance in RGB for a lit pixel to count as a trajectory colour (shading changes brightness). */
    private static final double HUE_TOL = 0.06;
    /** Least number of pixels of each trajectory colour. */
    private static final int MIN_CURVE_PIXELS = 15;

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx3dSupport.startToolkit();
    }

    /** @return hue-like chromaticity (r, g, b)/(r+g+b) distance */
    private static double chromaDistance(int argb, java.awt.Color c) {
        double r = argb >> 16 & 255;
        double g = argb >> 8 & 255;
        double b = argb & 255;
        double s = r + g + b;
        double cs = c.getRed() + c.getGreen() + c.getBlue();
        if (s < 60) {
            return 1;
        }
        return Math.abs(r / s - c.getRed() / cs) + Math.abs(g / s - c.getGreen() / cs) + Math.abs(b / s - c.getBlue() / cs);
    }

    @Test
    void snapshotShowsTheSurfaceAndTheTrajectoryColours() throws Exception {
        Fx3dSupport.require3d();
        WritableImage img = onFx(() -> {
            ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, Runnable::run);
            SurfaceView view = new SurfaceView(vm);
            Scene scene = new Scene(view, W, H);
            view.applyCss();
            view.layout();
            return scene.snapshot(null);
        });
        assertEquals(W, (int) img.getWidth());
        PixelReader px = img.getPixelReader();
        // central region where the surface sits at the default view
        int x0 = W / 4;
        int x1 = 3 * W / 4;
        int y0 = H / 3;
        int y1 = 2 * H / 3;
        int total = 0;
        int surface = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int argb = px.getArgb(x, y);
                total++;
                if ((argb & 0xFFFFFF) != 0xFFFFFF) {
                    surface++;
                    colours.add((argb >> 20 & 15) << 8 | (argb >> 12 & 15) << 4 | (argb >> 4 & 15));
                }
            }
        }
        double frac = surface / (double) total;
        assertTrue(frac > MIN_SURFACE_FRACTION, "surface covers the centre: " + frac);
        assertTrue(colours.size() >= MIN_DISTINCT_COLOURS, "smooth colours, got " + colours.size());
        for (Method m : new Method[] {Method.GD, Method.EXACT}) {
            int n = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    if (chromaDistance(px.getArgb(x, y), MethodPalette.awt(m)) < HUE_TOL) {
                        n++;
                    }
                }
            }
            assertTrue(n >= MIN_CURVE_PIXELS, m + " colour visible in the 3D view: " + n + " pixels");
        }
    }
}
