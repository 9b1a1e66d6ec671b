package org.igrexplorer.ui.network;

import java.util.List;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.core.mlp.landscape.PathPoint;
import org.igrexplorer.core.mlp.landscape.PlaneGrid;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.TubeMeshBuilder;

/**
 * The world geometry of a network landscape for the 3D view, built off the FX thread: α → X and
 * β → Z over [−{@value #HALF}, {@value #HALF}] each, height −Y ∝ log E from the grid's least to its
 * largest loss over [0, {@value #HEIGHT}], colour u by the same log scale (for the 256 × 1 colormap
 * texture), each path on the surface (bilinear in the grid, lifted a little) as a tube with an
 * octahedron per snapshot. Immutable.
 *
 * @param surface the grid mesh
 * @param paths one tube-and-markers mesh per path, in the order of the landscape's paths
 * @param ends per path, the world points of its start and end: {x0, y0, z0, x1, y1, z1}
 * @param caption what the view shows, for its key (the run, the loss range, the paths' colours)
 */
public record NetworkLandscapeScene(MeshData surface, List<MeshData> paths, List<double[]> ends, String caption) {

    /** Half the world width and depth of the grid. */
    public static final double HALF = 200;
    /** World height of the largest loss. */
    public static final double HEIGHT = 150;
    /** Paths float this far above the surface (world units) so the mesh does not hide them. */
    static final double LIFT = 2.5;

    /** Builds the scene of {@code land}. */
    public static NetworkLandscapeScene of(NetworkLandscape land) {
        PlaneGrid g = land.grid();
        double lo = Math.log10(g.minLoss());
        double hi = Math.log10(g.maxLoss());
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        int na = g.nAlpha();
        int nb = g.nBeta();
        float[] points = new float[na * nb * 3];
        float[] tex = new float[na * nb * 2];
        final double uLo = 0.5 / 256;
        final double uSpan = 1 - 2 * uLo;
        for (int j = 0; j < nb; j++) {
            for (int i = 0; i < na; i++) {
                int k = j * na + i;
                double t = level(g.loss(i, j), lo, hi);
                points[3 * k] = (float) x(g, g.alpha(i));
                points[3 * k + 1] = (float) (-HEIGHT * t);
                points[3 * k + 2] = (float) z(g, g.beta(j));
                tex[2 * k] = (float) (uLo + uSpan * t);
                tex[2 * k + 1] = 0.5f;
            }
        }
        int[] faces = new int[(na - 1) * (nb - 1) * 12];
        int f = 0;
        for (int j = 0; j < nb - 1; j++) {
            for (int i = 0; i < na - 1; i++) {
                int p00 = j * na + i;
                int p10 = p00 + 1;
                int p01 = p00 + na;
                int p11 = p01 + 1;
                f = tri(faces, f, p00, p01, p10);
                f = tri(faces, f, p10, p01, p11);
            }
        }
        MeshData surface = new MeshData(points, tex, faces);
        List<MeshData> paths = new java.util.ArrayList<>();
        List<double[]> ends = new java.util.ArrayList<>();
        for (var p : land.paths()) {
            List<PathPoint> pts = p.points();
            double[] xyz = new double[pts.size() * 3];
            TubeMeshBuilder tube = new TubeMeshBuilder();
            for (int i = 0; i < pts.size(); i++) {
                PathPoint q = pts.get(i);
                double e = g.interpolate(q.alpha(), q.beta());
                xyz[3 * i] = x(g, q.alpha());
                xyz[3 * i + 1] = -HEIGHT * level(e, lo, hi) - LIFT;
                xyz[3 * i + 2] = z(g, q.beta());
                tube.marker(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], 2.2);
            }
            tube.polyline(xyz, 1.0);
            paths.add(tube.build());
            int last = 3 * (pts.size() - 1);
            ends.add(new double[] {xyz[0], xyz[1], xyz[2], xyz[last], xyz[last + 1], xyz[last + 2]});
        }
        StringBuilder caption = new StringBuilder(String.format(java.util.Locale.ROOT,
                "Loss on the PCA plane of %s: height and colour log E, from %.3g (low, light) to %.3g (high, dark); "
                        + "α along d₁ (%.1f%%) left to right, β along d₂ (%.1f%%) front to back.",
                land.paths().get(0).label(), g.minLoss(), g.maxLoss(), 100 * land.plane().ratio1(),
                100 * land.plane().ratio2()));
        for (int k = 0; k < land.paths().size(); k++) {
            caption.append(k == 0 ? "\nPaths: " : ", ").append(land.paths().get(k).label()).append(" (")
                    .append(k == 0 ? "vermillion" : "blue").append(")");
        }
        caption.append("; white ball: start, black: end.");
        return new NetworkLandscapeScene(surface, List.copyOf(paths), List.copyOf(ends), caption.toString());
    }

    /** @return (log₁₀E − lo) / (hi − lo) clamped to [0, 1]; 1 where E is not finite */
    static double level(double e, double lo, double hi) {
        if (!(e > 0) || !Double.isFinite(e)) {
            return 1;
        }
        return Math.max(0, Math.min(1, (Math.log10(e) - lo) / (hi - lo)));
    }

    /** @return world X of α */
    public static double x(PlaneGrid g, double alpha) {
        return -HALF + 2 * HALF * (alpha - g.alphaMin()) / (g.alphaMax() - g.alphaMin());
    }

    /** @return world Z of β (larger β further from the default viewer) */
    public static double z(PlaneGrid g, double beta) {
        return -HALF + 2 * HALF * (beta - g.betaMin()) / (g.betaMax() - g.betaMin());
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
