package org.igrexplorer.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
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
import javafx.scene.layout.Background;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Translate;
import org.fxyz3d.shapes.primitives.SurfacePlotMesh;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.core.mlp.landscape.PlaneGrid;
import org.igrexplorer.ui.explorer.Axes3D;
import org.igrexplorer.ui.explorer.ExplorerView;
import org.igrexplorer.ui.explorer.Fx3d;
import org.igrexplorer.ui.explorer.SurfacePlot;
import org.igrexplorer.ui.explorer.SurfaceView;
import org.igrexplorer.ui.plot.Axis;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.WindowLook;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.OrbitCamera;
import org.igrexplorer.ui.render.SurfacePicker;

/** The two views of a network landscape: the plane (heatmap, contours, paths, hover) and the 3D surface. */
public final class NetworkLandscapeViews {

    private NetworkLandscapeViews() {
    }

    /**
     * The plane: a {@link NetworkLandscapeRenderer} on a canvas, with the hover read-out; wheel to zoom about
     * the pointer, drag to pan, double-click to see the whole grid again. FX thread only.
     */
    public static final class Plane extends PlotCanvas {
        /** Zoom limits relative to the grid's extent (in: 1/50 of it; out: 4 times it). */
        static final double MIN_SPAN = 0.02;
        static final double MAX_SPAN = 4;
        private final NetworkLandscapeRenderer renderer = new NetworkLandscapeRenderer();
        private double dragX = Double.NaN;
        private double dragY = Double.NaN;

