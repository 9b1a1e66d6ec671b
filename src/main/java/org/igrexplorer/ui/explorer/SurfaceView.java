package org.igrexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.text.Font;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.session.Camera;
import org.igrexplorer.ui.plot.Axis;
import org.igrexplorer.ui.plot.Colormap;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.SceneGeometry;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.core.loss.ViewBox;

/**
 * The 3D loss surface in a SubScene (depth buffer, 4× antialiasing): a smooth colormap texture on a
 * TriangleMesh, lights, box axes with tick labels drawn as a crisp 2D overlay, the minima hyperbola,
 * the flattest minimum, and every trajectory as a lifted tube (GD iterates as markers). Drag to
 * orbit, wheel or pinch to zoom, right-drag or shift-drag to pan, click the surface to set the
 * start. When the platform has no 3D, it says so and how to enable it.
 */
public final class SurfaceView extends StackPane {

    /** A press-release within this many pixels counts as a click (sets the start), not a drag. */
    public static final double CLICK_SLOP = 4;
    private static final double DEFAULT_DISTANCE = 1000;
    private static final double DEFAULT_ELEVATION = 32;
    private static final double DEFAULT_AZIMUTH = -35;

    private final ExplorerViewModel vm;
    private final boolean supported;
    private final Group world = new Group();
    private final Group curvesGroup = new Group();
    private final Group axesGroup = new Group();
    /** Extra 3D content in world coordinates added by other features (e.g. teaching mode). */
    private final Group overlay = new Group();
    private final Pane labels = new Pane();
    private final MeshView surfaceView = new MeshView();
    private final MeshView hyperbolaView = new MeshView();
    private final Map<Method, MeshView[]> curveViews = new EnumMap<>(Method.class);
    private final Sphere flattest = new Sphere(4.5);
    private final Cylinder flattestPin = new Cylinder(0.8, 26);
    private final Sphere start = new Sphere(4.2);
    private final Rotate elevation = new Rotate(DEFAULT_ELEVATION, Rotate.X_AXIS);
    private final Rotate azimuth = new Rotate(DEFAULT_AZIMUTH, Rotate.Y_AXIS);
    private final Translate pan = new Translate(0, 40, 0);
    private final Translate cameraPosition = new Translate(0, 0, -DEFAULT_DISTANCE);
    /** User zoom on top of the distance that fits the model into the viewport. */
    private double zoomFactor = 1;
    private final List<Runnable> labelUpdaters = new ArrayList<>();
    private SubScene subScene;
    private SceneMapping mapping;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;

