package org.igrexplorer.ui.teaching;

import java.util.List;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.teaching.PlaybackFrame;
import org.igrexplorer.core.loss.StabilityArc;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneGeometry;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.ui.render.TubeMeshBuilder;
import org.igrexplorer.core.loss.ViewBox;

/**
 * 3D geometry of teaching mode in the explorer's world coordinates (through its {@link SceneMapping}):
 * the stability band as a thick tube along the arcs of stable minima, and the playback highlight
 * (markers at step n and the segment joining GD to the modified flow). Pure data: no JavaFX, may run
 * on any thread.
 */
public final class TeachingGeometry {

    /** Tube radius of the stability band (thicker than the hyperbola so it shows over it). */
    public static final double BAND_RADIUS = SceneGeometry.TUBE_RADIUS * 1.7;
    /** Half-diagonal of the playback markers. */
    public static final double MARKER = SceneGeometry.MARKER_SIZE * 2.2;
    /** Samples per arc. */
    public static final int SAMPLES = 240;

    private TeachingGeometry() {
    }

    private static double y(SceneMapping map, double a, double b, double lift) {
        return -map.height(map.landscape().value(a, b)) - lift;
    }

    /** @return the band's tubes, clipped to the view box (points outside break the tube) */
    public static MeshData stabilityBand(SceneMapping map, List<StabilityArc> arcs) {
        TubeMeshBuilder mb = new TubeMeshBuilder();
        ViewBox box = map.box();
        for (StabilityArc arc : arcs) {
            double[][] pts = arc.sample(SAMPLES);
            double[] xyz = new double[pts.length * 3];
            for (int i = 0; i < pts.length; i++) {
                double a = pts[i][0];
                double b = pts[i][1];
                boolean in = box.contains(a, b);
                xyz[3 * i] = in ? map.worldX(a) : Double.NaN;
                xyz[3 * i + 1] = in ? y(map, a, b, SceneGeometry.LIFT * 1.5) : Double.NaN;
                xyz[3 * i + 2] = in ? map.worldZ(b) : Double.NaN;
            }
            mb.polyline(xyz, BAND_RADIUS);
        }
        return mb.build();
    }

    /** @return a marker at the point of {@code method} in the frame (empty if absent or outside the box) */
    public static MeshData marker(SceneMapping map, PlaybackFrame frame, Method method) {
        TubeMeshBuilder mb = new TubeMeshBuilder();
        frame.point(method).ifPresent(p -> {
            if (map.box().contains(p[0], p[1])) {
                mb.marker(map.worldX(p[0]), y(map, p[0], p[1], SceneGeometry.LIFT * 2), map.worldZ(p[1]), MARKER);
            }
        });
        return mb.build();
    }

    /** @return the segment from GD to the modified flow at the frame (empty if either is missing) */
    public static MeshData join(SceneMapping map, PlaybackFrame frame, Method from, Method to) {
        TubeMeshBuilder mb = new TubeMeshBuilder();
        var p = frame.point(from);
        var q = frame.point(to);
        if (p.isPresent() && q.isPresent() && map.box().contains(p.get()[0], p.get()[1])
                && map.box().contains(q.get()[0], q.get()[1])) {
            double[] a = p.get();
            double[] b = q.get();
            mb.polyline(new double[] {
                map.worldX(a[0]), y(map, a[0], a[1], SceneGeometry.LIFT * 2), map.worldZ(a[1]),
                map.worldX(b[0]), y(map, b[0], b[1], SceneGeometry.LIFT * 2), map.worldZ(b[1])},
                SceneGeometry.TUBE_RADIUS * 0.6);
        }
        return mb.build();
    }
}
