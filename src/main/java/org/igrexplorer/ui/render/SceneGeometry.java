package org.igrexplorer.ui.render;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.plot.Contours;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.ViewBox;

/**
 * Meshes of everything drawn on the 3D surface besides the surface itself: trajectories lifted
 * slightly above it, GD iterate markers, the landscape's known minima, built off the FX thread.
 */
public final class SceneGeometry {

    /** World units by which curves float above the surface so that it never hides them. */
    public static final double LIFT = 1.6;
    /** Tube radius of trajectories in world units. */
    public static final double TUBE_RADIUS = 1.8;
    /** Half-diagonal of a GD marker in world units. */
    public static final double MARKER_SIZE = 3.2;
    /** Most GD markers drawn (evenly thinned beyond). */
    public static final int MAX_MARKERS = 300;

    private SceneGeometry() {
    }

    /** Lines and markers of one trajectory. */
    public record CurveMeshes(MeshData line, MeshData markers) {
    }

    /** Long steps are drawn in pieces no longer than this fraction of the box width, each on the surface. */
    public static final double PIECE = 1.0 / 150;
    /** At most this many pieces per step. */
    public static final int MAX_PIECES = 60;

    /**
     * @return world points of a trajectory's drawn path ({@link Trajectory#pathSize()}: a flow's dense output, a
     *         discrete method's iterates) lying on the surface (lifted by {@link #LIFT}); a long step
     *         is cut into pieces whose ends sit on the surface too, so a straight step in the plane
     *         follows the surface instead of cutting beneath it; NaN triples where it leaves the box
     */
    public static double[] lift(Trajectory t, SceneMapping map) {
        ViewBox box = map.box();
        var model = map.landscape();
        double[] xyz = new double[Math.max(3, t.pathSize() * 3)];
        int k = 0;
        double piece = box.width() * PIECE;
        int n = 0;
        for (int p = 0; p < t.pathSize(); p++) {
            double a = t.pathA(p);
            double b = t.pathB(p);
            while (n < t.lastStep() && t.pathIndex(n) < p) {
                n++;
            }
            boolean in = box.contains(a, b);
            if (p > 0 && in && box.contains(t.pathA(p - 1), t.pathB(p - 1))) {
                double pa = t.pathA(p - 1);
                double pb = t.pathB(p - 1);
                int pieces = (int) Math.min(MAX_PIECES, Math.ceil(Math.hypot(a - pa, b - pb) / piece));
                for (int i = 1; i < pieces; i++) {
                    double f = i / (double) pieces;
                    double ia = pa + f * (a - pa);
                    double ib = pb + f * (b - pb);
                    xyz = ensure(xyz, k + 3);
                    xyz[k++] = map.worldX(ia);
                    xyz[k++] = -map.height(model.value(ia, ib)) - LIFT;
                    xyz[k++] = map.worldZ(ib);
                }
            }
            xyz = ensure(xyz, k + 3);
            if (!in) {
                xyz[k++] = Double.NaN;
                xyz[k++] = Double.NaN;
                xyz[k++] = Double.NaN;
                continue;
            }
            xyz[k++] = map.worldX(a);
            // a point n has its loss stored; a point of the flow between them gets it here
            xyz[k++] = -map.height(t.pathIndex(n) == p ? t.loss(n) : model.value(a, b)) - LIFT;
            xyz[k++] = map.worldZ(b);
        }
        return Arrays.copyOf(xyz, k);
    }

