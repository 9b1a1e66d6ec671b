package org.igrexplorer.ui.teaching;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Group;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.StabilityArc;
import org.igrexplorer.core.teaching.PlaybackFrame;
import org.igrexplorer.ui.concurrent.CoalescingExecutor;
import org.igrexplorer.ui.explorer.ExplorerView;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.explorer.Fx3d;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneGeometry;
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
    /** Whether each momentum curve is shown (when β &gt; 0 computes it): the explorer's momentum toggles. */
    private final Map<Method, BooleanProperty> momentumShown = new EnumMap<>(Method.class);

    private ExplorerOverlays(ExplorerView view, ExplorerViewModel explorer, TeachingViewModel teaching,
                             Executor background) {
        this.meshJobs = new CoalescingExecutor(background, Platform::runLater);
        this.view = view;
        this.explorer = explorer;
        this.teaching = teaching;
        for (Method m : PLANE_MOMENTUM) {
            BooleanProperty p = new SimpleBooleanProperty(this, m.id(), true);
            p.addListener((o, was, is) -> {
                refresh(false);
                requestMomentumMeshes();
            });
            momentumShown.put(m, p);
        }
    }

    /**
     * @param m {@link Method#MOMENTUM} or {@link Method#MOMENTUM_MODIFIED}
     * @return whether the explorer's views show that curve when β &gt; 0 (a toggle binds to it)
     */
    public BooleanProperty momentumShownProperty(Method m) {
        BooleanProperty p = momentumShown.get(m);
        if (p == null) {
            throw new IllegalArgumentException(m.id() + " has no momentum toggle");
        }
        return p;
    }

    /** @return the momentum trajectory {@code m} of {@code c} if computed and toggled on, else null */
    private Trajectory shownMomentum(TeachingViewModel.Curves c, Method m) {
        BooleanProperty p = momentumShown.get(m);
        return c == null || p == null || !p.get() ? null : c.trajectories().get(m);
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
            o.refresh(!sameBand(was, is));
            o.requestMomentumMeshes();
        });
        teaching.playback().frameProperty().addListener((obs, was, is) -> o.refresh(false));
        // the markers follow the explorer's curves too (see shownFrame); the plane's own listener paints its
        // overlay for them (paintPlayback reads the new curves), so here only the 3D markers follow
        explorer.curvesProperty().addListener((obs, was, is) -> o.refresh(false, false));
        explorer.surfaceProperty().addListener((obs, was, is) -> {
            o.refresh(true);
            o.requestMomentumMeshes();
        });
        o.refresh(true);
        o.requestMomentumMeshes();
        return o;
    }

    private static MeshView meshView(Color c) {
        MeshView v = new MeshView();
        PhongMaterial m = new PhongMaterial(MethodPalette.toFx(c));
        v.setMaterial(m);
        v.setCullFace(CullFace.NONE);
        v.setMouseTransparent(true);
        return v;
    }

    /**
     * @return the playback step's points on the curves the explorer shows now: the step comes from the
     *         playback, the points from the explorer's latest computation (and momentum from the teaching
     *         curves it draws), so that a marker always sits on a drawn curve, however the two computations
     *         interleave while the start is dragged
     */
    PlaybackFrame shownFrame() {
        PlaybackFrame f = teaching.playback().frameProperty().get();
        ExplorerViewModel.CurveSnapshot shown = explorer.curvesProperty().get();
        if (f == null || shown == null) {
            return f;
        }
        Map<Method, Trajectory> all = new EnumMap<>(Method.class);
        all.putAll(shown.trajectories());
        TeachingViewModel.Curves c = teaching.curvesProperty().get();
        if (c != null) {
            for (Method m : PLANE_MOMENTUM) {
                Trajectory t = shownMomentum(c, m);
                if (t != null) {
                    all.put(m, t);
                }
            }
        }
        return all.isEmpty() ? null : PlaybackFrame.at(all, f.step(), shown.parameters().h());
    }

    /** @return whether two sets of curves have the same stability band (it depends on the landscape and h only) */
    private static boolean sameBand(TeachingViewModel.Curves was, TeachingViewModel.Curves is) {
        if (was == null || is == null) {
            return was == is;
        }
        var p = was.parameters();
        var q = is.parameters();
        return p.model().equals(q.model()) && p.h() == q.h();
    }

    /**
     * @param bandChanged whether the stability band (on the plane's base layer and in 3D) must be drawn
     *                    again; otherwise only the plane's overlay and the 3D markers follow
     */
    private void refresh(boolean bandChanged) {
        refresh(bandChanged, true);
    }

    /**
     * @param bandChanged whether the stability band must be drawn again
     * @param plane       whether the plane must be painted again (false where it already has been)
     */
    private void refresh(boolean bandChanged, boolean plane) {
        if (bandChanged) {
            view.planeView().repaint();
        } else if (plane) {
            view.planeView().repaintOverlay();
        }
        ExplorerViewModel.SurfaceSnapshot s = explorer.surfaceProperty().get();
        TeachingViewModel.Curves c = teaching.curvesProperty().get();
        PlaybackFrame f = shownFrame();
        if (s == null || c == null || !view.surfaceView().isSupported3D()) {
            return;
        }
        SceneMapping map = s.mapping();
        if (bandChanged) {
            band3d.setMesh(Fx3d.mesh(TeachingGeometry.stabilityBand(map, c.band())));
        }
        if (f == null) {
            return;
        }
        join3d.setMesh(Fx3d.mesh(TeachingGeometry.join(map, f, Method.GD, Method.MODIFIED)));
        gd3d.setMesh(Fx3d.mesh(TeachingGeometry.marker(map, f, Method.GD)));
        modified3d.setMesh(Fx3d.mesh(TeachingGeometry.marker(map, f, Method.MODIFIED)));
        momentum3d.setMesh(Fx3d.mesh(TeachingGeometry.marker(map, f, Method.MOMENTUM)));
    }

    private void requestMomentumMeshes() {
        ExplorerViewModel.SurfaceSnapshot s = explorer.surfaceProperty().get();
        TeachingViewModel.Curves c = teaching.curvesProperty().get();
        if (s == null || c == null || !view.surfaceView().isSupported3D()) {
            return;
        }
        Map<Method, Trajectory> momentum = new EnumMap<>(Method.class);
        for (Method m : PLANE_MOMENTUM) {
            Trajectory t = shownMomentum(c, m);
            if (t != null) {
                momentum.put(m, t);
            }
        }
        SceneMapping map = s.mapping();
        meshJobs.submit(() -> SceneGeometry.curves(momentum, map), meshes -> {
            SceneGeometry.CurveMeshes hb = meshes.get(Method.MOMENTUM);
            SceneGeometry.CurveMeshes fl = meshes.get(Method.MOMENTUM_MODIFIED);
            momentumLine3d.setMesh(Fx3d.mesh(hb == null ? MeshData.EMPTY : hb.line()));
            momentumFlow3d.setMesh(Fx3d.mesh(fl == null ? MeshData.EMPTY : fl.line()));
        }, e -> { });
    }

    /** The plane legend's rows for what these layers draw now: the stability band and the momentum curves. */
    List<XYChart.LegendEntry> legendRows() {
        TeachingViewModel.Curves c = teaching.curvesProperty().get();
        if (c == null) {
            return List.of();
        }
        List<XYChart.LegendEntry> rows = new ArrayList<>();
        if (!c.band().isEmpty()) {
            rows.add(new XYChart.LegendEntry("stable minima: h·x²(a²+b²) < 2", TeachingCharts.BAND, null));
        }
        for (Method m : PLANE_MOMENTUM) {
            if (shownMomentum(c, m) != null) {
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
            Trajectory t = shownMomentum(c, m);
            if (t == null) {
                continue;
            }
            Path2D.Double path = new Path2D.Double();
            path.moveTo(tr.toPixelX(t.pathA(0)), tr.toPixelY(t.pathB(0)));
            for (int k = 1; k < t.pathSize(); k++) {
                path.lineTo(tr.toPixelX(t.pathA(k)), tr.toPixelY(t.pathB(k)));
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
        paintPlayback(g, tr, shownFrame());
    }

    /**
     * Draws the playback highlight on a chart whose axes are a and b: each method's point at the
     * frame's step (flows first, the discrete iterates on top) and a dashed line from GD to the
     * modified-flow point. Any thread (no scene graph).
     *
     * @param f the frame to show; nothing is drawn when it is null
     */
    public static void paintPlayback(Graphics2D g, PlotTransform tr, PlaybackFrame f) {
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
        List<Method> order = new ArrayList<>();
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
