package org.igrexplorer.ui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;

/**
 * What the 3D tests share (GTK + ES2; under Xvfb with -Dprism.forceGPU=true). With CI=true a missing
 * display or missing 3D fails the test instead of skipping it, so CI cannot pass without 3D.
 */
public final class Fx3dSupport {

    private Fx3dSupport() {
    }

    private static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Starts the real toolkit once; skips (fails under CI) without a display. */
    public static void startToolkit() throws Exception {
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

    /** Skips (fails under CI) when JavaFX reports no SCENE3D. */
    public static void require3d() throws Exception {
        if (!onFx(() -> Platform.isSupported(ConditionalFeature.SCENE3D))) {
            if (ci()) {
                fail("CI=true but JavaFX reports no SCENE3D: is -Dprism.forceGPU=true set and Mesa installed?");
            }
            assumeTrue(false, "3D unavailable here");
        }
    }

    /** Runs {@code c} on the FX thread and waits for its result (rethrowing its failure). */
    public static <T> T onFx(Callable<T> c) throws Exception {
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

    /** @return the fraction of non-white pixels in [x0, x1) × [y0, y1) */
    public static double nonWhiteFraction(PixelReader px, int x0, int x1, int y0, int y1) {
        int total = 0;
        int drawn = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                total++;
                if ((px.getArgb(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    drawn++;
                }
            }
        }
        return drawn / (double) total;
    }
}
