package org.igrexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.fxyz3d.shapes.primitives.SurfacePlotMesh;
import javafx.util.Duration;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.Camera;
import org.igrexplorer.ui.concurrent.CoalescingExecutor;
import org.igrexplorer.ui.export.SnapshotReady;
import org.igrexplorer.ui.plot.ChartColors;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.OrbitCamera;
import org.igrexplorer.ui.render.SceneGeometry;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.ui.render.SurfacePicker;

/**
 * The 3D loss surface in a SubScene (depth buffer, 4× antialiasing): an FXyz3D surface plot
 * ({@link SurfacePlot}) wearing a smooth colour image of log E with contour lines, lights, box axes with tick labels drawn as a crisp 2D overlay, the minima hyperbola,
 * the flattest minimum, and every trajectory as a lifted tube (GD iterates as markers). Drag to
 * orbit, wheel or pinch to zoom, right-drag or shift-drag to pan, click the surface to set the
 * start. When the platform has no 3D, it says so and how to enable it.
 *
 * <p>The camera is an {@link OrbitCamera} (JOML): it gives the world's transform, the screen position
 * of every axis label and the surface point under a click ({@link SurfacePicker}); the scene itself is
 * mouse-transparent. While the user orbits, pans, zooms or drags the start in the plane
 * ({@link #holdInteractiveProperty()}), the view renders at interactive quality (no multisampling, a
 * coarser surface mesh) and returns to full quality {@value #SETTLE_MS} ms after the last input, unless
 * {@link #fullQualityProperty()} asks for full quality always; while the start is dragged in the plane, new
 * curves reach the 3D view at most every {@value #DRAG_UPDATE_MS} ms (and at once when the drag ends). The view
 * builds the curves' tubes and markers itself, off the FX thread, only for the snapshots it shows: a drag step
 * computes the curves alone.
 */
public final class SurfaceView extends StackPane implements SnapshotReady {

    /** A press-release within this many pixels counts as a click (sets the start), not a drag. */
    public static final double CLICK_SLOP = 4;
    /** Milliseconds after the last input before full quality returns. */
    public static final int SETTLE_MS = 200;
    /** At interactive quality the 3D image is rendered with this many times fewer pixels per side, then scaled up. */
    public static final int INTERACTIVE_PIXEL_STEP = 2;
    /**
     * While the start is dragged in the plane, the 3D view shows new curves at most this often (milliseconds):
     * each update re-renders the whole 3D view, which on software OpenGL costs more than the plane's frame.
     */
    public static final int DRAG_UPDATE_MS = 150;

