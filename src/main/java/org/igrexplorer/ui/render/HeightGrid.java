package org.igrexplorer.ui.render;

/**
 * World heights of a loss surface sampled on a regular grid over the world square
 * [−{@value SceneMapping#HALF}, {@value SceneMapping#HALF}]² (x to the right, z away from the viewer):
 * {@code nx} nodes along x, {@code nz} along z, row-major by z ({@code worldY[j·nx + i]} at
 * x_i = −HALF + 2·HALF·i/(nx−1), z_j likewise). World y points down, so the heights are ≤ 0. Computed
 * off the FX thread; the 3D views hand it to FXyz3D's {@code SurfacePlotMesh}, which builds the mesh
 * (vertices, faces, the u = i/(nx−1), v = j/(nz−1) texture grid) from {@link #nodeY}. Treat as
 * immutable (the array is handed over, not copied).
 *
 * @param nx     nodes along x (≥ 2)
 * @param nz     nodes along z (≥ 2)
 * @param worldY world y of each node
 */
public record HeightGrid(int nx, int nz, float[] worldY) {

    public HeightGrid {
        if (nx < 2 || nz < 2 || worldY.length != nx * nz) {
            throw new IllegalArgumentException("need nx, nz ≥ 2 and nx·nz heights");
        }
    }

    /** @return the world width (and depth) of the square the grid spans */
    public static double span() {
        return 2 * SceneMapping.HALF;
    }

    /** @return world y at node (i, j) */
    public float y(int i, int j) {
        return worldY[j * nx + i];
    }

    /** @return world x of node column i */
    public double x(int i) {
        return -SceneMapping.HALF + span() * i / (nx - 1);
    }

    /** @return world z of node row j */
    public double z(int j) {
        return -SceneMapping.HALF + span() * j / (nz - 1);
    }

    /**
     * @return world y at the grid node nearest to world (x, z): the function a surface plot samples exactly
     *         at the nodes (a mesh generator that rounds its node coordinates still gets the node's height)
     */
    public float nodeY(double x, double z) {
        int i = (int) Math.round((x + SceneMapping.HALF) / span() * (nx - 1));
        int j = (int) Math.round((z + SceneMapping.HALF) / span() * (nz - 1));
        return y(Math.max(0, Math.min(nx - 1, i)), Math.max(0, Math.min(nz - 1, j)));
    }

    /** @return the number of triangles of the mesh over this grid */
    public int triangleCount() {
        return 2 * (nx - 1) * (nz - 1);
    }
}
