package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point3D;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Affine;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.OrbitCamera;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class Fx3dTest {

    static final double EPS = 1e-9;

    @Test
    void meshCarriesTheTrianglesAsGiven() {
        MeshData d = new MeshData(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 2}, new float[] {0.5f, 0.5f},
                new int[] {0, 0, 1, 0, 2, 0});
        TriangleMesh m = Fx3d.mesh(d);
        assertArrayEquals(d.points(), m.getPoints().toArray(null));
        assertArrayEquals(d.texCoords(), m.getTexCoords().toArray(null));
        assertArrayEquals(d.faces(), m.getFaces().toArray(null));
        assertEquals(1, m.getFaces().size() / 6);
    }

    @Test
    void placeMapsPointsAsTheCameraModelMatrixDoes() {
        OrbitCamera camera = new OrbitCamera();
        camera.set(-50, 20, 1.7, 30, -12);
        Affine world = new Affine();
        Fx3d.place(world, camera);
        for (double[] p : new double[][] {{0, 0, 0}, {100, -40, 250}, {-3.5, 7, 0.25}}) {
            Vector3d expected = camera.model().transformPosition(new Vector3d(p[0], p[1], p[2]));
            Point3D got = world.transform(p[0], p[1], p[2]);
            assertEquals(expected.x, got.getX(), EPS * (1 + Math.abs(expected.x)));
            assertEquals(expected.y, got.getY(), EPS * (1 + Math.abs(expected.y)));
            assertEquals(expected.z, got.getZ(), EPS * (1 + Math.abs(expected.z)));
        }
    }
}
