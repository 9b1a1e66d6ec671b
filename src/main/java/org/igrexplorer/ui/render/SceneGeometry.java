package org.igrexplorer.ui.render;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.TwoParameterModel;

/**
 * Meshes of everything drawn on the 3D surface besides the surface itself: trajectories lifted
 * slightly above it, GD iterate markers, the minima hyperbola, built off the FX thread.
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
     * @return world points of a trajectory lying on the surface (lifted by {@link #LIFT}); a long step
     *         is cut into pieces whose ends sit on the surface too, so a straight step in the plane
     *         follows the surface instead of cutting beneath it; NaN triples where it leaves the box
     */
    public static double[] lift(Trajectory t, SceneMapping map) {
        ViewBox box = map.box();
        TwoParameterModel model = map.model();
        double[] xyz = new double[Math.max(3, t.size() * 3)];
        int k = 0;
        double piece = box.width() * PIECE;
        for (int n = 0; n < t.size(); n++) {
            double a = t.a(n);
            double b = t.b(n);
            boolean in = box.contains(a, b);
            if (n > 0 && in && box.contains(t.a(n - 1), t.b(n - 1))) {
                double pa = t.a(n - 1);
                double pb = t.b(n - 1);
                int pieces = (int) Math.min(MAX_PIECES, Math.ceil(Math.hypot(a - pa, b - pb) / piece));
                for (int i = 1; i < pieces; i++) {
                    double f = i / (double) pieces;
                    double ia = pa + f * (a - pa);
                    double ib = pb + f * (b - pb);
                    xyz = ensure(xyz, k + 3);
                    xyz[k++] = map.worldX(ia);
                    xyz[k++] = -map.height(model.loss(ia, ib)) - LIFT;
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
            xyz[k++] = -map.height(t.loss(n)) - LIFT;
            xyz[k++] = map.worldZ(b);
        }
        return java.util.Arrays.copyOf(xyz, k);
    }

    private static double[] ensure(double[] a, int size) {
        return size <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
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

    /** @return the minima hyperbola ab = y/x as a tube on the surface (empty when x = 0 or y = 0) */
    public static MeshData hyperbola(SceneMapping map, double radius) {
        TwoParameterModel model = map.model();
        TubeMeshBuilder tb = new TubeMeshBuilder();
        if (model.x() == 0) {
            return tb.build();
        }
        double c = model.y() / model.x();
        ViewBox box = map.box();
        if (c == 0) {
            // both axes are minima
            tb.polyline(new double[] {map.worldX(box.aMin()), -LIFT, map.worldZ(0), map.worldX(box.aMax()), -LIFT,
                map.worldZ(0)}, radius);
            tb.polyline(new double[] {map.worldX(0), -LIFT, map.worldZ(box.bMin()), map.worldX(0), -LIFT,
                map.worldZ(box.bMax())}, radius);
            return tb.build();
        }
        double s = Math.sqrt(Math.abs(c));
        double lim = Math.max(Math.max(Math.abs(box.aMin()), Math.abs(box.aMax())),
                Math.max(Math.abs(box.bMin()), Math.abs(box.bMax())));
        double u = Math.log(lim / s) + 0.05;
        int k = 240;
        for (int branch = -1; branch <= 1; branch += 2) {
            double[] xyz = new double[3 * (k + 1)];
            for (int i = 0; i <= k; i++) {
                double w = -u + 2 * u * i / k;
                double a = branch * s * Math.exp(w);
                double b = c / a;
                if (box.contains(a, b)) {
                    xyz[3 * i] = map.worldX(a);
                    xyz[3 * i + 1] = -LIFT * 0.5;
                    xyz[3 * i + 2] = map.worldZ(b);
                } else {
                    xyz[3 * i] = Double.NaN;
                    xyz[3 * i + 1] = Double.NaN;
                    xyz[3 * i + 2] = Double.NaN;
                }
            }
            tb.polyline(xyz, radius);
        }
        return tb.build();
    }

    /** @return the world position of the flattest minimum, if there is one inside the box */
    public static Optional<double[]> flattestMinimum(SceneMapping map, double a0, double b0) {
        return map.model().flattestMinimum(a0, b0)
                .filter(p -> map.box().contains(p[0], p[1]))
                .map(p -> new double[] {map.worldX(p[0]), 0, map.worldZ(p[1])});
    }
}
