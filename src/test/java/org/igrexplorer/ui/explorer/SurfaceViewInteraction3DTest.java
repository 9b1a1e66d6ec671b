package org.igrexplorer.ui.explorer;

import static org.igrexplorer.ui.Fx3dSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.ui.Fx3dSupport;
import org.igrexplorer.ui.export.NodeImages;
import org.igrexplorer.ui.render.SceneMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 3D view's JOML camera against what JavaFX renders, picking by ray, clicks that must not set the
 * start, and the switch to interactive quality and back (GTK + ES2 under Xvfb with -Dprism.forceGPU=true).
 */
@Tag("fx-3d")
class SurfaceViewInteraction3DTest {

    private static final int W = 900;
    private static final int H = 700;
    /** Pixels between the JOML projection and JavaFX's own (float arithmetic in JavaFX). */
    private static final double PROJECTION_TOL = 0.5;
    /** A picked start is rounded to about 1/1000 of the box: this much of the box width is allowed. */
    private static final double PICK_TOL = 2e-3;
    /** The settle timer may fire this much early (timer granularity of the pulse), milliseconds. */
    private static final double SETTLE_SLACK_MS = 20;
    /** A held-back curve update may come this much after its {@link SurfaceView#DRAG_UPDATE_MS}, milliseconds. */
    private static final double THROTTLE_LATE_MS = 1000;

