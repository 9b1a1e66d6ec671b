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
import org.igrexplorer.ui.Fx3dSupport;
import org.igrexplorer.ui.MainWindow;
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

    static final NetworkLandscapeViewModelTest runs = new NetworkLandscapeViewModelTest();

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx3dSupport.startToolkit();
    }

    @AfterAll
    static void idle() throws InterruptedException {
        runs.idle();
    }

    @Test
    @org.junit.jupiter.api.Disabled("after the integration merge the MLP run's 3D surface covers ~2 % of the view "
            + "(the explorer's 3D camera rework); open, see the network-landscape issue's note")
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
                || !sw.surface().lookup("#mlp-landscape-3d-key").isVisible()) && System.currentTimeMillis() < end) {
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
        onFx(() -> {
            sw.source().setValue(LandscapeSourceSwitch.MODEL);
            return null;
        });
        assertSame(modelViews, onFx(() -> window.explorer().getCenter()), "the model's views are back");
        assertSame(controls, onFx(() -> window.explorer().getLeft()), "and its controls");
    }
}
