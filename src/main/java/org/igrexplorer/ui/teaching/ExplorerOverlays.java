package org.igrexplorer.ui.teaching;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.teaching.PlaybackFrame;
import org.igrexplorer.core.loss.StabilityArc;
import org.igrexplorer.ui.explorer.ExplorerView;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.concurrent.CoalescingExecutor;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.ui.render.SceneGeometry;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneMapping;

/**
 * Teaching mode drawn into the explorer's two views: the stability band (arcs of the minima hyperbola
 * where h·x²(a²+b²) &lt; 2), heavy-ball momentum and its modified flow when β &gt; 0, and the playback
 * highlight at step n (each method's point, GD on top, and a line from GD to the modified-flow point),
 * on the 2D plane as chart layers and in 3D as meshes in the surface view's overlay group. Use on the
 * FX thread; the momentum tubes are built on the background executor (newest request wins), the
 * rest is a few closed-form points.
 */
public final class ExplorerOverlays {

    private final ExplorerView view;
    private final ExplorerViewModel explorer;
    private final TeachingViewModel teaching;
    private final MeshView band3d = meshView(TeachingCharts.BAND);
    private final MeshView join3d = meshView(MethodPalette.INK);
    private final MeshView gd3d = meshView(MethodPalette.awt(Method.GD));
    private final MeshView modified3d = meshView(MethodPalette.awt(Method.MODIFIED));
    private final MeshView momentum3d = meshView(MethodPalette.awt(Method.MOMENTUM));
    private final MeshView momentumLine3d = meshView(MethodPalette.awt(Method.MOMENTUM));
    private final MeshView momentumFlow3d = meshView(MethodPalette.awt(Method.MOMENTUM_MODIFIED));
    private final CoalescingExecutor meshJobs;
    /** The momentum curves drawn on the plane, in legend order. */
    private static final Method[] PLANE_MOMENTUM = {Method.MOMENTUM, Method.MOMENTUM_MODIFIED};

    private ExplorerOverlays(ExplorerView view, ExplorerViewModel explorer, TeachingViewModel teaching,
                             Executor background) {
        this.meshJobs = new CoalescingExecutor(background, Platform::runLater);
        this.view = view;
        this.explorer = explorer;
        this.teaching = teaching;
    }

    /**
     * Adds the layers and 3D nodes and keeps them up to date.
     *
     * @param background where the momentum tubes are built
     * @return the installed overlays
     */
    public static ExplorerOverlays install(ExplorerView view, ExplorerViewModel explorer, TeachingViewModel teaching,
                                           Executor background) {
        ExplorerOverlays o = new ExplorerOverlays(view, explorer, teaching, background);
        var chart = view.planeView().planeRenderer().chart();
        chart.addUnderlay(o::paintBand);
        chart.addOverlay(o::paintMomentum);
        chart.addOverlay(o::paintPlayback);
        chart.addLegendSource(o::legendRows);
        Group g = view.surfaceView().overlayGroup();
        g.getChildren().addAll(o.band3d, o.momentumLine3d, o.momentumFlow3d, o.join3d, o.gd3d, o.modified3d,
                o.momentum3d);
        teaching.curvesProperty().addListener((obs, was, is) -> {
            o.refresh();
            o.requestMomentumMeshes();
        });
        teaching.playback().frameProperty().addListener((obs, was, is) -> o.refresh());
        explorer.surfaceProperty().addListener((obs, was, is) -> {
            o.refresh();
            o.requestMomentumMeshes();
        });
        o.refresh();
        o.requestMomentumMeshes();
        return o;
    }

    private static MeshView meshView(java.awt.Color c) {
        MeshView v = new MeshView();
        PhongMaterial m = new PhongMaterial(MethodPalette.toFx(c));
        v.setMaterial(m);
        v.setCullFace(CullFace.NONE);
        v.setMouseTransparent(true);
        return v;
    }

    private static TriangleMesh mesh(MeshData d) {
        TriangleMesh m = new TriangleMesh();
        m.getPoints().setAll(d.points());
        m.getTexCoords().setAll(d.texCoords());
        m.getFaces().setAll(d.faces());
        return m;
    }

    private void refresh() {
        view.planeView().repaint();
        ExplorerViewModel.SurfaceSnapshot s = explorer.surfaceProperty().get();
        TeachingViewModel.Curves c = teaching.curvesProperty().get();
        PlaybackFrame f = teaching.playback().frameProperty().get();
        if (s == null || c == null) {
            return;
        }
        SceneMapping map = s.mapping();
        band3d.setMesh(mesh(TeachingGeometry.stabilityBand(map, c.band())));
        if (f == null) {
            return;
        }
        join3d.setMesh(mesh(TeachingGeometry.join(map, f, Method.GD, Method.MODIFIED)));
        gd3d.setMesh(mesh(TeachingGeometry.marker(map, f, Method.GD)));
        modified3d.setMesh(mesh(TeachingGeometry.marker(map, f, Method.MODIFIED)));
        momentum3d.setMesh(mesh(TeachingGeometry.marker(map, f, Method.MOMENTUM)));
    }