    private ExplorerViewModel vm;
    private SurfaceView view;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx3dSupport.startToolkit();
        // closing this test's window must not end the toolkit for the tests after it
        javafx.application.Platform.setImplicitExit(false);
    }

    @BeforeEach
    void open() throws Exception {
        Fx3dSupport.require3d();
        onFx(() -> {
            vm = new ExplorerViewModel(Runnable::run, Runnable::run);
            view = new SurfaceView(vm);
            stage = new Stage();
            stage.setScene(new Scene(view, W, H));
            stage.show();
            view.applyCss();
            view.layout();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    private void mouse(javafx.event.EventType<MouseEvent> type, double x, double y) throws Exception {
        onFx(() -> {
            Event.fireEvent(view.subScene(), new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false,
                    false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, true, null));
            return null;
        });
    }

    @Test
    void theJomlCameraProjectsWhereJavaFxDraws() throws Exception {
        double[][] anchors = {{0, 0, 0}, {-200, 0, -200}, {200, -150, 200}, {120, -40, -80}};
        for (double az : new double[] {-35, 60, 170}) {
            onFx(() -> {
                view.setCameraState(new org.igrexplorer.core.session.Camera(az, 25, 1.2, 10, 30));
                return null;
            });
            for (double[] p : anchors) {
                double[] joml = onFx(() -> view.camera().project(view.camera().view(), p[0], p[1], p[2]));
                Point2D fx = onFx(() -> {
                    Point3D sp = view.overlayGroup().localToScene(new Point3D(p[0], p[1], p[2]), true);
                    return view.sceneToLocal(sp.getX(), sp.getY());
                });
                assertEquals(fx.getX(), joml[0], PROJECTION_TOL, "x at azimuth " + az);
                assertEquals(fx.getY(), joml[1], PROJECTION_TOL, "y at azimuth " + az);
            }
        }
    }

    @Test
    void aClickOnTheSurfaceSetsTheStartThere() throws Exception {
        SceneMapping map = onFx(() -> vm.surfaceProperty().get().mapping());
        double a = map.box().aMin() + 0.3 * map.box().width();
        double b = map.box().bMin() + 0.6 * map.box().height();
        double[] px = onFx(() -> view.camera().project(view.camera().view(), map.worldX(a), map.worldY(a, b),
                map.worldZ(b)));
        mouse(MouseEvent.MOUSE_PRESSED, px[0], px[1]);
        mouse(MouseEvent.MOUSE_RELEASED, px[0], px[1]);
        RunParameters p = onFx(() -> vm.parametersProperty().get());
        assertEquals(a, p.a0(), PICK_TOL * map.box().width());
        assertEquals(b, p.b0(), PICK_TOL * map.box().height());
    }

    @Test
    void aReleaseWithoutPressOrAtTheEndOfADragDoesNotSetTheStart() throws Exception {
        RunParameters before = onFx(() -> vm.parametersProperty().get());
        // the press closed a popup and was consumed there: only the release arrives
        mouse(MouseEvent.MOUSE_RELEASED, W / 2.0, H / 2.0);
        // an orbit that comes back to where it began
        mouse(MouseEvent.MOUSE_PRESSED, W / 2.0, H / 2.0);
        mouse(MouseEvent.MOUSE_DRAGGED, W / 2.0 + 60, H / 2.0);
        mouse(MouseEvent.MOUSE_DRAGGED, W / 2.0, H / 2.0);
        mouse(MouseEvent.MOUSE_RELEASED, W / 2.0, H / 2.0);
        RunParameters after = onFx(() -> vm.parametersProperty().get());
        assertEquals(before.a0(), after.a0(), 0);
        assertEquals(before.b0(), after.b0(), 0);
    }

    @Test
    void draggingSwitchesToInteractiveQualityAndBackUnlessFullQualityIsForced() throws Exception {
        assertFalse(onFx(() -> view.interactiveProperty().get()));
        assertEquals(SceneAntialiasing.BALANCED, onFx(() -> view.shownSubScene().getAntiAliasing()));
        mouse(MouseEvent.MOUSE_PRESSED, 300, 300);
        mouse(MouseEvent.MOUSE_DRAGGED, 330, 310);
        assertTrue(onFx(() -> view.interactiveProperty().get()), "interactive while orbiting");
        assertTrue(onFx(() -> view.subScene().getRoot().getChildrenUnmodifiable().isEmpty()),
                "the multisampled scene is emptied meanwhile");
        assertEquals(SceneAntialiasing.DISABLED, onFx(() -> view.shownSubScene().getAntiAliasing()),
                "no multisampling while orbiting");
        assertTrue(onFx(() -> view.shownSubScene().isVisible() && !view.subScene().isVisible()));
        mouse(MouseEvent.MOUSE_DRAGGED, 340, 320);
        long released = System.nanoTime();
        mouse(MouseEvent.MOUSE_RELEASED, 340, 320);
        // checked on the FX thread: no pulse can run the settle timer meanwhile
        double[] halfway = onFx(() -> {
            long t = System.nanoTime();
            while (System.nanoTime() - released < SurfaceView.SETTLE_MS / 2 * 1_000_000L) {
                Thread.onSpinWait();
            }
            return new double[] {view.interactiveProperty().get() ? 1 : 0, (System.nanoTime() - released) / 1e6,
                (t - released) / 1e6};
        });
        if (halfway[2] < SurfaceView.SETTLE_MS - SETTLE_SLACK_MS) {
            assertEquals(1, halfway[0], 0, "still interactive " + halfway[1] + " ms after the last input");
        }
        long end = System.currentTimeMillis() + 5000;
        while (onFx(() -> view.interactiveProperty().get()) && System.currentTimeMillis() < end) {
            Thread.sleep(10);
        }
        double backMs = (System.nanoTime() - released) / 1e6;
        assertFalse(onFx(() -> view.interactiveProperty().get()), "full quality again after the last input");
        assertTrue(backMs >= SurfaceView.SETTLE_MS - SETTLE_SLACK_MS,
                "full quality returns " + SurfaceView.SETTLE_MS + " ms after the last input, not before: " + backMs);
        assertFalse(onFx(() -> view.subScene().getRoot().getChildrenUnmodifiable().isEmpty()));
        assertEquals(SceneAntialiasing.BALANCED, onFx(() -> view.shownSubScene().getAntiAliasing()),
                "multisampled again at rest");

        onFx(() -> {
            view.fullQualityProperty().set(true);
            return null;
        });
        mouse(MouseEvent.MOUSE_PRESSED, 300, 300);
        mouse(MouseEvent.MOUSE_DRAGGED, 340, 300);
        assertFalse(onFx(() -> view.interactiveProperty().get()), "full quality forced");
        assertEquals(SceneAntialiasing.BALANCED, onFx(() -> view.shownSubScene().getAntiAliasing()),
                "multisampled while orbiting when full quality is forced");
        mouse(MouseEvent.MOUSE_RELEASED, 340, 300);

        onFx(() -> {
            view.fullQualityProperty().set(false);
            view.holdInteractiveProperty().set(true);
            return null;
        });
        assertTrue(onFx(() -> view.interactiveProperty().get()), "interactive while the plane's start is dragged");
    }

    @Test
    void whileTheStartIsDraggedInThePlaneNewCurvesReachThe3dViewAtMostEveryDragUpdateMs() throws Exception {
        onFx(() -> {
            view.holdInteractiveProperty().set(true);
            return null;
        });
        // a burst of drag steps: each recomputes the curves at once (synchronous executors here)
        long[] burst = onFx(() -> {
            int before = view.curveUpdates();
            long builds = view.curveMeshBuilds();
            long t0 = System.nanoTime();
            RunParameters p = vm.parametersProperty().get();
            for (int i = 1; i <= 6; i++) {
                vm.setStart(p.a0() + 0.01 * i, p.b0());
            }
            return new long[] {view.curveUpdates() - before, (System.nanoTime() - t0) / 1_000_000,
                view.curveMeshBuilds() - builds};
        });
        long allowed = 1 + burst[1] / SurfaceView.DRAG_UPDATE_MS;
        assertTrue(burst[0] <= allowed, burst[0] + " updates shown in " + burst[1] + " ms, at most " + allowed);
        assertTrue(burst[0] < 6, "not every drag step re-renders the 3D view");
        assertEquals(burst[0], burst[2], "tubes are built only for the curves the view shows");
        // the newest curves follow within the interval, while the start is still held
        long end = System.currentTimeMillis() + SurfaceView.DRAG_UPDATE_MS + (long) THROTTLE_LATE_MS;
        while (onFx(() -> view.shownCurves() != vm.curvesProperty().get()) && System.currentTimeMillis() < end) {
            Thread.sleep(10);
        }
        assertTrue(onFx(() -> view.shownCurves() == vm.curvesProperty().get()), "the newest curves are shown");
        // the end of the drag shows the last step at once
        boolean atRelease = onFx(() -> {
            RunParameters p = vm.parametersProperty().get();
            vm.setStart(p.a0() + 0.01, p.b0());
            vm.setStart(p.a0() + 0.02, p.b0());
            view.holdInteractiveProperty().set(false);
            return view.shownCurves() == vm.curvesProperty().get();
        });
        assertTrue(atRelease, "the last step is shown when the drag ends");
        // full quality forced: every step is shown
        long[] shown = onFx(() -> {
            view.fullQualityProperty().set(true);
            view.holdInteractiveProperty().set(true);
            int before = view.curveUpdates();
            long builds = view.curveMeshBuilds();
            RunParameters p = vm.parametersProperty().get();
            for (int i = 1; i <= 4; i++) {
                vm.setStart(p.a0() - 0.01 * i, p.b0());
            }
            return new long[] {view.curveUpdates() - before, view.curveMeshBuilds() - builds};
        });
        assertEquals(4, shown[0], "with full quality forced the 3D view follows every step");
        assertEquals(4, shown[1], "and builds each step's tubes");
    }

    @Test
    void withABackgroundThreadADragBuildsTubesOnlyForTheSnapshotsThe3dViewShowsAndTheyMatchTheCurves()
            throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        Stage[] own = new Stage[1];
        try {
            ExplorerViewModel async = onFx(() -> new ExplorerViewModel(worker, Platform::runLater));
            SurfaceView v = onFx(() -> {
                SurfaceView sv = new SurfaceView(async);
                own[0] = new Stage();
                own[0].setScene(new Scene(sv, W, H));
                own[0].show();
                sv.holdInteractiveProperty().set(true);
                return sv;
            });
            int[] published = {0};
            onFx(() -> {
                async.curvesProperty().addListener((o, was, is) -> published[0]++);
                return null;
            });
            long builds0 = onFx(v::curveMeshBuilds);
            RunParameters p = onFx(() -> async.parametersProperty().get());
            long t0 = System.nanoTime();
            // a drag at 60 Hz for half a second, each step waiting for its curves as the plane would show them
            for (int i = 1; i <= 30; i++) {
                int k = i;
                onFx(() -> {
                    async.setStart(p.a0() + 0.01 * k, p.b0());
                    return null;
                });
                Thread.sleep(16);
            }
            long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            long builds = onFx(v::curveMeshBuilds) - builds0;
            int steps = onFx(() -> published[0]);
            assertTrue(steps >= 10, "most drag steps publish curves: " + steps);
            // one build per DRAG_UPDATE_MS, one at the start, one trailing update the throttle may have started
            long allowed = 2 + elapsedMs / SurfaceView.DRAG_UPDATE_MS;
            assertTrue(builds <= allowed, builds + " mesh builds for " + steps + " drag steps in " + elapsedMs
                    + " ms, at most " + allowed);
            onFx(() -> {
                v.holdInteractiveProperty().set(false);
                return null;
            });
            long end = System.currentTimeMillis() + 10_000;
            while (onFx(() -> v.shownCurves() != async.curvesProperty().get() || !async.isIdle())
                    && System.currentTimeMillis() < end) {
                Thread.sleep(10);
            }
            var c = onFx(() -> async.curvesProperty().get());
            assertTrue(onFx(() -> v.shownCurves() == c), "the release shows the last step's curves");
            var expected = ExplorerViewModel.meshes(c);
            for (Method m : c.trajectories().keySet()) {
                TriangleMesh[] fx = onFx(() -> v.curveMeshes(m));
                assertArrayEquals(expected.meshes().get(m).line().points(), fx[0].getPoints().toArray(null),
                        m.id() + ": the tube shown is the last step's");
                assertArrayEquals(expected.meshes().get(m).markers().faces(), fx[1].getFaces().toArray(null),
                        m.id() + ": markers");
            }
        } finally {
            onFx(() -> {
                if (own[0] != null) {
                    own[0].close();
                }
                return null;
            });
            worker.shutdownNow();
        }
    }

    @Test
    void anExportRightAfterNewCurvesShowsThemThoughTheirTubesWereStillBeingBuilt() throws Exception {
        // background work runs only when the test says so: the new curves' mesh job is still waiting at the export
        Deque<Runnable> queued = new ArrayDeque<>();
        Stage[] own = new Stage[1];
        try {
            long[] r = onFx(() -> {
                ExplorerViewModel manual = new ExplorerViewModel(queued::add, Runnable::run);
                SurfaceView sv = new SurfaceView(manual);
                own[0] = new Stage();
                own[0].setScene(new Scene(sv, W, H));
                own[0].show();
                drain(queued);
                var first = sv.shownCurves();
                RunParameters p = manual.parametersProperty().get();
                manual.setStart(p.a0() + 0.05, p.b0());
                queued.poll().run(); // the curves: published at once (synchronous UI executor)
                boolean waiting = sv.shownCurves() == first && manual.curvesProperty().get() != first;
                NodeImages.snapshot(sv, 1);
                boolean exported = sv.shownCurves() == manual.curvesProperty().get();
                int updates = sv.curveUpdates();
                drain(queued); // the mesh job finishes late: nothing is shown twice
                return new long[] {waiting ? 1 : 0, exported ? 1 : 0, sv.curveUpdates() - updates,
                    first != null ? 1 : 0};
            });
            assertEquals(1, r[3], "curves were shown before the change");
            assertEquals(1, r[0], "the new curves' tubes were not built yet");
            assertEquals(1, r[1], "the export shows the new curves");
            assertEquals(0, r[2], "the late build is not shown again");
        } finally {
            onFx(() -> {
                if (own[0] != null) {
                    own[0].close();
                }
                return null;
            });
        }
    }

    private static void drain(Deque<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void anExportedPictureLeavesOutTheResetButtonAndTheHint() throws Exception {
        double[] screen = onFx(() -> {
            javafx.scene.image.WritableImage shown = view.snapshot(null, null);
            javafx.scene.image.WritableImage exported = NodeImages.snapshot(view, 1);
            javafx.geometry.Bounds b = view.controls().get(0).getBoundsInParent();
            int x0 = (int) b.getMinX();
            int x1 = (int) b.getMaxX();
            int y0 = (int) b.getMinY();
            int y1 = (int) b.getMaxY();
            return new double[] {Fx3dSupport.nonWhiteFraction(shown.getPixelReader(), x0, x1, y0, y1),
                Fx3dSupport.nonWhiteFraction(exported.getPixelReader(), x0, x1, y0, y1),
                view.controls().get(0).isVisible() && view.controls().get(1).isVisible() ? 1 : 0};
        });
        assertTrue(screen[0] > 0.3, "the button is drawn on screen: " + screen[0]);
        assertTrue(screen[1] < screen[0] / 3, "and not in the export: " + screen[1] + " vs " + screen[0]);
        assertEquals(1, screen[2], 0, "the controls are back after the export");
    }

    @Test
    void axisLabelsNeverOverlapInASmallView() throws Exception {
        onFx(() -> {
            stage.setWidth(420);
            stage.setHeight(320);
            view.setLabelScale(1.7);
            view.applyCss();
            view.layout();
            return null;
        });
        for (double az : new double[] {-35, 0, 45, 90, 160}) {
            java.util.List<javafx.geometry.Bounds> shown = onFx(() -> {
                view.setCameraState(new org.igrexplorer.core.session.Camera(az, 20, 1, 0, 40));
                return view.axisLabels().stream().filter(javafx.scene.Node::isVisible)
                        .map(javafx.scene.Node::getBoundsInParent).toList();
            });
            assertTrue(shown.size() >= 3, "some labels stay: " + shown.size());
            for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                    javafx.geometry.Bounds p = shown.get(i);
                    javafx.geometry.Bounds q = shown.get(j);
                    boolean overlap = p.getMinX() < q.getMaxX() && q.getMinX() < p.getMaxX()
                            && p.getMinY() < q.getMaxY() && q.getMinY() < p.getMaxY();
                    assertFalse(overlap, "labels " + i + " and " + j + " overlap at " + az + "°: " + p + " " + q);
                }
            }
        }
    }
}
