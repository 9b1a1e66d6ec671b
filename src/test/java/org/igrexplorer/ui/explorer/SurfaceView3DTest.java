package org.igrexplorer.ui.explorer;

import static org.igrexplorer.ui.Fx3dSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.TriangleMesh;
import org.fxyz3d.shapes.primitives.SurfacePlotMesh;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.render.HeightGrid;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.ui.render.SurfaceSampler;
import org.igrexplorer.ui.render.SurfaceTexture;
import org.igrexplorer.ui.plot.Colormap;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.Fx3dSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Renders the real 3D view (GTK + ES2; under Xvfb with -Dprism.forceGPU=true) and checks the
 * pixels. With CI=true a missing display or missing 3D fails the test instead of skipping it.
 */
@Tag("fx-3d")
class SurfaceView3DTest {

    private static final int W = 900;
    private static final int H = 700;
    /** Fraction of the central region that must be surface (non-background) pixels. */
    private static final double MIN_SURFACE_FRACTION = 0.5;
    /** Distinct colours (quantised to 4 bits per channel) the surface must show. */
    private static final int MIN_DISTINCT_COLOURS = 12;
    /** Max distance in RGB for a lit pixel to count as a trajectory colour (shading changes brightness). */
    private static final double HUE_TOL = 0.06;
    /** Least number of pixels of each trajectory colour. */
    private static final int MIN_CURVE_PIXELS = 15;

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx3dSupport.startToolkit();
    }

    /** @return hue-like chromaticity (r, g, b)/(r+g+b) distance */
    private static double chromaDistance(int argb, java.awt.Color c) {
        double r = argb >> 16 & 255;
        double g = argb >> 8 & 255;
        double b = argb & 255;
        double s = r + g + b;
        double cs = c.getRed() + c.getGreen() + c.getBlue();
        if (s < 60) {
            return 1;
        }
        return Math.abs(r / s - c.getRed() / cs) + Math.abs(g / s - c.getGreen() / cs) + Math.abs(b / s - c.getBlue() / cs);
    }

    /** Nodes per side of the mesh checked vertex by vertex. */
    private static final int NODES = 41;
    /** World units: FXyz places nodes in float arithmetic. */
    private static final double WORLD_TOL = 1e-3;
    /** Relative: E recovered from a vertex height (float) against E at the node. */
    private static final double LOSS_REL_TOL = 1e-4;
    /** Colour coordinate: the texture at a vertex's (u, v) against colour(E) at the node (texel-centre offset). */
    private static final double COLOUR_TOL = 0.02;

    @Test
    void theFxyzSurfacePlotHasTheLossAtEveryNodeAndTheTextureGridMatchesTheColourOfE() throws Exception {
        Fx3dSupport.require3d();
        RunParameters p = RunParameters.DEFAULT;
        ViewBox box = p.landscape().frame(p.a0(), p.b0());
        SceneMapping map = new SceneMapping(p.landscape(), box, HeightMode.LOG);
        HeightGrid g = SurfaceSampler.heights(map, NODES);
        SurfaceTexture tex = SurfaceSampler.texture(map, SurfaceTexture.NODES, SurfaceTexture.SIZE);
        float[][] arrays = onFx(() -> {
            SurfacePlotMesh m = SurfacePlot.mesh(g);
            TriangleMesh tm = (TriangleMesh) m.getMesh();
            return new float[][] {tm.getPoints().toArray(null), tm.getTexCoords().toArray(null),
                toFloats(tm.getFaces().toArray(null))};
        });
        float[] pts = arrays[0];
        float[] uv = arrays[1];
        float[] faces = arrays[2];
        assertEquals(NODES * NODES * 3, pts.length, "one vertex per node");
        assertEquals(g.triangleCount() * 6, faces.length, "two triangles per cell");
        int checked = 0;
        for (int j = 0; j < NODES; j++) {
            for (int i = 0; i < NODES; i++) {
                int k = j * NODES + i;
                double a = box.aMin() + box.width() * i / (NODES - 1);
                double b = box.bMin() + box.height() * j / (NODES - 1);
                assertEquals(map.worldX(a), pts[3 * k], WORLD_TOL, "x of node " + i + "," + j);
                assertEquals(map.worldZ(b), pts[3 * k + 2], WORLD_TOL, "z of node " + i + "," + j);
                double e = p.landscape().value(a, b);
                double h = -pts[3 * k + 1];
                if (h < SceneMapping.HEIGHT - 1e-3) {
                    assertEquals(e, map.lossAtHeight(h), LOSS_REL_TOL * (1 + Math.abs(e)), "E at node " + i + "," + j);
                    checked++;
                } else {
                    assertTrue(map.height(e) >= SceneMapping.HEIGHT - 1e-3, "only the lid is clipped");
                }
                // FXyz's texture grid: (u, v) of a node = its place in the box
                assertEquals(i / (double) (NODES - 1), uv[2 * k], 1e-6);
                assertEquals(j / (double) (NODES - 1), uv[2 * k + 1], 1e-6);
                assertEquals(map.colour(e), tex.levelAt(uv[2 * k], uv[2 * k + 1]), COLOUR_TOL,
                        "texture colour at node " + i + "," + j);
            }
        }
        assertTrue(checked > NODES * NODES / 2, "most nodes below the lid: " + checked);
    }

    private static float[] toFloats(int[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = a[i];
        }
        return f;
    }

    @Test
    void theFxyzSurfaceIsWhatTheViewShowsUnderTheCentreOfTheBox() throws Exception {
        Fx3dSupport.require3d();
        int[] shownHidden = onFx(() -> {
            ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, Runnable::run);
            SurfaceView view = new SurfaceView(vm);
            Scene scene = new Scene(view, W, H);
            view.applyCss();
            view.layout();
            SurfacePlotMesh plot = view.surfacePlot();
            assertTrue(plot != null && plot.isVisible() && plot.getScene() == scene, "the FXyz plot is in the scene");
            SceneMapping map = vm.surfaceProperty().get().mapping();
            ViewBox box = map.box();
            // a point of the surface a quarter into the box (no curve or marker there at the defaults)
            double a = box.aMin() + 0.75 * box.width();
            double b = box.bMin() + 0.25 * box.height();
            double[] at = view.camera().project(view.camera().view(), map.worldX(a), map.worldY(a, b), map.worldZ(b));
            int shown = scene.snapshot(null).getPixelReader().getArgb((int) at[0], (int) at[1]);
            plot.getParent().setVisible(false);
            int hidden = scene.snapshot(null).getPixelReader().getArgb((int) at[0], (int) at[1]);
            return new int[] {shown, hidden};
        });
        assertTrue((shownHidden[0] & 0xFFFFFF) != 0xFFFFFF, "surface colour under the projected point");
        assertEquals(0xFFFFFF, shownHidden[1] & 0xFFFFFF, "background there without the FXyz plot");
    }

    @Test
    void withBackgroundThreadsTheFxyzMeshesAreBuiltOffTheFxThreadAndSwappedIn() throws Exception {
        Fx3dSupport.require3d();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
        try {
            java.util.concurrent.Executor counted = r -> pool.execute(() -> {
                jobs.incrementAndGet();
                r.run();
            });
            SurfaceView view = onFx(() -> {
                SurfaceView v = new SurfaceView(new ExplorerViewModel(counted, javafx.application.Platform::runLater));
                new Scene(v, W, H);
                return v;
            });
            long end = System.currentTimeMillis() + 60_000;
            while (onFx(view::surfacePlot) == null && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            assertTrue(onFx(() -> view.surfacePlot() != null && view.surfacePlot().getScene() != null),
                    "the FXyz plot arrives in the scene");
            // curves, surface samples, the plane field if asked, and the FXyz mesh job: all on the pool
            assertTrue(jobs.get() >= 3, "background jobs: " + jobs.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void snapshotShowsTheSurfaceAndTheTrajectoryColours() throws Exception {
        Fx3dSupport.require3d();
        WritableImage img = onFx(() -> {
            ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, Runnable::run);
            SurfaceView view = new SurfaceView(vm);
            Scene scene = new Scene(view, W, H);
            view.applyCss();
            view.layout();
            return scene.snapshot(null);
        });
        assertEquals(W, (int) img.getWidth());
        PixelReader px = img.getPixelReader();
        // central region where the surface sits at the default view
        int x0 = W / 4;
        int x1 = 3 * W / 4;
        int y0 = H / 3;
        int y1 = 2 * H / 3;
        int total = 0;
        int surface = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int argb = px.getArgb(x, y);
                total++;
                if ((argb & 0xFFFFFF) != 0xFFFFFF) {
                    surface++;
                    colours.add((argb >> 20 & 15) << 8 | (argb >> 12 & 15) << 4 | (argb >> 4 & 15));
                }
            }
        }
        double frac = surface / (double) total;
        assertTrue(frac > MIN_SURFACE_FRACTION, "surface covers the centre: " + frac);
        assertTrue(colours.size() >= MIN_DISTINCT_COLOURS, "smooth colours, got " + colours.size());
        for (Method m : new Method[] {Method.GD, Method.EXACT}) {
            int n = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    if (chromaDistance(px.getArgb(x, y), MethodPalette.awt(m)) < HUE_TOL) {
                        n++;
                    }
                }
            }
            assertTrue(n >= MIN_CURVE_PIXELS, m + " colour visible in the 3D view: " + n + " pixels");
        }
    }

    /** Chromaticity distance within which a shaded surface pixel counts as the colormap's colour. */
    private static final double SURFACE_HUE_TOL = 0.05;

    /**
     * Issue 18: the paper's model with x = 0 (E = y²/2 everywhere) was drawn as a lid at the top of the box in
     * the top colour. The view shows a level surface at mid-height in the middle colour, its height axis
     * labelled by the one value.
     */
    @Test
    void aFlatLossIsALevelSurfaceAtMidHeightWithItsOneValueOnTheHeightAxis() throws Exception {
        Fx3dSupport.require3d();
        RunParameters p = RunParameters.paper(0.0, 0.6, 2.8, 3.5, 0.05, 0.5, 400);
        Object[] r = onFx(() -> {
            ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, Runnable::run, p);
            SurfaceView view = new SurfaceView(vm);
            Scene scene = new Scene(view, W, H);
            view.applyCss();
            view.layout();
            float[] pts = ((TriangleMesh) view.surfacePlot().getMesh()).getPoints().toArray(null);
            List<String> labels = view.axisLabels().stream().filter(Node::isVisible)
                    .map(Label::getText).toList();
            SceneMapping map = vm.surfaceProperty().get().mapping();
            ViewBox box = map.box();
            double a = box.aMin() + 0.75 * box.width();
            double b = box.bMin() + 0.25 * box.height();
            double[] at = view.camera().project(view.camera().view(), map.worldX(a), -SceneMapping.HEIGHT / 2,
                    map.worldZ(b));
            int shown = scene.snapshot(null).getPixelReader().getArgb((int) at[0], (int) at[1]);
            return new Object[] {pts, labels, shown};
        });
        float[] pts = (float[]) r[0];
        for (int k = 1; k < pts.length; k += 3) {
            assertEquals(-SceneMapping.HEIGHT / 2, pts[k], WORLD_TOL, "vertex " + k / 3 + " at mid-height");
        }
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) r[1];
        assertTrue(labels.contains("E (flat)") && labels.contains("0.18"), "the height axis names the value: " + labels);
        double d = chromaDistance((Integer) r[2], new java.awt.Color(Colormap.argb(0.5)));
        assertTrue(d < SURFACE_HUE_TOL, "the surface is the middle colour: distance " + d);
    }
}
