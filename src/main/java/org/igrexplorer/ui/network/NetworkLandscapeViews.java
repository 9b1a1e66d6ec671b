package org.igrexplorer.ui.network;

import java.util.ArrayList;
import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.ui.plot.Colormap;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.render.MeshData;

/** The two views of a network landscape: the plane (heatmap, contours, paths, hover) and the 3D surface. */
public final class NetworkLandscapeViews {

    private NetworkLandscapeViews() {
    }

    /** The plane: a {@link NetworkLandscapeRenderer} on a canvas, with the hover read-out. FX thread only. */
    public static final class Plane extends PlotCanvas {
        private final NetworkLandscapeRenderer renderer = new NetworkLandscapeRenderer();

        public Plane() {
            setId("mlp-landscape-plane");
            setRenderer(renderer);
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
        }

        public NetworkLandscapeRenderer renderer() {
            return renderer;
        }

        public void show(NetworkLandscape land) {
            renderer.setLandscape(land);
            repaint();
        }
    }

    /**
     * The 3D surface of the loss over the plane (height and colour ∝ log E), each path as a tube
     * on it with a marker per snapshot, the start as a white sphere and the end as a dark one. Drag
     * to orbit, wheel to zoom, right- or shift-drag to pan. FX thread only.
     */
    public static final class Surface extends StackPane {
        private static final double DEFAULT_ELEVATION = 35;
        private static final double DEFAULT_AZIMUTH = -35;
        private static final double DEFAULT_DISTANCE = 860;

        private final Group world = new Group();
        private final MeshView surface = new MeshView();
        private final Group paths = new Group();
        private final Rotate elevation = new Rotate(DEFAULT_ELEVATION, Rotate.X_AXIS);
        private final Rotate azimuth = new Rotate(DEFAULT_AZIMUTH, Rotate.Y_AXIS);
        private final Translate pan = new Translate(0, 60, 0);
        private final Translate cameraPosition = new Translate(0, 0, -DEFAULT_DISTANCE);
        private final Label empty = new Label("Compute the landscape of a lab run to see it here.");
        private final Label caption = new Label();
        private final boolean supported;
        private SubScene subScene;
        private double lastX;
        private double lastY;

        public Surface() {
            setId("mlp-landscape-3d");
            setMinSize(100, 100);
            supported = Platform.isSupported(ConditionalFeature.SCENE3D);
            if (!supported) {
                getChildren().add(new Label("3D is not available on this graphics pipeline; the plane view works."));
                return;
            }
            WritableImage tex = new WritableImage(Colormap.SIZE, 1);
            PixelWriter pw = tex.getPixelWriter();
            int[] lut = Colormap.lut();
            for (int i = 0; i < lut.length; i++) {
                pw.setArgb(i, 0, lut[i]);
            }
            PhongMaterial m = new PhongMaterial(Color.WHITE);
            m.setDiffuseMap(tex);
            m.setSpecularColor(Color.gray(0.18));
            m.setSpecularPower(40);
            surface.setMaterial(m);
            surface.setCullFace(CullFace.NONE);
            paths.setMouseTransparent(true);
            world.getChildren().addAll(surface, paths);
            world.getTransforms().addAll(pan, elevation, azimuth);
            AmbientLight ambient = new AmbientLight(Color.gray(0.55));
            PointLight key = new PointLight(Color.gray(0.55));
            key.getTransforms().add(new Translate(-600, -900, -700));
            PointLight fill = new PointLight(Color.gray(0.2));
            fill.getTransforms().add(new Translate(700, -400, 500));
            PerspectiveCamera camera = new PerspectiveCamera(true);
            camera.setFieldOfView(30);
            camera.setNearClip(5);
            camera.setFarClip(10000);
            camera.getTransforms().add(cameraPosition);
            subScene = new SubScene(new Group(world, ambient, key, fill), 400, 300, true, SceneAntialiasing.BALANCED);
            subScene.setCamera(camera);
            subScene.setFill(Color.WHITE);
            subScene.widthProperty().bind(widthProperty());
            subScene.heightProperty().bind(heightProperty());
            subScene.setManaged(false);
            Label hint = new Label("drag: orbit · wheel: zoom · right/shift-drag: pan · height and colour: log E");
            hint.getStyleClass().add("hint");
            StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
            caption.setId("mlp-landscape-3d-key");
            caption.setWrapText(true);
            caption.setMouseTransparent(true);
            caption.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-padding: 4 8 4 8;");
            StackPane.setAlignment(caption, Pos.TOP_LEFT);
            StackPane.setMargin(caption, new javafx.geometry.Insets(6));
            getChildren().addAll(subScene, empty, hint, caption);
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
                    double s = -cameraPosition.getZ() / DEFAULT_DISTANCE * 0.6;
                    pan.setX(pan.getX() + dx * s);
                    pan.setY(pan.getY() + dy * s);
                } else {
                    azimuth.setAngle(azimuth.getAngle() - dx * 0.4);
                    elevation.setAngle(Math.max(-5, Math.min(89, elevation.getAngle() + dy * 0.3)));
                }
            });
            setOnScroll(e -> cameraPosition.setZ(Math.max(-6000, Math.min(-250,
                    cameraPosition.getZ() * Math.pow(1.0015, -e.getDeltaY())))));
        }

        /** @return whether this pipeline renders 3D */
        public boolean isSupported3D() {
            return supported;
        }

        /** Back to the default camera. */
        public void resetView() {
            elevation.setAngle(DEFAULT_ELEVATION);
            azimuth.setAngle(DEFAULT_AZIMUTH);
            pan.setX(0);
            pan.setY(60);
            cameraPosition.setZ(-DEFAULT_DISTANCE);
        }

        /** Shows a scene built off the FX thread by {@link NetworkLandscapeScene#of} (null: nothing). */
        public void show(NetworkLandscapeScene scene) {
            if (!supported) {
                return;
            }
            empty.setVisible(scene == null);
            caption.setVisible(scene != null);
            paths.getChildren().clear();
            if (scene == null) {
                surface.setMesh(null);
                return;
            }
            caption.setText(scene.caption());
            surface.setMesh(mesh(scene.surface()));
            List<javafx.scene.Node> nodes = new ArrayList<>();
            for (int k = 0; k < scene.paths().size(); k++) {
                MeshView v = new MeshView(mesh(scene.paths().get(k)));
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
        }

        private static Sphere ball(double x, double y, double z, Color fill, Color rim) {
            Sphere s = new Sphere(5);
            PhongMaterial m = new PhongMaterial(fill);
            m.setSpecularColor(rim);
            s.setMaterial(m);
            s.getTransforms().add(new Translate(x, y, z));
            return s;
        }

        private static TriangleMesh mesh(MeshData d) {
            TriangleMesh m = new TriangleMesh();
            m.getPoints().setAll(d.points());
            m.getTexCoords().setAll(d.texCoords());
            m.getFaces().setAll(d.faces());
            return m;
        }

        /** @return the 3D sub-scene (for snapshots), or null without 3D */
        public SubScene subScene() {
            return subScene;
        }
    }
}