    private void requestMomentumMeshes() {
        ExplorerViewModel.SurfaceSnapshot s = explorer.surfaceProperty().get();
        TeachingViewModel.Curves c = teaching.curvesProperty().get();
        if (s == null || c == null) {
            return;
        }
        Map<Method, Trajectory> momentum = new EnumMap<>(Method.class);
        for (Method m : Method.MOMENTUM_METHODS) {
            Trajectory t = c.trajectories().get(m);
            if (t != null) {
                momentum.put(m, t);
            }
        }
        SceneMapping map = s.mapping();
        meshJobs.submit(() -> SceneGeometry.curves(momentum, map), meshes -> {
            SceneGeometry.CurveMeshes hb = meshes.get(Method.MOMENTUM);
            SceneGeometry.CurveMeshes fl = meshes.get(Method.MOMENTUM_MODIFIED);
            momentumLine3d.setMesh(mesh(hb == null ? MeshData.EMPTY : hb.line()));
            momentumFlow3d.setMesh(mesh(fl == null ? MeshData.EMPTY : fl.line()));
        }, e -> { });
    }

    /** The plane legend's rows for what these layers draw now: the stability band and the momentum curves. */
    List<XYChart.LegendEntry> legendRows() {
        TeachingViewModel.Curves c = teaching.curvesProperty().get();
        if (c == null) {
            return List.of();
        }
        List<XYChart.LegendEntry> rows = new java.util.ArrayList<>();
        if (!c.band().isEmpty()) {
            rows.add(new XYChart.LegendEntry("stable minima: h·x²(a²+b²) < 2", TeachingCharts.BAND, null));
        }
        for (Method m : PLANE_MOMENTUM) {
            if (c.trajectories().get(m) != null) {
                rows.add(new XYChart.LegendEntry(m.label(), MethodPalette.awt(m), Series.Style.LINE));
            }
        }
        return rows;
    }

    private void paintMomentum(Graphics2D g, PlotTransform tr) {
        TeachingViewModel.Curves c = teaching.curvesProperty().get();
        if (c == null) {
            return;
        }
        for (Method m : new Method[] {Method.MOMENTUM_MODIFIED, Method.MOMENTUM}) { // GD with momentum on top
            Trajectory t = c.trajectories().get(m);
            if (t == null) {
                continue;
            }
            Path2D.Double path = new Path2D.Double();
            path.moveTo(tr.toPixelX(t.a(0)), tr.toPixelY(t.b(0)));
            for (int i = 1; i < t.size(); i++) {
                path.lineTo(tr.toPixelX(t.a(i)), tr.toPixelY(t.b(i)));
            }
            g.setColor(MethodPalette.awt(m));
            g.setStroke(new BasicStroke(m.discrete() ? 1.4f : 2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
    }

    private void paintBand(Graphics2D g, PlotTransform tr) {
        TeachingViewModel.Curves c = teaching.curvesProperty().get();
        if (c == null) {
            return;
        }
        List<StabilityArc> arcs = c.band();
        g.setColor(TeachingCharts.BAND);
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (StabilityArc arc : arcs) {
            double[][] pts = arc.sample(200);
            Path2D.Double path = new Path2D.Double();
            path.moveTo(tr.toPixelX(pts[0][0]), tr.toPixelY(pts[0][1]));
            for (int i = 1; i < pts.length; i++) {
                path.lineTo(tr.toPixelX(pts[i][0]), tr.toPixelY(pts[i][1]));
            }
            g.draw(path);
        }
    }

    private void paintPlayback(Graphics2D g, PlotTransform tr) {
        PlaybackFrame f = teaching.playback().frameProperty().get();
        if (f == null) {
            return;
        }
        f.point(Method.GD).ifPresent(p -> f.point(Method.MODIFIED).ifPresent(q -> {
            g.setColor(MethodPalette.INK);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {4f, 3f}, 0f));
            g.draw(new Line2D.Double(tr.toPixelX(p[0]), tr.toPixelY(p[1]), tr.toPixelX(q[0]), tr.toPixelY(q[1])));
        }));
        g.setStroke(new BasicStroke(2f));
        // flows first, the discrete iterates (GD, momentum) last so that they stay on top
        List<Method> order = new java.util.ArrayList<>();
        for (Method m : Method.values()) {
            if (!m.discrete()) {
                order.add(m);
            }
        }
        for (Method m : Method.values()) {
            if (m.discrete()) {
                order.add(m);
            }
        }
        for (Method m : order) {
            f.point(m).ifPresent(p -> {
                double r = m.discrete() ? 7 : 5;
                double x = tr.toPixelX(p[0]);
                double y = tr.toPixelY(p[1]);
                Ellipse2D.Double dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                g.setColor(MethodPalette.awt(m));
                g.fill(dot);
                g.setColor(MethodPalette.INK);
                g.draw(dot);
            });
        }
    }
}