    private final ExplorerViewModel vm;
    private final boolean supported;
    private final Group world = new Group();
    private final Group curvesGroup = new Group();
    /** Extra 3D content in world coordinates added by other features (e.g. teaching mode). */
    private final Group overlay = new Group();
    private final Axes3D axes = new Axes3D();
    /** Holds the FXyz3D surface plot meshes (full and interactive resolution). */
    private final Group surfaceGroup = new Group();
    private final PhongMaterial surfaceMaterial = SurfacePlot.material();
    private final MeshView hyperbolaView = new MeshView();
    /** The edge h·λ_max(H) = 2 of the region where gradient descent can settle. */
    private final MeshView stableEdgeView = new MeshView();
    private final Map<Method, MeshView[]> curveViews = new EnumMap<>(Method.class);
    private final Sphere flattest = new Sphere(4.5);
    private final Cylinder flattestPin = new Cylinder(0.8, 26);
    private final Sphere start = new Sphere(4.2);
    private final OrbitCamera camera = new OrbitCamera();
    /** The world's transform: pan and orbit, from {@link #camera}. */
    private final Affine worldTransform = new Affine();
    private final Translate fineCameraPosition = new Translate();
    private final Translate fastCameraPosition = new Translate();
    private final BooleanProperty fullQuality = new SimpleBooleanProperty(this, "fullQuality", false);
    private final BooleanProperty holdInteractive = new SimpleBooleanProperty(this, "holdInteractive", false);
    private final ReadOnlyBooleanWrapper interactive = new ReadOnlyBooleanWrapper(this, "interactive", false);
    private final PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
    /** Shows {@link #pendingCurves} when the {@value #DRAG_UPDATE_MS} ms since the last curves shown are over. */
    private final PauseTransition curveThrottle = new PauseTransition();
    /** The newest curves not shown yet (held back during a drag in the plane), or null. */
    private ExplorerViewModel.CurveSnapshot pendingCurves;
    /** {@link System#nanoTime()} when curves were last let through to be shown. */
    private long curvesShownAt = Long.MIN_VALUE / 2;
    /** The newest curves let through: their meshes are being built, or shown already. */
    private ExplorerViewModel.CurveSnapshot meshedCurves;
    /** The curves shown now, and how many snapshots have been shown (for tests of the throttling). */
    private ExplorerViewModel.CurveSnapshot shownCurves;
    private int curveUpdates;
    /** Builds the curves' meshes off the FX thread (newest shown snapshot wins); synchronous when the view-model is. */
    private final CoalescingExecutor curveMeshJobs;
    private final Group root = new Group();
    /** Full quality: depth buffer and 4× multisampling. */
    private SubScene subScene;
    /** Interactive quality: no multisampling; shown instead of {@link #subScene} while the user moves things. */
    private SubScene fastScene;
    private Button resetButton;
    private Label hintLabel;
    private SurfacePlotMesh fineSurface;
    private SurfacePlotMesh coarseSurface;
    /** Builds the FXyz meshes off the FX thread (newest surface wins); synchronous when the view-model is. */
    private final CoalescingExecutor meshJobs;
    private SceneMapping mapping;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    /** Whether the current press began in this view (a press that closed a popup never arrives). */
    private boolean pressSeen;
    /** Whether the pointer has moved further than {@link #CLICK_SLOP} since the press. */
    private boolean draggedAway;

    /** Style class of the text a view shows in place of its 3D scene where the platform has no 3D. */
    public static final String NO_3D_MESSAGE = "no-3d-message";

    public SurfaceView(ExplorerViewModel vm) {
        this.vm = vm;
        this.meshJobs = new CoalescingExecutor(vm.backgroundExecutor(), vm.uiExecutor());
        this.curveMeshJobs = new CoalescingExecutor(vm.backgroundExecutor(), vm.uiExecutor());
        setId("surface-view");
        setMinSize(200, 150);
        setBackground(Background.fill(Color.WHITE));
        supported = Platform.isSupported(ConditionalFeature.SCENE3D);
        if (!supported) {
            Label msg = new Label("3D is not available on this graphics pipeline.\n"
                    + "Under a software OpenGL (Mesa llvmpipe, Xvfb) start with -Dprism.forceGPU=true,\n"
                    + "e.g. java -Dprism.forceGPU=true -jar igr-explorer.jar\n"
                    + "The 2D plane and the controls work without it.");
            msg.setId("no-3d-message");
            msg.setWrapText(true);
            msg.getStyleClass().add(NO_3D_MESSAGE); // the theme's text colour and size (dark, presentation)
            getChildren().add(msg);
            StackPane.setAlignment(msg, Pos.CENTER);
            return;
        }
        build();
    }

    /** @return whether the 3D scene exists (false when the platform lacks SCENE3D) */
    public boolean isSupported3D() {
        return supported;
    }

    /** @return a group in world coordinates (see the view-model's SceneMapping) for other features' 3D content */
    public Group overlayGroup() {
        return overlay;
    }

    /** @return the SubScene (null when 3D is unsupported) */
    public SubScene subScene() {
        return subScene;
    }

