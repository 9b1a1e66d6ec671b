package org.igrexplorer.ui;

import static org.igrexplorer.ui.Fx3dSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.igrexplorer.ui.explorer.SurfaceView;
import org.igrexplorer.ui.export.NodeImages;
import org.igrexplorer.ui.window.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 3D view in the window as the application opens it follows the theme: in the dark theme its
 * background is the dark card and its axis labels are light, an exported picture stays light, and the light
 * theme brings the white view back (GTK + ES2; under Xvfb with -Dprism.forceGPU=true).
 */
@Tag("fx-3d")
class DarkTheme3DTest {

    /** Relative luminance at most this is dark, at least {@link #LIGHT} light. */
    private static final double DARK = 0.25;
    private static final double LIGHT = 0.75;

    private ExecutorService background;
    private Stage stage;
    private IgrApplication.OpenWindow open;

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx3dSupport.startToolkit();
        Platform.setImplicitExit(false); // closing this test's window must not end the toolkit
    }

    @BeforeEach
    void openWindow() throws Exception {
        Fx3dSupport.require3d();
        background = IgrApplication.newBackgroundExecutor();
        onFx(() -> {
            stage = new Stage();
            open = IgrApplication.open(stage, background, 1280, 800);
            stage.show();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
        background.shutdownNow();
    }

    private static double luminance(int argb) {
        Color c = Color.rgb(argb >> 16 & 255, argb >> 8 & 255, argb & 255);
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /** @return the mean luminance of the view's top-left corner (background: no surface, label or button there) */
    private static double corner(WritableImage img) {
        PixelReader px = img.getPixelReader();
        double sum = 0;
        int n = 0;
        for (int y = 2; y < 22; y++) {
            for (int x = 2; x < 22; x++) {
                sum += luminance(px.getArgb(x, y));
                n++;
            }
        }
        return sum / n;
    }

    private SurfaceView surface() {
        return open.window().explorer().surfaceView();
    }

    @Test
    void theDarkThemeDarkensThe3dViewAndLightensItsLabelsWhileExportsStayLight() throws Exception {
        double light = onFx(() -> corner(surface().snapshot(null, null)));
        assertTrue(light >= LIGHT, "the light theme's 3D view is white: " + light);

        onFx(() -> {
            Theme.apply(stage.getScene().getRoot(), Theme.DARK);
            return null;
        });
        double dark = onFx(() -> corner(surface().snapshot(null, null)));
        assertTrue(dark <= DARK, "the dark theme's 3D view is dark: " + dark);
        for (Label l : onFx(() -> surface().lookupAll(".label").stream()
                .filter(n -> n instanceof Label && n.isVisible() && n.getParent() != null
                        && !(n.getParent() instanceof javafx.scene.control.Button))
                .map(n -> (Label) n).toList())) {
            double ink = onFx(() -> luminance(toArgb((Color) l.getTextFill())));
            assertTrue(ink >= 0.6, "light text on the dark 3D view: '" + l.getText() + "' " + l.getTextFill());
        }
        double exported = onFx(() -> corner(NodeImages.snapshot(surface(), 1)));
        assertTrue(exported >= LIGHT, "an exported 3D picture keeps the light look: " + exported);
        double after = onFx(() -> corner(surface().snapshot(null, null)));
        assertTrue(after <= DARK, "the screen is dark again after the export: " + after);

        onFx(() -> {
            Theme.apply(stage.getScene().getRoot(), Theme.LIGHT);
            return null;
        });
        double back = onFx(() -> corner(surface().snapshot(null, null)));
        assertTrue(back >= LIGHT, "back to white in the light theme: " + back);
    }

    private static int toArgb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
