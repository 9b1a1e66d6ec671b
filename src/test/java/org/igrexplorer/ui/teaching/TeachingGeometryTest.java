package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.igrexplorer.core.teaching.PlaybackFrame;
import org.igrexplorer.core.loss.StabilityArc;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneGeometry;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.core.loss.ViewBox;
import org.junit.jupiter.api.Test;

/** The 3D geometry of teaching mode sits where the mapping puts the band and the playback points. */
class TeachingGeometryTest {

    private static final TwoParameterModel MODEL = new TwoParameterModel(1.0, 0.6);
    private static final ViewBox BOX = new ViewBox(-4, 4, -4, 4);
    private static final SceneMapping MAP = new SceneMapping(MODEL, BOX, HeightMode.LOG);

    @Test
    void bandVerticesLieNearTheStableArcsOnTheMinimaFloor() {
        double h = 0.5;
        List<StabilityArc> arcs = MODEL.stabilityArcs(h).orElseThrow();
        MeshData mesh = TeachingGeometry.stabilityBand(MAP, arcs);
        assertTrue(mesh.vertexCount() > 100);
        float[] p = mesh.points();
        // the tube's centre line is the polyline through arc.sample(SAMPLES). TubeMeshBuilder extends each
        // segment by r/2 past its ends (overlapping joints), so every vertex lies within sqrt(r² + (r/2)²)
        // of that polyline (in the a-b plane of the world; float coordinates of size 200 add ~1e-5)
        double tolerance = TeachingGeometry.BAND_RADIUS * Math.sqrt(1.25) + 1e-3;
        for (int i = 0; i < p.length; i += 3) {
            double best = Double.POSITIVE_INFINITY;
            for (StabilityArc arc : arcs) {
                double[][] q = arc.sample(TeachingGeometry.SAMPLES);
                for (int k = 0; k + 1 < q.length; k++) {
                    best = Math.min(best, segmentDistance(p[i], p[i + 2], MAP.worldX(q[k][0]), MAP.worldZ(q[k][1]),
                            MAP.worldX(q[k + 1][0]), MAP.worldZ(q[k + 1][1])));
                }
            }
            assertTrue(best <= tolerance, "vertex (" + MAP.aOf(p[i]) + ", " + MAP.bOf(p[i + 2]) + ") is " + best
                    + " from the band");
            // minima have E = 0, height 0: the centre line is lifted by 1.5·LIFT (world y is down)
            assertEquals(-SceneGeometry.LIFT * 1.5, p[i + 1], tolerance);
        }
        assertEquals(0, TeachingGeometry.stabilityBand(MAP, MODEL.stabilityArcs(2.0).orElseThrow()).vertexCount(),
                "h > 1/|xy|: no stable minimum, nothing drawn");
    }

    private static double segmentDistance(double px, double pz, double x0, double z0, double x1, double z1) {
        double dx = x1 - x0;
        double dz = z1 - z0;
        double len2 = dx * dx + dz * dz;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (pz - z0) * dz) / len2));
        return Math.hypot(px - (x0 + t * dx), pz - (z0 + t * dz));
    }

    @Test
    void playbackMarkersSitAtTheFramePoints() {
        RunParameters p = RunParameters.DEFAULT.withSteps(30);
        Map<Method, Trajectory> t = TrajectoryService.computeAll(EnumSet.of(Method.GD, Method.MODIFIED), p,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        PlaybackFrame f = PlaybackFrame.at(t, 10, p.h());
        MeshData gd = TeachingGeometry.marker(MAP, f, Method.GD);
        float[] v = gd.points();
        double cx = 0;
        double cz = 0;
        for (int i = 0; i < v.length; i += 3) {
            cx += v[i];
            cz += v[i + 2];
        }
        cx /= v.length / 3.0;
        cz /= v.length / 3.0;
        assertEquals(MAP.worldX(t.get(Method.GD).a(10)), cx, 1e-3);
        assertEquals(MAP.worldZ(t.get(Method.GD).b(10)), cz, 1e-3);
        assertTrue(TeachingGeometry.join(MAP, f, Method.GD, Method.MODIFIED).vertexCount() > 0);
        assertEquals(0, TeachingGeometry.marker(MAP, f, Method.EGR).vertexCount(), "no EGR trajectory: no marker");
    }
}