    private static PhongMaterial plain(Color c, double specular) {
        PhongMaterial m = new PhongMaterial(c);
        m.setSpecularColor(Color.gray(specular));
        m.setSpecularPower(24);
        return m;
    }

    private void build() {
        surfaceGroup.setId("surface-plot");
        surfaceGroup.setMouseTransparent(true);
        hyperbolaView.setMaterial(plain(MethodPalette.toFx(MethodPalette.INK), 0.3));
        stableEdgeView.setMaterial(plain(Color.rgb(0x00, 0x9E, 0x73), 0.3));
        stableEdgeView.setMouseTransparent(true);
        hyperbolaView.setMouseTransparent(true);
        flattest.setMaterial(plain(Color.web("#111111"), 0.6));
        flattestPin.setMaterial(plain(Color.web("#111111"), 0.2));
        start.setMaterial(plain(Color.WHITE, 0.4));
        flattest.setMouseTransparent(true);
        flattestPin.setMouseTransparent(true);
        start.setMouseTransparent(true);
        curvesGroup.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        for (Method m : Method.values()) {
            MeshView line = new MeshView();
            MeshView markers = new MeshView();
            PhongMaterial mat = plain(MethodPalette.fx(m), 0.35);
            line.setMaterial(mat);
            markers.setMaterial(mat);
            line.setCullFace(CullFace.NONE);
            curveViews.put(m, new MeshView[] {line, markers});
            curvesGroup.getChildren().addAll(line, markers);
        }
        world.getChildren().addAll(surfaceGroup, hyperbolaView, stableEdgeView, axes.bars(), curvesGroup, flattest,
                flattestPin, start,
                overlay);

        AmbientLight ambient = new AmbientLight(Color.gray(0.55));
        PointLight key = new PointLight(Color.gray(0.55));
        key.getTransforms().add(new Translate(-600, -900, -700));
        PointLight fill = new PointLight(Color.gray(0.2));
        fill.getTransforms().add(new Translate(700, -400, 500));

        // the lights sit outside the rotating world: the lighting stays fixed with respect to the viewer
        world.getTransforms().add(worldTransform);
        root.getChildren().addAll(world, ambient, key, fill);
        // picking is done by SurfacePicker: JavaFX need not test the meshes on every mouse move
        root.setMouseTransparent(true);

        subScene = subScene(SceneAntialiasing.BALANCED, fineCameraPosition);
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        subScene.setRoot(root);
        fastScene = subScene(SceneAntialiasing.DISABLED, fastCameraPosition);
        fastScene.widthProperty().bind(widthProperty().divide(INTERACTIVE_PIXEL_STEP));
        fastScene.heightProperty().bind(heightProperty().divide(INTERACTIVE_PIXEL_STEP));
        fastScene.getTransforms().add(new Scale(INTERACTIVE_PIXEL_STEP,
                INTERACTIVE_PIXEL_STEP, 0, 0));
        fastScene.setVisible(false);
        settle.setOnFinished(e -> {
            if (!pressSeen && !holdInteractive.get()) {
                setInteractive(false);
            }
        });
        holdInteractive.addListener((o, was, is) -> {
            touched();
            if (!is) {
                showPendingCurves();
            }
        });
        fullQuality.addListener((o, was, is) -> {
            if (is) {
                setInteractive(false);
                showPendingCurves();
            }
        });
        curveThrottle.setOnFinished(e -> showPendingCurves());

        Button reset = new Button("Reset view");
        reset.setTooltip(new Tooltip("Back to the default camera: orbit, zoom and pan undone (the surface stays centred)"));
        reset.setId("reset-3d-view");
        reset.setOnAction(e -> resetView());
        Label hint = new Label("drag: orbit · wheel: zoom · right/shift-drag: pan · click: set start");
        hint.setId("hint-3d-view");
        hint.getStyleClass().add("hint"); // the theme's muted text, in em: it grows in presentation mode
        hint.setWrapText(true);
        StackPane.setAlignment(reset, Pos.TOP_RIGHT);
        StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
        StackPane.setMargin(reset, new Insets(6));
        StackPane.setMargin(hint, new Insets(4, 8, 4, 8));
        resetButton = reset;
        hintLabel = hint;
        getChildren().addAll(subScene, fastScene, axes.labels(), reset, hint);

        for (SubScene sc : new SubScene[] {subScene, fastScene}) {
            sc.setOnMousePressed(this::pressed);
            sc.setOnMouseDragged(this::dragged);
            sc.setOnMouseReleased(this::released);
            sc.setOnScroll(e -> zoom(Math.pow(1.0015, -e.getDeltaY())));
            sc.setOnZoom(e -> zoom(1 / e.getZoomFactor()));
        }
        updateCamera();

        vm.surfaceProperty().addListener((o, was, is) -> showSurface(is));
        vm.curvesProperty().addListener((o, was, is) -> curvesChanged(is));
        if (vm.surfaceProperty().get() != null) {
            showSurface(vm.surfaceProperty().get());
        }
        curvesChanged(vm.curvesProperty().get());
    }