        public Plane() {
            setId("mlp-landscape-plane");
            setRenderer(renderer);
            WindowLook.follow(this, look -> {
                renderer.setFontScale(look.presenting() ? ExplorerView.PRESENTATION_FIGURE_SCALE : 1);
                repaint();
            });
            setOnMouseMoved(e -> {
                var tr = renderer.chart().lastTransform();
                if (tr == null || renderer.landscape() == null || !tr.area().contains(e.getX(), e.getY())) {
                    renderer.setHover(Double.NaN, Double.NaN);
                } else {
                    renderer.setHover(tr.toDataX(e.getX()), tr.toDataY(e.getY()));
                }
                repaint();
            });
            setOnMouseExited(e -> {
                renderer.setHover(Double.NaN, Double.NaN);
                repaint();
            });
            setOnScroll(e -> zoom(e.getX(), e.getY(), Math.pow(1.0015, -e.getDeltaY())));
            setOnZoom(e -> zoom(e.getX(), e.getY(), 1 / e.getZoomFactor()));
            setOnMousePressed(e -> {
                dragX = e.getX();
                dragY = e.getY();
            });
            setOnMouseDragged(e -> {
                var tr = renderer.chart().lastTransform();
                if (tr == null || renderer.landscape() == null || Double.isNaN(dragX)) {
                    return;
                }
                double da = tr.toDataX(dragX) - tr.toDataX(e.getX());
                double db = tr.toDataY(dragY) - tr.toDataY(e.getY());
                dragX = e.getX();
                dragY = e.getY();
                var x = renderer.chart().xAxis();
                var y = renderer.chart().yAxis();
                x.range(x.fixedMin() + da, x.fixedMax() + da);
                y.range(y.fixedMin() + db, y.fixedMax() + db);
                renderer.setHover(Double.NaN, Double.NaN);
                repaint();
            });
            setOnMouseReleased(e -> dragX = Double.NaN);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    resetView();
                }
            });
        }

        public NetworkLandscapeRenderer renderer() {
            return renderer;
        }

        public void show(NetworkLandscape land) {
            renderer.setLandscape(land);
            repaint();
        }

        /**
         * Zooms by {@code factor} (&gt; 1: out) about view pixel (px, py), keeping the data point under it in place;
         * the span stays between {@value #MIN_SPAN} and {@value #MAX_SPAN} times the grid's.
         */
        public void zoom(double px, double py, double factor) {
            var tr = renderer.chart().lastTransform();
            NetworkLandscape land = renderer.landscape();
            if (tr == null || land == null || !(factor > 0)) {
                return;
            }
            PlaneGrid g = land.grid();
            zoomAxis(renderer.chart().xAxis(), tr.toDataX(px), factor, g.alphaMax() - g.alphaMin());
            zoomAxis(renderer.chart().yAxis(), tr.toDataY(py), factor, g.betaMax() - g.betaMin());
            repaint();
        }

        private static void zoomAxis(Axis axis, double at, double factor, double full) {
            double lo = axis.fixedMin();
            double hi = axis.fixedMax();
            double span = Math.max(MIN_SPAN * full, Math.min(MAX_SPAN * full, (hi - lo) * factor));
            double f = span / (hi - lo);
            axis.range(at - (at - lo) * f, at + (hi - at) * f);
        }

        /** Back to the whole grid. */
        public void resetView() {
            NetworkLandscape land = renderer.landscape();
            if (land != null) {
                PlaneGrid g = land.grid();
                renderer.chart().xAxis().range(g.alphaMin(), g.alphaMax());
                renderer.chart().yAxis().range(g.betaMin(), g.betaMax());
                repaint();
            }
        }
    }

    /**
     * The 3D surface of the loss over the plane (height and colour ∝ log E, an FXyz3D surface plot wearing
     * the colour image with the plane view's contour lines), each path as a tube on it with a marker per
     * snapshot, the start as a white sphere and the end as a dark one, axes with ticks in α, β and E. The
     * camera is the explorer's {@link OrbitCamera} (JOML) on the same world box, so the surface fills the
     * view at any size; drag to orbit, wheel to zoom, right- or shift-drag to pan. Hovering shows the
     * plane view's read-out (α, β, E there; the nearest snapshot's step, loss and test accuracy) for the
     * surface point under the pointer, found by {@link SurfacePicker}. FX thread only.
     */
    public static final class Surface extends StackPane {
        private final Group world = new Group();
        private final Group surfaceGroup = new Group();
        private final PhongMaterial surfaceMaterial = SurfacePlot.material();
        private final Group paths = new Group();
        private final Sphere hoverMark = new Sphere(3.2);
        private final OrbitCamera camera = new OrbitCamera();
        private final Affine worldTransform = new Affine();
        private final Translate cameraPosition = new Translate();
        private final Axes3D axes = new Axes3D();
        private final Label empty = new Label("Compute the landscape of a lab run to see it here.");
        private final Label caption = new Label();
        private final Label readout = new Label();
        private final boolean supported;
        private SubScene subScene;
        private NetworkLandscapeScene scene;
        private SurfacePlotMesh plot;
        private double lastX;
        private double lastY;

        public Surface() {
            setId("mlp-landscape-3d");
            setMinSize(100, 100);
            supported = Platform.isSupported(ConditionalFeature.SCENE3D);
            if (!supported) {
                Label msg = new Label("3D is not available on this graphics pipeline; the plane view works.");
                msg.setWrapText(true);
                msg.getStyleClass().add(SurfaceView.NO_3D_MESSAGE);
                getChildren().add(msg);
                return;
            }
            surfaceGroup.setId("mlp-landscape-surface");
            paths.setMouseTransparent(true);
            PhongMaterial ink = new PhongMaterial(Color.web("#111111"));
            hoverMark.setMaterial(ink);
            hoverMark.setVisible(false);
            world.getChildren().addAll(surfaceGroup, axes.bars(), paths, hoverMark);
            world.getTransforms().add(worldTransform);
            // the lights stay fixed with respect to the viewer, as in the explorer's 3D view
            AmbientLight ambient = new AmbientLight(Color.gray(0.55));
            PointLight key = new PointLight(Color.gray(0.55));
            key.getTransforms().add(new Translate(-600, -900, -700));
            PointLight fill = new PointLight(Color.gray(0.2));
            fill.getTransforms().add(new Translate(700, -400, 500));
            PerspectiveCamera cam = new PerspectiveCamera(true);
            cam.setFieldOfView(OrbitCamera.FIELD_OF_VIEW);
            cam.setNearClip(5);
            cam.setFarClip(10000);
            cam.getTransforms().add(cameraPosition);
            Group root = new Group(world, ambient, key, fill);
            // picking is done by SurfacePicker: JavaFX need not test the meshes on every mouse move
            root.setMouseTransparent(true);
            subScene = new SubScene(root, 400, 300, true, SceneAntialiasing.BALANCED);
            subScene.setCamera(cam);
            subScene.setFill(Color.WHITE);
            subScene.widthProperty().bind(widthProperty());
            subScene.heightProperty().bind(heightProperty());
            subScene.setManaged(false);
            Label hint = new Label("drag: orbit · wheel: zoom · right/shift-drag: pan · hover: read-out");
            hint.getStyleClass().add("hint");
            StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
            StackPane.setMargin(hint, new Insets(4, 8, 4, 8));
            caption.setId("mlp-landscape-3d-key");
            // shown with the first scene (the scene is built off the FX thread after the landscape arrives)
            caption.setVisible(false);
            caption.setWrapText(true);
            caption.setMouseTransparent(true);
            caption.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-text-fill: #222222; "
                    + "-fx-padding: 4 8 4 8;");
            readout.setId("mlp-landscape-3d-readout");
            readout.setMouseTransparent(true);
            readout.setManaged(false);
            readout.setVisible(false);
            readout.setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-border-color: rgba(0,0,0,0.4); "
                    + "-fx-text-fill: #222222; -fx-padding: 3 7 3 7; -fx-font-family: monospace; -fx-font-size: 0.96em;");
            Button reset = new Button("Reset view");
            reset.setId("mlp-landscape-3d-reset");
            reset.setTooltip(new Tooltip("Back to the default camera: orbit, zoom and pan undone"));
            reset.setOnAction(e -> resetView());
            // the caption and the button share the top row, so that the caption wraps before the button whatever
            // the type size (presentation mode) and the view's width
            caption.setMinWidth(0);
            reset.setMinWidth(Region.USE_PREF_SIZE);
            caption.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(caption, Priority.ALWAYS);
            HBox top = new HBox(8, caption, reset);
            top.setId("mlp-landscape-3d-top");
            top.setPickOnBounds(false); // drags on the free part of the row reach the 3D view
            top.setMaxHeight(Region.USE_PREF_SIZE);
            StackPane.setAlignment(top, Pos.TOP_LEFT);
            StackPane.setMargin(top, new Insets(6));
            getChildren().addAll(subScene, axes.labels(), empty, hint, top, readout);
            // the theme's card colour behind the surface; larger axis labels in presentation mode
            WindowLook.follow(this, look -> {
                java.awt.Color card = look.colors().background();
                Color bg = Color.rgb(card.getRed(), card.getGreen(), card.getBlue());
                setBackground(Background.fill(bg));
                subScene.setFill(bg);
                axes.setDark(look.colors().dark());
                axes.setScale(look.presenting() ? ExplorerView.PRESENTATION_FIGURE_SCALE : 1);
                if (scene != null) {
                    buildAxes(scene);
                    updateCamera();
                }
            });
            setOnMousePressed(e -> {
                lastX = e.getSceneX();
                lastY = e.getSceneY();
            });
            setOnMouseDragged(e -> {
                double dx = e.getSceneX() - lastX;
                double dy = e.getSceneY() - lastY;
                lastX = e.getSceneX();
                lastY = e.getSceneY();
                if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown() || e.getButton() == MouseButton.MIDDLE) {
                    camera.pan(dx, dy);
                } else {
                    camera.orbit(dx, dy);
                }
                hover(Double.NaN, Double.NaN);
                updateCamera();
            });
            setOnScroll(e -> {
                camera.zoom(Math.pow(1.0015, -e.getDeltaY()));
                updateCamera();
            });
            setOnMouseMoved(e -> hover(e.getX(), e.getY()));
            setOnMouseExited(e -> hover(Double.NaN, Double.NaN));
        }

        /** @return whether this pipeline renders 3D */
        public boolean isSupported3D() {
            return supported;
        }

        /** @return the camera (JOML) that places the world, projects the labels and picks the surface */
        public OrbitCamera camera() {
            return camera;
        }

        /** Back to the default camera. */
        public void resetView() {
            camera.reset();
            updateCamera();
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (subScene != null) {
                subScene.relocate(0, 0);
                updateCamera();
            }
        }

        private void updateCamera() {
            if (subScene == null) {
                return;
            }
            camera.viewport(getWidth(), getHeight());
            Fx3d.place(worldTransform, camera);
            cameraPosition.setZ(-camera.distance());
            axes.place(camera, getWidth(), getHeight());
        }

        /**
         * Shows the read-out of the surface point under view pixel (x, y), or hides it (NaN, or off the surface).
         *
         * @return the read-out lines shown (empty when hidden)
         */
        public List<String> hover(double x, double y) {
            NetworkLandscapeScene sc = scene;
            var hit = sc == null || Double.isNaN(x) ? Optional.<double[]>empty()
                    : SurfacePicker.pick(camera, sc::worldY, x, y);
            if (hit.isEmpty()) {
                readout.setVisible(false);
                hoverMark.setVisible(false);
                return List.of();
            }
            double[] w = hit.get();
            PlaneGrid g = sc.grid();
            List<String> lines = NetworkLandscapeRenderer.readout(sc.landscape(), NetworkLandscapeScene.alpha(g, w[0]),
                    NetworkLandscapeScene.beta(g, w[1]));
            readout.setText(String.join("\n", lines));
            readout.autosize();
            double rx = x + 16 + readout.getWidth() < getWidth() ? x + 16 : x - 16 - readout.getWidth();
            double ry = Math.max(2, Math.min(getHeight() - readout.getHeight() - 2, y + 16));
            readout.relocate(Math.max(2, rx), ry);
            readout.setVisible(true);
            hoverMark.setTranslateX(w[0]);
            hoverMark.setTranslateY(sc.worldY(w[0], w[1]) - 1.5);
            hoverMark.setTranslateZ(w[1]);
            hoverMark.setVisible(true);
            return lines;
        }

        /** Shows a scene built off the FX thread by {@link NetworkLandscapeScene#of} (null: nothing). */
        public void show(NetworkLandscapeScene scene) {
            if (!supported) {
                return;
            }
            this.scene = scene;
            empty.setVisible(scene == null);
            caption.setVisible(scene != null);
            paths.getChildren().clear();
            hover(Double.NaN, Double.NaN);
            if (scene == null) {
                surfaceGroup.getChildren().clear();
                plot = null;
                axes.frame(List.of(), "", List.of(), "", List.of(), "");
                return;
            }
            caption.setText(scene.caption());
            SurfacePlot.wear(surfaceMaterial, scene.texture());
            plot = SurfacePlot.mesh(scene.heights());
            plot.setMaterial(surfaceMaterial);
            surfaceGroup.getChildren().setAll(plot);
            List<Node> nodes = new ArrayList<>();
            for (int k = 0; k < scene.paths().size(); k++) {
                MeshView v = new MeshView(Fx3d.mesh(scene.paths().get(k)));
                PhongMaterial mat = new PhongMaterial(MethodPalette.toFx(NetworkLandscapeRenderer.colour(k)));
                mat.setSpecularColor(Color.gray(0.35));
                v.setMaterial(mat);
                v.setCullFace(CullFace.NONE);
                nodes.add(v);
                double[] e = scene.ends().get(k);
                nodes.add(ball(e[0], e[1], e[2], Color.WHITE, MethodPalette.toFx(NetworkLandscapeRenderer.colour(k))));
                nodes.add(ball(e[3], e[4], e[5], Color.web("#111111"), Color.web("#111111")));
            }
            paths.getChildren().setAll(nodes);
            buildAxes(scene);
            updateCamera();
        }

        private void buildAxes(NetworkLandscapeScene sc) {
            PlaneGrid g = sc.grid();
            List<Axes3D.Tick> alpha = Axes3D.ticks(g.alphaMin(), g.alphaMax(), false, 6,
                    a -> NetworkLandscapeScene.x(g, a));
            List<Axes3D.Tick> beta = Axes3D.ticks(g.betaMin(), g.betaMax(), false, 6, b -> NetworkLandscapeScene.z(g, b));
            // decades when the losses span one or more, else plain values (each at its log height)
            List<Axes3D.Tick> loss = Axes3D.ticks(Math.pow(10, sc.logLo()), Math.pow(10, sc.logHi()),
                    sc.logHi() - sc.logLo() >= 1, 4, sc::worldYOfLoss);
            axes.frame(alpha, "α", beta, "β", loss, "E (log height)");
        }

        /** @return the axis label nodes (for tests) */
        public List<Label> axisLabels() {
            return axes.labelNodes();
        }

        /** @return the FXyz3D surface plot shown (null before a scene) */
        public SurfacePlotMesh surfacePlot() {
            return plot;
        }

        private static Sphere ball(double x, double y, double z, Color fill, Color rim) {
            Sphere s = new Sphere(5);
            PhongMaterial m = new PhongMaterial(fill);
            m.setSpecularColor(rim);
            s.setMaterial(m);
            s.getTransforms().add(new Translate(x, y, z));
            return s;
        }

        /** @return the 3D sub-scene (for snapshots), or null without 3D */
        public SubScene subScene() {
            return subScene;
        }
    }
}