    public SurfaceView(ExplorerViewModel vm) {
        this.vm = vm;
        setId("surface-view");
        setMinSize(200, 150);
        setStyle("-fx-background-color: white;");
        supported = Platform.isSupported(ConditionalFeature.SCENE3D);
        if (!supported) {
            Label msg = new Label("3D is not available on this graphics pipeline.\n"
                    + "Under a software OpenGL (Mesa llvmpipe, Xvfb) start with -Dprism.forceGPU=true,\n"
                    + "e.g. java -Dprism.forceGPU=true -jar igr-explorer.jar\n"
                    + "The 2D plane and the controls work without it.");
            msg.setId("no-3d-message");
            msg.setWrapText(true);
            msg.setStyle("-fx-font-size: 13px; -fx-text-fill: #444;");
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
        WritableImage tex = new WritableImage(Colormap.SIZE, 1);
        PixelWriter pw = tex.getPixelWriter();
        int[] lut = Colormap.lut();
        for (int i = 0; i < lut.length; i++) {
            pw.setArgb(i, 0, lut[i]);
        }
        PhongMaterial surfaceMaterial = new PhongMaterial(Color.WHITE);
        surfaceMaterial.setDiffuseMap(tex);
        surfaceMaterial.setSpecularColor(Color.gray(0.18));
        surfaceMaterial.setSpecularPower(40);
        surfaceView.setMaterial(surfaceMaterial);
        surfaceView.setCullFace(CullFace.NONE);
        surfaceView.setId("surface-mesh");
        hyperbolaView.setMaterial(plain(MethodPalette.toFx(MethodPalette.INK), 0.3));
        hyperbolaView.setMouseTransparent(true);
        flattest.setMaterial(plain(Color.web("#111111"), 0.6));
        flattestPin.setMaterial(plain(Color.web("#111111"), 0.2));
        start.setMaterial(plain(Color.WHITE, 0.4));
        flattest.setMouseTransparent(true);
        flattestPin.setMouseTransparent(true);
        start.setMouseTransparent(true);
        curvesGroup.setMouseTransparent(true);
        axesGroup.setMouseTransparent(true);
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
        world.getChildren().addAll(surfaceView, hyperbolaView, axesGroup, curvesGroup, flattest, flattestPin, start,
                overlay);

        AmbientLight ambient = new AmbientLight(Color.gray(0.55));
        PointLight key = new PointLight(Color.gray(0.55));
        key.getTransforms().add(new Translate(-600, -900, -700));
        PointLight fill = new PointLight(Color.gray(0.2));
        fill.getTransforms().add(new Translate(700, -400, 500));

        // the lights sit outside the rotating world: the lighting stays fixed with respect to the viewer
        world.getTransforms().addAll(pan, elevation, azimuth);
        Group root = new Group(world, ambient, key, fill);

        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.setFieldOfView(30);
        camera.setNearClip(5);
        camera.setFarClip(10000);
        camera.getTransforms().add(cameraPosition);
        subScene = new SubScene(root, 400, 300, true, SceneAntialiasing.BALANCED);
        subScene.setCamera(camera);
        subScene.setFill(Color.WHITE);
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        subScene.setManaged(false);
        labels.setMouseTransparent(true);
        labels.setManaged(false);
        labels.prefWidthProperty().bind(widthProperty());
        labels.prefHeightProperty().bind(heightProperty());

        Button reset = new Button("Reset view");
        reset.setTooltip(new Tooltip("Back to the default camera: orbit, zoom and pan undone (the surface stays centred)"));
        reset.setId("reset-3d-view");
        reset.setOnAction(e -> resetView());
        Label hint = new Label("drag: orbit · wheel: zoom · right/shift-drag: pan · click: set start");
        hint.setStyle("-fx-text-fill: #666; -fx-font-size: 11px;");
        StackPane.setAlignment(reset, Pos.TOP_RIGHT);
        StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
        StackPane.setMargin(reset, new javafx.geometry.Insets(6));
        StackPane.setMargin(hint, new javafx.geometry.Insets(4, 8, 4, 8));
        getChildren().addAll(subScene, labels, reset, hint);

        subScene.setOnMousePressed(this::pressed);
        subScene.setOnMouseDragged(this::dragged);
        subScene.setOnMouseReleased(this::released);
        subScene.setOnScroll(e -> zoom(Math.pow(1.0015, -e.getDeltaY())));
        subScene.setOnZoom(e -> zoom(1 / e.getZoomFactor()));

        for (var p : new javafx.beans.value.ObservableValue<?>[] {elevation.angleProperty(), azimuth.angleProperty(),
            pan.xProperty(), pan.yProperty(), cameraPosition.zProperty(), widthProperty(), heightProperty()}) {
            p.addListener((o, was, is) -> updateLabels());
        }

        vm.surfaceProperty().addListener((o, was, is) -> showSurface(is));
        vm.curvesProperty().addListener((o, was, is) -> showCurves(is));
        if (vm.surfaceProperty().get() != null) {
            showSurface(vm.surfaceProperty().get());
        }
        if (vm.curvesProperty().get() != null) {
            showCurves(vm.curvesProperty().get());
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (subScene != null) {
            subScene.resizeRelocate(0, 0, getWidth(), getHeight());
            labels.resizeRelocate(0, 0, getWidth(), getHeight());
            fitCamera();
            updateLabels();
        }
    }

    /**
     * @return the camera now, or {@link Camera#DEFAULT} if its values are outside what a session accepts
     */
    public Camera cameraState() {
        double yaw = azimuth.getAngle();
        double pitch = elevation.getAngle();
        return Camera.problems(yaw, pitch, zoomFactor, pan.getX(), pan.getY()).isEmpty()
                ? new Camera(yaw, pitch, zoomFactor, pan.getX(), pan.getY()) : Camera.DEFAULT;
    }

    /** Restores a camera, clamped as the mouse would (elevation −5…89°, zoom 0.3…5). */
    public void setCameraState(Camera c) {
        azimuth.setAngle(c.yaw());
        elevation.setAngle(Math.max(-5, Math.min(89, c.pitch())));
        zoomFactor = Math.max(0.3, Math.min(5, c.distance()));
        pan.setX(c.panX());
        pan.setY(c.panY());
        fitCamera();
    }

    /** Restores the default orbit, zoom and pan. */
    public void resetView() {
        elevation.setAngle(DEFAULT_ELEVATION);
        azimuth.setAngle(DEFAULT_AZIMUTH);
        pan.setX(0);
        pan.setY(40);
        zoomFactor = 1;
        fitCamera();
    }

    /**
     * Places the camera so that the model fits the viewport whatever its aspect ratio (the field of
     * view is vertical: a narrow viewport needs a farther camera), times the user's zoom.
     */
    private void fitCamera() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        double tan = Math.tan(Math.toRadians(15));
        // the rotated box spans about 600 world units across and 470 up
        double fit = Math.max(560 / (2 * tan), 600 / (2 * tan) * h / w) * 1.05;
        cameraPosition.setZ(-Math.max(300, Math.min(8000, fit * zoomFactor)));
    }

    private void zoom(double factor) {
        zoomFactor = Math.max(0.3, Math.min(5, zoomFactor * factor));
        fitCamera();
    }

    private void pressed(MouseEvent e) {
        lastX = pressX = e.getSceneX();
        lastY = pressY = e.getSceneY();
    }

    private void dragged(MouseEvent e) {
        double dx = e.getSceneX() - lastX;
        double dy = e.getSceneY() - lastY;
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown() || e.getButton() == MouseButton.MIDDLE) {
            double s = -cameraPosition.getZ() / DEFAULT_DISTANCE * 0.6;
            pan.setX(pan.getX() + dx * s);
            pan.setY(pan.getY() + dy * s);
        } else {
            azimuth.setAngle(azimuth.getAngle() - dx * 0.4);
            elevation.setAngle(Math.max(-5, Math.min(89, elevation.getAngle() + dy * 0.3)));
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY
                || Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) > CLICK_SLOP) {
            return;
        }
        PickResult pick = e.getPickResult();
        if (pick != null && pick.getIntersectedNode() == surfaceView && mapping != null) {
            Point3D p = pick.getIntersectedPoint();
            double a = mapping.aOf(p.getX());
            double b = mapping.bOf(p.getZ());
            ViewBox box = mapping.box();
            vm.setStart(PlaneView.round(a, box.width()), PlaneView.round(b, box.height()));
        }
    }

    /** Sets the start from a point on the surface in mesh coordinates (what a click does). */
    void pickAt(double worldX, double worldZ) {
        if (mapping != null) {
            vm.setStart(mapping.aOf(worldX), mapping.bOf(worldZ));
        }
    }

    private static TriangleMesh mesh(MeshData d) {
        TriangleMesh m = new TriangleMesh();
        m.getPoints().setAll(d.points());
        m.getTexCoords().setAll(d.texCoords());
        m.getFaces().setAll(d.faces());
        return m;
    }

    private void showSurface(ExplorerViewModel.SurfaceSnapshot s) {
        if (s == null) {
            return;
        }
        mapping = s.mapping();
        surfaceView.setMesh(mesh(s.surface()));
        hyperbolaView.setMesh(mesh(s.minima()));
        buildAxes();
        placeMarkers();
    }

    private void showCurves(ExplorerViewModel.CurveSnapshot c) {
        if (c == null) {
            return;
        }
        for (Method m : Method.values()) {
            MeshView[] v = curveViews.get(m);
            SceneGeometry.CurveMeshes cm = c.meshes().get(m);
            v[0].setVisible(cm != null);
            v[1].setVisible(cm != null);
            if (cm != null) {
                v[0].setMesh(mesh(cm.line()));
                v[1].setMesh(mesh(cm.markers()));
            }
        }
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
        axesGroup.getChildren().clear();
        labels.getChildren().clear();
        labelUpdaters.clear();
        SceneMapping map = mapping;
        ViewBox box = map.box();
        double half = SceneMapping.HALF;
        double top = SceneMapping.HEIGHT;
        PhongMaterial ink = plain(Color.web("#333333"), 0.0);
        // a along the front edge (b = bMin), b along the left edge (a = aMin), E up the back-left corner
        axesGroup.getChildren().add(bar(0, 0, -half, 2 * half, 0.8, 0.8, ink));
        axesGroup.getChildren().add(bar(-half, 0, 0, 0.8, 0.8, 2 * half, ink));
        axesGroup.getChildren().add(bar(-half, -top / 2, half, 0.8, top, 0.8, ink));
        for (double a : Axis.ticks(box.aMin(), box.aMax(), false, 6)) {
            double wx = map.worldX(a);
            axesGroup.getChildren().add(bar(wx, 0, -half - 4, 0.8, 0.8, 8, ink));
            addLabel(Axis.format(a, false, 1), wx, 0, -half - 16, false);
        }
        for (double b : Axis.ticks(box.bMin(), box.bMax(), false, 6)) {
            double wz = map.worldZ(b);
            axesGroup.getChildren().add(bar(-half - 4, 0, wz, 8, 0.8, 0.8, ink));
            addLabel(Axis.format(b, false, 1), -half - 16, 0, wz, false);
        }
        // ticks in the shown quantity s = E − E_min (E itself unless the landscape can go below 0)
        double eTop = map.lossAtHeight(SceneMapping.HEIGHT) - map.shift();
        List<Double> eTicks = new ArrayList<>();
        if (map.mode() == org.igrexplorer.core.session.HeightMode.LOG) {
            for (double e : Axis.ticks(eTop * 1e-3, eTop, true, 4)) {
                double l = Math.log10(e);
                if (Math.abs(l - Math.rint(l)) < 1e-9) {
                    eTicks.add(e);
                }
            }
            eTicks.add(0, 0.0);
        } else {
            eTicks.addAll(Axis.ticks(0, eTop, false, 4));
        }
        for (double e : eTicks) {
            double hy = -map.height(map.shift() + e);
            axesGroup.getChildren().add(bar(-half - 3, hy, half, 6, 0.8, 0.8, ink));
            addLabel(Axis.format(e, map.mode() == org.igrexplorer.core.session.HeightMode.LOG, 1), -half - 14, hy,
                    half, false);
        }
        addLabel("a", 0, 0, -half - 40, true);
        addLabel("b", -half - 40, 0, 0, true);
        String quantity = map.shifted() ? "E − E_min" : "E";
        addLabel(quantity + (map.mode() == org.igrexplorer.core.session.HeightMode.LOG ? " (log height)" : " (clipped)"),
                -half, -top - 16, half, true);
        updateLabels();
    }

    private static Box bar(double x, double y, double z, double w, double h, double d, PhongMaterial m) {
        Box b = new Box(w, h, d);
        b.setTranslateX(x);
        b.setTranslateY(y);
        b.setTranslateZ(z);
        b.setMaterial(m);
        return b;
    }

    private void addLabel(String text, double x, double y, double z, boolean title) {
        Label l = new Label(text);
        l.setFont(Font.font("SansSerif", title ? 15 : 12));
        l.setStyle(title ? "-fx-text-fill: #111; -fx-font-weight: bold; -fx-font-style: italic;"
                : "-fx-text-fill: #333;");
        labels.getChildren().add(l);
        labelUpdaters.add(() -> {
            Point3D sceneP = world.localToScene(new Point3D(x, y, z), true);
            Point2D local = labels.sceneToLocal(sceneP.getX(), sceneP.getY());
            if (local == null) {
                return;
            }
            l.autosize();
            double lx = Math.max(2, Math.min(labels.getWidth() - l.getWidth() - 2, local.getX() - l.getWidth() / 2));
            double ly = Math.max(2, Math.min(labels.getHeight() - l.getHeight() - 2, local.getY() - l.getHeight() / 2));
            l.relocate(lx, ly);
        });
    }

    private void updateLabels() {
        for (Runnable r : labelUpdaters) {
            r.run();
        }
    }

    /** @return a short description of the camera for diagnostics */
    public String cameraDescription() {
        return String.format(Locale.ROOT, "elevation %.1f°, azimuth %.1f°, distance %.0f", elevation.getAngle(),
                azimuth.getAngle(), -cameraPosition.getZ());
    }

    /** @return the node that shows the surface (for picking in tests) */
    Node surfaceNode() {
        return surfaceView;
    }
}
