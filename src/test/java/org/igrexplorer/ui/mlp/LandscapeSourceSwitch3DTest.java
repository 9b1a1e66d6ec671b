package org.igrexplorer.ui.mlp;

import static org.igrexplorer.ui.Fx3dSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.core.mlp.landscape.PathPoint;
import org.igrexplorer.core.mlp.landscape.PlaneGrid;
import org.igrexplorer.ui.network.NetworkLandscapeScene;
import org.igrexplorer.ui.Fx3dSupport;
import org.igrexplorer.ui.window.MainWindow;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The explorer's landscape source switched to a trained lab run: its 3D surface and plane replace
 * the two-parameter views and come back when the model is chosen again (GTK + ES2 under Xvfb).
 */
@Tag("fx-3d")
class LandscapeSourceSwitch3DTest {

    static final long TIMEOUT_MS = 90_000;
    /** Share of the views' area that must be drawn (not background). */
    static final double MIN_DRAWN = 0.3;

    /** Fraction of the grid's extent within which a 3D pick lands on the projected point. */
    static final double PICK_TOL = 0.01;

    static final NetworkLandscapeViewModelTest runs = new NetworkLandscapeViewModelTest();

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx3dSupport.startToolkit();
    }

    @AfterAll
    static void idle() throws InterruptedException {
        runs.idle();
    }

    /** @return α and β from a read-out line "α = … β = … E = …" */
    static double[] parseAlphaBeta(String line) {
        var m = java.util.regex.Pattern.compile("α = (\\S+)\\s+β = (\\S+)").matcher(line);
        assertTrue(m.find(), line);
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    @Test
    void anMlpRunsLandscapeReplacesTheModelViewsAndTheModelComesBack() throws Exception {
        Fx3dSupport.require3d();
        runs.train();
        MlpLabViewModel lab = runs.lab;
        MainWindow window = onFx(() -> new MainWindow(new ExplorerViewModel(Runnable::run, Runnable::run)));
        LandscapeSourceSwitch sw = onFx(() -> {
            LandscapeSourceSwitch s = LandscapeSourceSwitch.install(window.explorer(), lab);
            s.viewModel().setSettings(new NetworkLandscape.Settings(300, 31, 0.2));
            new Scene(window, 1600, 900);
            window.applyCss();
            window.layout();
            return s;
        });
        Node modelViews = onFx(() -> window.explorer().getCenter());
        Node controls = onFx(() -> window.explorer().getLeft());
        onFx(() -> {
            sw.refresh();
            List<Object> items = sw.source().getItems();
            assertEquals(3, items.size(), "the model and two runs");
            sw.source().setValue(items.get(2));
            return null;
        });
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (onFx(() -> sw.viewModel().landscapeProperty().get() == null || sw.surface().subScene() == null
                || sw.surface().surfacePlot() == null || !sw.surface().lookup("#mlp-landscape-3d-key").isVisible())
                && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        assertNotNull(onFx(() -> sw.viewModel().landscapeProperty().get()), onFx(() -> sw.viewModel().statusProperty().get()));
        WritableImage img = onFx(() -> {
            window.layout();
            return window.getScene().snapshot(null);
        });
        Path out = Path.of("target", "mlp-landscape-window.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
        assertEquals("mlp-landscape-views", onFx(() -> window.explorer().getCenter().getId()));
        assertEquals(null, onFx(() -> window.explorer().getLeft()), "the model's controls step aside");
        double[] box = onFx(() -> {
            var b = sw.surface().localToScene(sw.surface().getBoundsInLocal());
            var p = sw.plane().localToScene(sw.plane().getBoundsInLocal());
            return new double[] {b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY(), p.getMinX(), p.getMaxX(),
                p.getMinY(), p.getMaxY()};
        });
        var px = img.getPixelReader();
        double surface = Fx3dSupport.nonWhiteFraction(px, (int) (box[0] + (box[1] - box[0]) / 4),
                (int) (box[1] - (box[1] - box[0]) / 4), (int) (box[2] + (box[3] - box[2]) / 3),
                (int) (box[3] - (box[3] - box[2]) / 3));
        double plane = Fx3dSupport.nonWhiteFraction(px, (int) (box[4] + 80), (int) (box[5] - 20), (int) (box[6] + 40),
                (int) (box[7] - 60));
        assertTrue(surface > MIN_DRAWN, "3D surface drawn: " + surface);
        assertTrue(plane > 0.9, "heatmap fills the plane: " + plane);

        // 3D: the FXyz surface plot, tick labels on the axes, and the hover read-out of the point under the pointer
        NetworkLandscape land = onFx(() -> sw.viewModel().landscapeProperty().get());
        PlaneGrid g = land.grid();
        assertNotNull(onFx(() -> sw.surface().surfacePlot()), "the surface is an FXyz surface plot");
        long ticks = onFx(() -> sw.surface().axisLabels().stream().filter(Node::isVisible).count());
        assertTrue(ticks >= 6, "α, β, E titles and tick labels shown: " + ticks);
        PathPoint last = land.paths().get(0).points().get(land.paths().get(0).points().size() - 1);
        List<String> readout = onFx(() -> {
            var sc = NetworkLandscapeScene.of(land);
            double x = NetworkLandscapeScene.x(g, last.alpha());
            double z = NetworkLandscapeScene.z(g, last.beta());
            var cam = sw.surface().camera();
            double[] at = cam.project(cam.view(), x, sc.worldY(x, z), z);
            return sw.surface().hover(at[0], at[1]);
        });
        assertTrue(readout.size() >= 2, "read-out shown: " + readout);
        double[] ab = parseAlphaBeta(readout.get(0));
        double tol = PICK_TOL * (g.alphaMax() - g.alphaMin());
        assertEquals(last.alpha(), ab[0], tol, readout.get(0));
        assertEquals(last.beta(), ab[1], PICK_TOL * (g.betaMax() - g.betaMin()), readout.get(0));
        assertTrue(readout.get(1).endsWith("step " + last.step()), "nearest snapshot is the end: " + readout.get(1));

        // plane: the wheel zooms about the pointer, a double click shows the whole grid again
        double[] zoomed = onFx(() -> {
            var p = sw.plane();
            var tr = p.renderer().chart().lastTransform();
            double cx = tr.area().getCenterX() + 30;
            double cy = tr.area().getCenterY() - 20;
            double a = tr.toDataX(cx);
            double b = tr.toDataY(cy);
            p.zoom(cx, cy, 0.5);
            var x = p.renderer().chart().xAxis();
            var y = p.renderer().chart().yAxis();
            double[] r = {x.fixedMax() - x.fixedMin(), y.fixedMax() - y.fixedMin(), a, b, x.fixedMin(), x.fixedMax(),
                y.fixedMin(), y.fixedMax(), cx, cy, tr.area().getMinX(), tr.area().getWidth(), tr.area().getMinY(),
                tr.area().getHeight()};
            p.resetView();
            return r;
        });
        assertEquals(0.5 * (g.alphaMax() - g.alphaMin()), zoomed[0], 1e-9, "α span halved");
        assertEquals(0.5 * (g.betaMax() - g.betaMin()), zoomed[1], 1e-9, "β span halved");
        // the point under the pointer stays under it: its fraction across the new range is the pixel's
        assertEquals((zoomed[8] - zoomed[10]) / zoomed[11], (zoomed[2] - zoomed[4]) / (zoomed[5] - zoomed[4]), 1e-9);
        assertEquals(1 - (zoomed[9] - zoomed[12]) / zoomed[13], (zoomed[3] - zoomed[6]) / (zoomed[7] - zoomed[6]), 1e-9);
        assertEquals(g.alphaMin(), onFx(() -> sw.plane().renderer().chart().xAxis().fixedMin()), 0, "reset");
        onFx(() -> {
            sw.source().setValue(LandscapeSourceSwitch.MODEL);
            return null;
        });
        assertSame(modelViews, onFx(() -> window.explorer().getCenter()), "the model's views are back");
        assertSame(controls, onFx(() -> window.explorer().getLeft()), "and its controls");
    }
}
