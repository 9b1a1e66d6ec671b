package org.igrexplorer.ui.export;

import static org.igrexplorer.ui.Fx3dSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.explorer.SurfaceView;
import org.igrexplorer.ui.Fx3dSupport;
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

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx3dSupport.startToolkit();
    }

    @Test
    void surfaceViewSnapshotAtTwiceTheSize() throws Exception {
        Fx3dSupport.require3d();
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
        double frac = Fx3dSupport.nonWhiteFraction(px, (int) (W * SCALE / 4), (int) (3 * W * SCALE / 4),
                (int) (H * SCALE / 3), (int) (2 * H * SCALE / 3));
        assertTrue(frac > MIN_SURFACE_FRACTION, "the surface fills the centre of the 2× image: " + frac);
    }
}
