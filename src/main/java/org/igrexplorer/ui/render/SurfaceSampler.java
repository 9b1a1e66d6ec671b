package org.igrexplorer.ui.render;

import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.ui.plot.Contours;

/**
 * Samples a two-parameter landscape for the 3D surface, off the FX thread: the world heights on an n × n
 * grid over the view box ({@link SceneMapping#height}) and the colour image draped over it
 * ({@link SurfaceTexture}: the same log colour scale and half-decade contour levels as the plane). The
 * 3D view turns the heights into a mesh with FXyz3D. Pure computation, safe on any thread.
 */
public final class SurfaceSampler {

    private SurfaceSampler() {
    }

    /**
     * @param mapping model, box and height scale
     * @param n       nodes per side, ≥ 2
     * @return the heights, node (i, j) at (a_i, b_j) = the box's corners and n − 1 equal steps between
     */
    public static HeightGrid heights(SceneMapping mapping, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 vertices per side");
        }
        ViewBox box = mapping.box();
        var landscape = mapping.landscape();
        float[] y = new float[n * n];
        for (int j = 0; j < n; j++) {
            double b = box.bMin() + box.height() * j / (n - 1);
            for (int i = 0; i < n; i++) {
                double a = box.aMin() + box.width() * i / (n - 1);
                y[j * n + i] = (float) -mapping.height(landscape.value(a, b));
            }
        }
        return new HeightGrid(n, n, y);
    }

    /**
     * @param mapping model, box and colour scale
     * @param nodes   samples of E per side (the texture interpolates between them)
     * @param size    texels per side
     * @return the colour of log₁₀ of the shown loss at each texel centre, with the plane's contour lines
     */
    public static SurfaceTexture texture(SceneMapping mapping, int nodes, int size) {
        ViewBox box = mapping.box();
        var landscape = mapping.landscape();
        double[] l = new double[nodes * nodes];
        for (int j = 0; j < nodes; j++) {
            double b = box.bMin() + box.height() * j / (nodes - 1);
            for (int i = 0; i < nodes; i++) {
                l[j * nodes + i] = mapping.colourLevel(landscape.value(box.aMin() + box.width() * i / (nodes - 1), b));
            }
        }
        return SurfaceTexture.paint(size, nodes, nodes, l, mapping.colourLogLo(), mapping.colourLogHi(), 0,
                Contours.LOG_STEP);
    }
}