    private SubScene subScene(SceneAntialiasing aa, Translate position) {
        PerspectiveCamera cam = new PerspectiveCamera(true);
        cam.setFieldOfView(OrbitCamera.FIELD_OF_VIEW);
        cam.setNearClip(5);
        cam.setFarClip(10000);
        cam.getTransforms().add(position);
        SubScene sc = new SubScene(new Group(), 400, 300, true, aa);
        sc.setCamera(cam);
        sc.setFill(Color.WHITE);
        sc.setManaged(false);
        return sc;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (subScene != null) {
            subScene.relocate(0, 0);
            fastScene.relocate(0, 0);
            updateCamera();
        }
    }

    /** @return when true, the view stays at full quality while the user moves things (slower on software GL) */
    public BooleanProperty fullQualityProperty() {
        return fullQuality;
    }

    /**
     * @return set true while something else is being dragged that changes this view (the start handle in the
     *         plane): the view renders at interactive quality meanwhile and for {@value #SETTLE_MS} ms after
     */
    public BooleanProperty holdInteractiveProperty() {
        return holdInteractive;
    }

    /** @return whether the view renders at interactive quality now */
    public ReadOnlyBooleanProperty interactiveProperty() {
        return interactive.getReadOnlyProperty();
    }

    /** Some input changed the view: interactive quality now, full quality {@value #SETTLE_MS} ms after the last. */
    private void touched() {
        if (!fullQuality.get()) {
            setInteractive(true);
        }
        settle.playFromStart();
    }

    private void setInteractive(boolean on) {
        if (subScene == null || interactive.get() == on || (on && fullQuality.get())) {
            return;
        }
        interactive.set(on);
        SubScene from = on ? subScene : fastScene;
        SubScene to = on ? fastScene : subScene;
        from.setRoot(new Group());
        to.setRoot(root);
        to.setVisible(true);
        from.setVisible(false);
        showResolution();
    }

    /**
     * @return the camera now, or {@link Camera#DEFAULT} if its values are outside what a session accepts
     */
    public Camera cameraState() {
        double yaw = camera.azimuth();
        double pitch = camera.elevation();
        double zoom = camera.zoomFactor();
        return Camera.problems(yaw, pitch, zoom, camera.panX(), camera.panY()).isEmpty()
                ? new Camera(yaw, pitch, zoom, camera.panX(), camera.panY()) : Camera.DEFAULT;
    }

    /** Restores a camera, clamped as the mouse would (elevation −5…89°, zoom 0.3…5). */
    public void setCameraState(Camera c) {
        camera.set(c.yaw(), c.pitch(), c.distance(), c.panX(), c.panY());
        updateCamera();
    }

    /** Restores the default orbit, zoom and pan. */
    public void resetView() {
        camera.reset();
        updateCamera();
    }

