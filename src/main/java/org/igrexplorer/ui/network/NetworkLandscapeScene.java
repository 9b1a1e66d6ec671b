package org.igrexplorer.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.core.mlp.landscape.PathPoint;
import org.igrexplorer.core.mlp.landscape.PlaneGrid;
import org.igrexplorer.ui.render.HeightGrid;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.ui.render.SurfaceTexture;
import org.igrexplorer.ui.render.TubeMeshBuilder;

/**
 * The world geometry of a network landscape for the 3D view, built off the FX thread: α → X and
 * β → Z over [−{@value #HALF}, {@value #HALF}] each, height −Y ∝ log E from the grid's least to its
 * largest loss over [0, {@value #HEIGHT}] (the explorer's world box, so the same camera fits both), the
 * heights at the grid nodes (the view builds the surface from them with FXyz3D), the colour image of log E
 * with the plane view's contour lines, each path on the surface (bilinear in the grid,
 * lifted a little) as a tube with an octahedron per snapshot. Immutable.
 *
 * @param landscape the landscape shown (its grid gives the axes' ranges; its paths the hover read-out)
 * @param heights the world heights at the grid nodes
 * @param texture the colour image draped over the surface
 * @param logLo   log₁₀ of the least loss on the grid (height 0)
 * @param logHi   log₁₀ of the largest loss (height {@value #HEIGHT})
 * @param paths   one tube-and-markers mesh per path, in the order of the landscape's paths
 * @param ends    per path, the world points of its start and end: {x0, y0, z0, x1, y1, z1}
 * @param caption what the view shows, for its key (the run, the loss range, the paths' colours)
 */
public record NetworkLandscapeScene(NetworkLandscape landscape, HeightGrid heights, SurfaceTexture texture,
                                    double logLo, double logHi, List<MeshData> paths, List<double[]> ends,
                                    String caption) {

    /** Half the world width and depth of the grid. */
    public static final double HALF = SceneMapping.HALF;
    /** World height of the largest loss. */
    public static final double HEIGHT = SceneMapping.HEIGHT;
    /** Paths float this far above the surface (world units) so the mesh does not hide them. */
    static final double LIFT = 2.5;
    /** Texels per side of the surface's colour image. */
    static final int TEXTURE_SIZE = 512;

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
        float[] y = new float[na * nb];
        double[] logs = new double[na * nb];
        for (int j = 0; j < nb; j++) {
            for (int i = 0; i < na; i++) {
                int k = j * na + i;
                double e = g.loss(i, j);
                y[k] = (float) (-HEIGHT * level(e, lo, hi));
                logs[k] = e > 0 && Double.isFinite(e) ? Math.log10(e) : hi;
            }
        }
        HeightGrid heights = new HeightGrid(na, nb, y);
        // the plane view's contour levels: (hi − lo)/CONTOURS apart from lo
        SurfaceTexture texture = SurfaceTexture.paint(TEXTURE_SIZE, na, nb, logs, lo, hi, lo,
                (hi - lo) / NetworkLandscapeRenderer.CONTOURS);
        List<MeshData> paths = new ArrayList<>();
        List<double[]> ends = new ArrayList<>();
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
        StringBuilder caption = new StringBuilder(String.format(Locale.ROOT,
                "Loss on the PCA plane of %s: height and colour log E, from %.3g (low, light) to %.3g (high, dark); "
                        + "α along d₁ (%.1f%%) left to right, β along d₂ (%.1f%%) front to back.",
                land.paths().get(0).label(), g.minLoss(), g.maxLoss(), 100 * land.plane().ratio1(),
                100 * land.plane().ratio2()));
        for (int k = 0; k < land.paths().size(); k++) {
            caption.append(k == 0 ? "\nPaths: " : ", ").append(land.paths().get(k).label()).append(" (")
                    .append(k == 0 ? "vermillion" : "blue").append(")");
        }
        caption.append("; white ball: start, black: end.");
        return new NetworkLandscapeScene(land, heights, texture, lo, hi, List.copyOf(paths), List.copyOf(ends),
                caption.toString());
    }

    /** @return the loss grid */
    public PlaneGrid grid() {
        return landscape.grid();
    }

    /** @return world y (down) of the surface over world (x, z), bilinear in the grid; NaN outside it */
    public double worldY(double x, double z) {
        PlaneGrid grid = grid();
        double e = grid.interpolate(alpha(grid, x), beta(grid, z));
        return Double.isNaN(e) ? Double.NaN : -HEIGHT * level(e, logLo, logHi);
    }

    /** @return world y of a loss value */
    public double worldYOfLoss(double e) {
        return -HEIGHT * level(e, logLo, logHi);
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

    /** @return α at world X */
    public static double alpha(PlaneGrid g, double x) {
        return g.alphaMin() + (x + HALF) / (2 * HALF) * (g.alphaMax() - g.alphaMin());
    }

    /** @return β at world Z */
    public static double beta(PlaneGrid g, double z) {
        return g.betaMin() + (z + HALF) / (2 * HALF) * (g.betaMax() - g.betaMin());
    }

    /** @return world Z of β (larger β further from the default viewer) */
    public static double z(PlaneGrid g, double beta) {
        return -HALF + 2 * HALF * (beta - g.betaMin()) / (g.betaMax() - g.betaMin());
    }
}
