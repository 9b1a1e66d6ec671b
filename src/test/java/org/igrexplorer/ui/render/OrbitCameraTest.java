package org.igrexplorer.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Matrix4d;
import org.junit.jupiter.api.Test;

/**
 * The camera's fit leaves room beside the box for the tick labels of its edges: on a narrow pane (the 3D view of a
 * 1024×768 window, about 340 px wide) the back-left height axis used to project so near the left edge that its
 * labels ("100", "10") were pushed onto the axis bar.
 */
class OrbitCameraTest {

    /** Pixels a height label needs left of its axis ("100" at 13 px plus its gap), at the least. */
    private static final double LABEL_PX = 30;
    /** A camera at the same pose projects the box's centre at the same pixel on a wider pane, within this. */
    private static final double PX_TOL = 1e-9;

    @Test
    void theHeightAxisLeavesRoomForItsLabelsOnANarrowPane() {
        for (double[] pane : new double[][] {{340, 560}, {480, 640}, {800, 600}, {1600, 900}}) {
            OrbitCamera cam = new OrbitCamera();
            cam.viewport(pane[0], pane[1]);
            Matrix4d view = cam.view();
            for (double y : new double[] {0, -SceneMapping.HEIGHT}) {
                double[] p = cam.project(view, -SceneMapping.HALF, y, SceneMapping.HALF);
                assertTrue(p[0] >= LABEL_PX, pane[0] + "×" + pane[1] + ": the height axis at x = " + p[0]);
            }
            // and the front-right corner leaves the right edge as much room
            double[] q = cam.project(view, SceneMapping.HALF, 0, -SceneMapping.HALF);
            assertTrue(q[0] <= pane[0] - OrbitCamera.LABEL_ROOM_PX / 2, pane[0] + ": front-right corner at " + q[0]);
        }
    }

    @Test
    void theFitKeepsTheBoxCentredAndTheZoomScalesTheDistance() {
        OrbitCamera cam = new OrbitCamera();
        cam.viewport(340, 560);
        double d = cam.distance();
        cam.zoom(2);
        assertEquals(2 * d, cam.distance(), 1e-9 * d);
        cam.set(0, 0, 1, 0, 0);
        double[] c = cam.project(cam.view(), 0, 0, 0);
        assertEquals(170, c[0], PX_TOL);
        assertEquals(280, c[1], PX_TOL);
    }
}