    private static double[] ensure(double[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    /** @return tube (and for GD, marker) meshes of each trajectory */
    public static Map<Method, CurveMeshes> curves(Map<Method, Trajectory> trajectories, SceneMapping map) {
        Map<Method, CurveMeshes> out = new EnumMap<>(Method.class);
        for (Map.Entry<Method, Trajectory> e : trajectories.entrySet()) {
            double[] xyz = lift(e.getValue(), map);
            MeshData line = new TubeMeshBuilder().polyline(xyz, e.getKey() == Method.GD ? TUBE_RADIUS * 0.6
                    : TUBE_RADIUS).build();
            MeshData markers = MeshData.EMPTY;
            if (e.getKey() == Method.GD) {
                TubeMeshBuilder mb = new TubeMeshBuilder();
                Trajectory t = e.getValue();
                int n = t.size();
                int every = Math.max(1, (int) Math.ceil(n / (double) MAX_MARKERS));
                for (int i = 0; i < n; i += every) {
                    if (map.box().contains(t.a(i), t.b(i))) {
                        mb.marker(map.worldX(t.a(i)), -map.height(t.loss(i)) - LIFT, map.worldZ(t.b(i)), MARKER_SIZE);
                    }
                }
                markers = mb.build();
            }
            out.put(e.getKey(), new CurveMeshes(line, markers));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Tube radius of SGD's sample paths, thinner than the flows': they are drawn faint, several at once. */
    public static final double SAMPLE_RADIUS = TUBE_RADIUS * 0.4;

    /** @return one mesh holding a thin tube for each of SGD's sample paths */
    public static CurveMeshes samplePaths(List<Trajectory> paths, SceneMapping map) {
        TubeMeshBuilder tb = new TubeMeshBuilder();
        for (Trajectory t : paths) {
            tb.polyline(lift(t, map), SAMPLE_RADIUS);
        }
        return new CurveMeshes(tb.build(), MeshData.EMPTY);
    }

    /**
     * @return the landscape's known minima on the surface: each curve (sampled once, by
     *         {@link org.igrexplorer.core.loss.Minima#curves}) as a tube, each isolated minimum as a marker;
     *         empty when the landscape knows none
     */
    public static MeshData minima(SceneMapping map, double radius) {
        TubeMeshBuilder tb = new TubeMeshBuilder();
        var known = map.landscape().minima();
        if (known.isEmpty()) {
            return tb.build();
        }
        ViewBox box = map.box();
        for (double[][] curve : known.get().curves(box)) {
            double[] xyz = new double[3 * curve.length];
            for (int i = 0; i < curve.length; i++) {
                double a = curve[i][0];
                double b = curve[i][1];
                boolean in = box.contains(a, b);
                xyz[3 * i] = in ? map.worldX(a) : Double.NaN;
                xyz[3 * i + 1] = in ? map.worldY(a, b) - LIFT * 0.5 : Double.NaN;
                xyz[3 * i + 2] = in ? map.worldZ(b) : Double.NaN;
            }
            tb.polyline(xyz, radius);
        }
        for (double[] p : known.get().points()) {
            if (box.contains(p[0], p[1])) {
                tb.marker(map.worldX(p[0]), map.worldY(p[0], p[1]) - LIFT, map.worldZ(p[1]), MARKER_SIZE * 1.4);
            }
        }
        return tb.build();
    }

    /** Samples per side of the grid on which the 3D stability edge is traced. */
    public static final int STABILITY_GRID = 90;

    /**
     * The edge of the stability region of gradient descent with step h, the level set h·λ_max(H) = 2, as
     * thin tubes lying on the surface (traced by marching squares on a {@value #STABILITY_GRID}² grid of
     * Hessian eigenvalues over the box).
     *
     * @return the tubes (empty when the whole box is on one side)
     */
    public static MeshData stabilityEdge(SceneMapping map, double h, double radius) {
        int n = STABILITY_GRID;
        ViewBox box = map.box();
        double[] lmax = new double[n * n];
        var l = map.landscape();
        for (int j = 0; j < n; j++) {
            double b = box.bMin() + box.height() * j / (n - 1);
            for (int i = 0; i < n; i++) {
                double a = box.aMin() + box.width() * i / (n - 1);
                lmax[j * n + i] = l.largestHessianEigenvalue(new double[] {a, b});
            }
        }
        double[] seg = Contours.segments(lmax, n, box, 2.0 / h);
        TubeMeshBuilder tb = new TubeMeshBuilder();
        for (int k = 0; k + 3 < seg.length; k += 4) {
            double a0 = seg[k];
            double b0 = seg[k + 1];
            double a1 = seg[k + 2];
            double b1 = seg[k + 3];
            tb.polyline(new double[] {map.worldX(a0), map.worldY(a0, b0) - LIFT * 0.6, map.worldZ(b0),
                map.worldX(a1), map.worldY(a1, b1) - LIFT * 0.6, map.worldZ(b1)}, radius);
        }
        return tb.build();
    }

    /** @return the world position of the flattest minimum, if there is one inside the box */
    public static Optional<double[]> flattestMinimum(SceneMapping map, double a0, double b0) {
        return map.landscape().flattestMinimum(a0, b0)
                .filter(p -> map.box().contains(p[0], p[1]))
                .map(p -> new double[] {map.worldX(p[0]), map.worldY(p[0], p[1]), map.worldZ(p[1])});
    }
}
