package org.igrexplorer.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.HeightMode;
import org.joml.Matrix4d;
import org.junit.jupiter.api.Test;

class SurfacePickerTest {

    /** Pixels: a point projected to the screen and picked there comes back within this on screen. */
    private static final double PIXEL_TOL = 0.05;
    /** The orbit quaternion and the two angles describe the same rotation to rounding. */
    private static final double ROTATION_TOL = 1e-12;

    private static SceneMapping mapping() {
        TwoParameterModel m = new TwoParameterModel(1, 0.6);
        return new SceneMapping(m, new ViewBox(-2, 6, -1, 7), HeightMode.LOG);
    }

    @Test
    void aClickOnAProjectedSurfacePointPicksThatPoint() {
        SceneMapping map = mapping();
        Random rnd = new Random(11);
        OrbitCamera cam = new OrbitCamera();
        cam.viewport(900, 700);
        int checked = 0;
        for (int trial = 0; trial < 60; trial++) {
            cam.set(-180 + 360 * rnd.nextDouble(), 10 + 70 * rnd.nextDouble(), 0.6 + rnd.nextDouble(),
                    -40 + 80 * rnd.nextDouble(), rnd.nextDouble() * 60);
            ViewBox box = map.box();
            double a = box.aMin() + box.width() * (0.1 + 0.8 * rnd.nextDouble());
            double b = box.bMin() + box.height() * (0.1 + 0.8 * rnd.nextDouble());
            Matrix4d view = cam.view();
            double[] px = cam.project(view, map.worldX(a), map.worldY(a, b), map.worldZ(b));
            if (px[0] < 0 || px[0] > 900 || px[1] < 0 || px[1] > 700) {
                continue;
            }
            double[] ab = SurfacePicker.pick(cam, map, px[0], px[1]).orElseThrow();
            // the picked point may be a nearer part of the surface hiding (a, b); it must lie under the same pixel
            double[] back = cam.project(view, map.worldX(ab[0]), map.worldY(ab[0], ab[1]), map.worldZ(ab[1]));
            assertEquals(px[0], back[0], PIXEL_TOL, "x pixel, trial " + trial);
            assertEquals(px[1], back[1], PIXEL_TOL, "y pixel, trial " + trial);
            assertTrue(back[2] <= px[2] + 1e-6, "the first surface point along the ray is picked");
            checked++;
        }
        assertTrue(checked > 30, "enough points were on screen: " + checked);
    }

    @Test
    void aRayAboveTheBoxMissesTheSurface() {
        OrbitCamera cam = new OrbitCamera();
        cam.viewport(900, 700);
        cam.set(0, 5, 1, 0, 0);
        // the top edge of the screen looks over the far edge of the box at a low elevation
        assertTrue(SurfacePicker.pick(cam, mapping(), 450, 0).isEmpty());
    }

    @Test
    void theOrbitQuaternionIsElevationAboutXAfterAzimuthAboutY() {
        OrbitCamera cam = new OrbitCamera();
        cam.set(-35, 32, 1, 0, 0);
        Matrix4d fromAngles = new Matrix4d().rotateX(Math.toRadians(32)).rotateY(Math.toRadians(-35));
        Matrix4d fromQuaternion = cam.model();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(fromAngles.get(i, j), fromQuaternion.get(i, j), ROTATION_TOL);
            }
        }
        cam.orbit(0, 1000);
        assertEquals(OrbitCamera.MAX_ELEVATION, cam.elevation(), 0, "elevation is clamped");
        cam.zoom(100);
        assertEquals(OrbitCamera.MAX_ZOOM, cam.zoomFactor(), 0, "zoom is clamped");
    }
}
