package org.igrexplorer.ui.explorer;

import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Affine;
import org.igrexplorer.ui.render.MeshData;
import org.igrexplorer.ui.render.OrbitCamera;
import org.joml.Matrix4d;

/**
 * The JavaFX side of the geometry that {@code ui.render} computes off the FX thread, shared by every 3D view
 * (the explorer's surface, the teaching overlays, a network's landscape): triangles into a JavaFX mesh, and
 * the JOML orbit camera's model matrix onto the world's transform. FX thread only.
 */
public final class Fx3d {

    private Fx3d() {
    }

    /** @return a JavaFX mesh of the triangles {@code d} (curves, markers, bands) */
    public static TriangleMesh mesh(MeshData d) {
        TriangleMesh m = new TriangleMesh();
        m.getPoints().setAll(d.points());
        m.getTexCoords().setAll(d.texCoords());
        m.getFaces().setAll(d.faces());
        return m;
    }

    /** Sets {@code world} to the camera's model matrix (rotation from its quaternion, then its pan). */
    public static void place(Affine world, OrbitCamera camera) {
        Matrix4d m = camera.model();
        world.setToTransform(m.m00(), m.m10(), m.m20(), m.m30(), m.m01(), m.m11(), m.m21(), m.m31(), m.m02(),
                m.m12(), m.m22(), m.m32());
    }
}
