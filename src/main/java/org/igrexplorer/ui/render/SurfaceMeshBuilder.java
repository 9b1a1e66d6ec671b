package org.igrexplorer.ui.render;

import org.igrexplorer.core.loss.ViewBox;

/**
 * Builds the loss surface as a regular n × n grid mesh over the view box: E from the landscape, heights by
 * {@link SceneMapping#height}, one texture coordinate per vertex, u = log-scaled loss colour (for a
 * 256 × 1 colormap texture), so that the colour varies smoothly across each triangle. Pure
 * computation, safe on any thread.
 */
public final class SurfaceMeshBuilder {

    private SurfaceMeshBuilder() {
    }

    /**
     * @param mapping model, box and height scale
     * @param n       vertices per side, ≥ 2
     * @return the mesh, 2(n−1)² triangles
     */
    public static MeshData build(SceneMapping mapping, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 vertices per side");
        }
        ViewBox box = mapping.box();
        float[] points = new float[n * n * 3];
        float[] tex = new float[n * n * 2];
        var landscape = mapping.landscape();
        // half a texel in from each end so that linear filtering never wraps to the other end
        final double uLo = 0.5 / 256;
        final double uSpan = 1 - 2 * uLo;
        for (int j = 0; j < n; j++) {
            double b = box.bMin() + box.height() * j / (n - 1);
            float wz = (float) mapping.worldZ(b);
            for (int i = 0; i < n; i++) {
                double a = box.aMin() + box.width() * i / (n - 1);
                double e = landscape.value(a, b);
                int k = j * n + i;
                points[3 * k] = (float) mapping.worldX(a);
                points[3 * k + 1] = (float) -mapping.height(e);
                points[3 * k + 2] = wz;
                tex[2 * k] = (float) (uLo + uSpan * mapping.colour(e));
                tex[2 * k + 1] = 0.5f;
            }
        }
        int[] faces = new int[(n - 1) * (n - 1) * 12];
        int f = 0;
        for (int j = 0; j < n - 1; j++) {
            for (int i = 0; i < n - 1; i++) {
                int p00 = j * n + i;
                int p10 = p00 + 1;
                int p01 = p00 + n;
                int p11 = p01 + 1;
                f = tri(faces, f, p00, p01, p10);
                f = tri(faces, f, p10, p01, p11);
            }
        }
        return new MeshData(points, tex, faces);
    }

    private static int tri(int[] faces, int f, int a, int b, int c) {
        faces[f] = a;
        faces[f + 1] = a;
        faces[f + 2] = b;
        faces[f + 3] = b;
        faces[f + 4] = c;
        faces[f + 5] = c;
        return f + 6;
    }
}
