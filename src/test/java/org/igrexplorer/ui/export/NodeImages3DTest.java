package org.igrexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.explorer.SurfaceView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 3D view exported larger than the window: rendered offscreen at 2×, not upscaled (GTK + ES2;
 * under Xvfb with -Dprism.forceGPU=true). With CI=true a missing display or 3D fails instead of skipping.
 */
@Tag("fx-3d")
class NodeImages3DTest {

    private static final int W = 480;
    private static final int H = 360;
    private static final double SCALE = 2;
    /** Fraction of the central region that must be surface (non-background) pixels. */
    private static final double MIN_SURFACE_FRACTION = 0.5;

    private static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @BeforeAll
    static void startToolkit() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            if (ci()) {
                fail("CI=true but there is no DISPLAY: run the build under xvfb-run");
            }
            assumeTrue(false, "no display");
        }
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
        } catch (IllegalStateException already) {
            up.complete(null);
        }
        up.get(60, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    @Test
    void surfaceViewSnapshotAtTwiceTheSize() throws Exception {
        boolean has3d = onFx(() -> Platform.isSupported(ConditionalFeature.SCENE3D));
        if (!has3d) {
            if (ci()) {
                fail("CI=true but JavaFX reports no SCENE3D: is -Dprism.forceGPU=true set and Mesa installed?");
            }
            assumeTrue(false, "3D unavailable here");
        }
        WritableImage img = onFx(() -> {
            ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, Runnable::run);
            SurfaceView view = new SurfaceView(vm);
            new Scene(view, W, H);
            view.applyCss();
            view.layout();
            return NodeImages.snapshot(view, SCALE);
        });
        assertEquals(W * SCALE, img.getWidth(), 0.5);
        assertEquals(H * SCALE, img.getHeight(), 0.5);
        PixelReader px = img.getPixelReader();
        int total = 0;
        int surface = 0;
        for (int y = (int) (H * SCALE / 3); y < 2 * H * SCALE / 3; y++) {
            for (int x = (int) (W * SCALE / 4); x < 3 * W * SCALE / 4; x++) {
                total++;
                if ((px.getArgb(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    surface++;
                }
            }
        }
        assertTrue(surface / (double) total > MIN_SURFACE_FRACTION,
                "the surface fills the centre of the 2× image: " + surface / (double) total);
    }
}
