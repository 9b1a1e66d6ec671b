package org.igrexplorer.ui.explorer;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import org.fxyz3d.shapes.primitives.SurfacePlotMesh;
import org.igrexplorer.ui.render.HeightGrid;
import org.igrexplorer.ui.render.SurfaceTexture;

/**
 * The loss surface of the 3D views as an FXyz3D {@link SurfacePlotMesh}: FXyz builds the mesh (vertices at
 * the grid nodes, two triangles per cell, one smoothing group, and its texture grid u = i/(nx−1),
 * v = j/(nz−1) over the square) from the heights sampled off the FX thread, and the surface wears the
 * {@link SurfaceTexture} image (smooth colour of log E with contour lines) through that texture grid.
 * Both sides are drawn (the surface is seen from below when the camera dips under the rim). FX thread only.
 */
public final class SurfacePlot {

    private SurfacePlot() {
    }

    /** @return a new FXyz surface plot mesh through the nodes of {@code g} (world coordinates) */
    public static SurfacePlotMesh mesh(HeightGrid g) {
        SurfacePlotMesh m = new SurfacePlotMesh(p -> g.nodeY(p.getX(), p.getY()), HeightGrid.span(),
                HeightGrid.span(), g.nx() - 1, g.nz() - 1, 1.0);
        m.setCullFace(CullFace.NONE);
        m.setMouseTransparent(true);
        return m;
    }

    /** @return a material that shows nothing until {@link #wear} gives it a texture */
    public static PhongMaterial material() {
        PhongMaterial m = new PhongMaterial(Color.WHITE);
        m.setSpecularColor(Color.gray(0.18));
        m.setSpecularPower(40);
        return m;
    }

    /** Puts the texture's image on the material (a new image each time: the old one may still be drawn). */
    public static void wear(PhongMaterial material, SurfaceTexture t) {
        WritableImage img = new WritableImage(t.size(), t.size());
        img.getPixelWriter().setPixels(0, 0, t.size(), t.size(), PixelFormat.getIntArgbInstance(), t.argb(), 0,
                t.size());
        material.setDiffuseMap(img);
    }
}