    /** @return the camera (JOML) that places the world, projects the labels and picks the surface */
    public OrbitCamera camera() {
        return camera;
    }

    /**
     * Applies the camera: the world's transform from its quaternion and pan, the camera distance that fits
     * the model into the viewport whatever its aspect ratio, and the labels' screen positions.
     */
    private void updateCamera() {
        if (subScene == null) {
            return;
        }
        camera.viewport(getWidth(), getHeight());
        Fx3d.place(worldTransform, camera);
        fineCameraPosition.setZ(-camera.distance());
        fastCameraPosition.setZ(-camera.distance());
        updateLabels();
    }

    private void zoom(double factor) {
        camera.zoom(factor);
        updateCamera();
        touched();
    }

    private void pressed(MouseEvent e) {
        lastX = pressX = e.getSceneX();
        lastY = pressY = e.getSceneY();
        pressSeen = true;
        draggedAway = false;
    }

    private void dragged(MouseEvent e) {
        if (!pressSeen) {
            return;
        }
        double dx = e.getSceneX() - lastX;
        double dy = e.getSceneY() - lastY;
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        draggedAway |= Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) > CLICK_SLOP;
        if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown() || e.getButton() == MouseButton.MIDDLE) {
            camera.pan(dx, dy);
        } else {
            camera.orbit(dx, dy);
        }
        updateCamera();
        touched();
    }

    private void released(MouseEvent e) {
        boolean click = pressSeen && !draggedAway && e.getButton() == MouseButton.PRIMARY
                && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) <= CLICK_SLOP;
        pressSeen = false;
        settle.playFromStart();
        Point2D at = sceneToLocal(e.getSceneX(), e.getSceneY());
        if (click && mapping != null && at != null) {
            SurfacePicker.pick(camera, mapping, at.getX(), at.getY()).ifPresent(ab -> vm.setStart(ab[0], ab[1]));
        }
    }

    /** Sets the start from the surface point under a view pixel, as a click there does. */
    void clickAt(double x, double y) {
        if (mapping != null) {
            SurfacePicker.pick(camera, mapping, x, y).ifPresent(ab -> vm.setStart(ab[0], ab[1]));
        }
    }

    private void showSurface(ExplorerViewModel.SurfaceSnapshot s) {
        if (s == null) {
            return;
        }
        // FXyz assembles the meshes (boxed points, streams: tens of ms at 160²) off the FX thread: the nodes are
        // not attached to the scene until the FX thread swaps them in, which JavaFX allows
        meshJobs.submit(() -> new SurfacePlotMesh[] {SurfacePlot.mesh(s.surface()), SurfacePlot.mesh(s.coarseSurface())},
                m -> installSurface(s, m[0], m[1]), e -> System.getLogger(SurfaceView.class.getName())
                        .log(System.Logger.Level.WARNING, "the 3D surface mesh could not be built", e));
    }

    private void installSurface(ExplorerViewModel.SurfaceSnapshot s, SurfacePlotMesh fine, SurfacePlotMesh coarse) {
        if (vm.surfaceProperty().get() != s) {
            return;
        }
        mapping = s.mapping();
        SurfacePlot.wear(surfaceMaterial, s.texture());
        fineSurface = fine;
        fineSurface.setId("surface-mesh");
        coarseSurface = coarse;
        fineSurface.setMaterial(surfaceMaterial);
        coarseSurface.setMaterial(surfaceMaterial);
        surfaceGroup.getChildren().setAll(fineSurface, coarseSurface);
        showResolution();
        hyperbolaView.setMesh(Fx3d.mesh(s.minima()));
        buildAxes();
        placeMarkers();
    }

    /** Shows the coarse surface at interactive quality, the fine one otherwise. */
    private void showResolution() {
        if (fineSurface != null) {
            fineSurface.setVisible(!interactive.get());
            coarseSurface.setVisible(interactive.get());
        }
    }

    /** @return the FXyz3D surface plot shown at full quality (null before the first surface) */
    SurfacePlotMesh surfacePlot() {
        return fineSurface;
    }

    /**
     * New curves: shown at once, except while the start is dragged in the plane (and full quality is not
     * forced), when they are shown at most every {@value #DRAG_UPDATE_MS} ms, the newest winning, and at
     * once when the drag ends; the frames between re-render only the plane.
     */
    private void curvesChanged(ExplorerViewModel.CurveSnapshot c) {
        if (c == null) {
            return;
        }
        pendingCurves = c;
        long sinceMs = (System.nanoTime() - curvesShownAt) / 1_000_000;
        if (!holdInteractive.get() || fullQuality.get() || sinceMs >= DRAG_UPDATE_MS) {
            showPendingCurves();
        } else if (curveThrottle.getStatus() != Animation.Status.RUNNING) {
            curveThrottle.setDuration(Duration.millis(DRAG_UPDATE_MS - sinceMs));
            curveThrottle.playFromStart();
        }
    }

    /** Lets the pending curves through: their meshes are built in the background, then shown. */
    private void showPendingCurves() {
        curveThrottle.stop();
        ExplorerViewModel.CurveSnapshot c = pendingCurves;
        pendingCurves = null;
        if (c != null) {
            curvesShownAt = System.nanoTime();
            meshedCurves = c;
            curveMeshJobs.submit(() -> ExplorerViewModel.meshes(c), m -> showCurves(c, m),
                    e -> System.getLogger(SurfaceView.class.getName()).log(System.Logger.Level.WARNING,
                            "the 3D curves could not be built", e));
        }
    }

    /** @return how many curve snapshots the view has shown so far */
    int curveUpdates() {
        return curveUpdates;
    }

    /** @return how many times the view has built curve meshes (once per snapshot it shows, not per drag step) */
    long curveMeshBuilds() {
        return curveMeshJobs.executedCount();
    }

    /** @return the JavaFX meshes of {@code m}'s tube and markers shown now (for tests) */
    TriangleMesh[] curveMeshes(Method m) {
        MeshView[] v = curveViews.get(m);
        return new TriangleMesh[] {(TriangleMesh) v[0].getMesh(), (TriangleMesh) v[1].getMesh()};
    }

    /** @return the curves the view shows now (null before the first) */
    ExplorerViewModel.CurveSnapshot shownCurves() {
        return shownCurves;
    }

    /** @return the SubScene that renders the scene now: the multisampled one, or the fast one while interactive */
    SubScene shownSubScene() {
        return interactive.get() ? fastScene : subScene;
    }

    /** Shows the meshes of {@code c}, unless newer curves were let through since or they are shown already. */
    private void showCurves(ExplorerViewModel.CurveSnapshot c, ExplorerViewModel.CurveMeshSet meshes) {
        if (c != meshedCurves || c == shownCurves) {
            return;
        }
        shownCurves = c;
        curveUpdates++;
        for (Method m : Method.values()) {
            MeshView[] v = curveViews.get(m);
            SceneGeometry.CurveMeshes cm = meshes.meshes().get(m);
            v[0].setVisible(cm != null);
            v[1].setVisible(cm != null);
            if (cm != null) {
                v[0].setMesh(Fx3d.mesh(cm.line()));
                v[1].setMesh(Fx3d.mesh(cm.markers()));
            }
        }
        stableEdgeView.setMesh(Fx3d.mesh(meshes.stableEdge()));
        placeMarkers();
    }

    private void placeMarkers() {
        SceneMapping map = mapping;
        RunParameters p = vm.parametersProperty().get();
        if (map == null) {
            return;
        }
        var fm = SceneGeometry.flattestMinimum(map, p.a0(), p.b0());
        flattest.setVisible(fm.isPresent());
        flattestPin.setVisible(fm.isPresent());
        fm.ifPresent(w -> {
            flattest.setTranslateX(w[0]);
            flattest.setTranslateY(w[1] - 16);
            flattest.setTranslateZ(w[2]);
            flattestPin.setTranslateX(w[0]);
            flattestPin.setTranslateY(w[1] - 4);
            flattestPin.setTranslateZ(w[2]);
        });
        boolean in = map.box().contains(p.a0(), p.b0());
        start.setVisible(in);
        if (in) {
            start.setTranslateX(map.worldX(p.a0()));
            start.setTranslateY(map.worldY(p.a0(), p.b0()) - SceneGeometry.LIFT - 2);
            start.setTranslateZ(map.worldZ(p.b0()));
        }
    }

    private void buildAxes() {
        SceneMapping map = mapping;
        ViewBox box = map.box();
        List<Axes3D.Tick> aTicks = Axes3D.ticks(box.aMin(), box.aMax(), false, 6, map::worldX);
        List<Axes3D.Tick> bTicks = Axes3D.ticks(box.bMin(), box.bMax(), false, 6, map::worldZ);
        List<Axes3D.Tick> hTicks = map.heightTicks().stream()
                .map(t -> new Axes3D.Tick(-t.height(), t.text())).toList();
        axes.frame(aTicks, "a", bTicks, "b", hTicks, map.heightTitle());
        updateLabels();
    }

    private void updateLabels() {
        axes.place(camera, getWidth(), getHeight());
    }

    /** The chart colours the view is drawn on (the theme's; exports use the light ones). */
    private ChartColors colors = ChartColors.LIGHT;

    /**
     * Draws the view on {@code c}'s card colour with its axes in a matching ink: white with dark axes, or the
     * dark theme's card with light axes.
     */
    public void setColors(ChartColors c) {
        colors = c;
        java.awt.Color card = c.background();
        Color bg = Color.rgb(card.getRed(), card.getGreen(), card.getBlue());
        setBackground(Background.fill(bg));
        if (subScene != null) {
            subScene.setFill(bg);
            fastScene.setFill(bg);
            axes.setDark(c.dark());
        }
    }

    /** Sets the size factor of the axis labels (1 normally; presentation mode uses more) and rebuilds them. */
    public void setLabelScale(double scale) {
        if (scale != axes.scale()) {
            axes.setScale(scale);
            if (mapping != null) {
                buildAxes();
            }
        }
    }

    @Override
    public Runnable readyForSnapshot() {
        List<Node> hidden = new ArrayList<>();
        for (Node n : controls()) {
            if (n.isVisible()) {
                n.setVisible(false);
                hidden.add(n);
            }
        }
        boolean wasInteractive = interactive.get();
        setInteractive(false);
        showPendingCurves();
        if (meshedCurves != shownCurves) {
            // the newest curves' meshes are still being built in the background: an export cannot wait for the
            // FX thread's next turn, so it builds them here once (well under a millisecond for five curves)
            showCurves(meshedCurves, ExplorerViewModel.meshes(meshedCurves));
        }
        ChartColors shown = colors;
        setColors(ChartColors.LIGHT); // exported pictures keep the light look in every theme
        return () -> {
            setColors(shown);
            hidden.forEach(n -> n.setVisible(true));
            if (wasInteractive) {
                setInteractive(true);
                settle.playFromStart();
            }
        };
    }

    /** @return a short description of the camera for diagnostics */
    public String cameraDescription() {
        return String.format(Locale.ROOT, "elevation %.1f°, azimuth %.1f°, distance %.0f", camera.elevation(),
                camera.azimuth(), camera.distance());
    }

    /** @return the reset button and the hint line: controls, left out of exported images */
    public List<Node> controls() {
        return resetButton == null ? List.of() : List.of(resetButton, hintLabel);
    }

    /** @return the label nodes of the axes (for tests of their layout) */
    List<Label> axisLabels() {
        return axes.labelNodes();
    }
}
