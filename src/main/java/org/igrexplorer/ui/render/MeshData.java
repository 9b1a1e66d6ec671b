package org.igrexplorer.ui.render;

/**
 * The arrays of a JavaFX {@code TriangleMesh} built off the FX thread: points (x, y, z per
 * vertex), texture coordinates (u, v) and faces (p0, t0, p1, t1, p2, t2 per triangle). Plain arrays
 * so that a view copies them into the mesh on the FX thread in one call each. Treat as immutable
 * after construction (the arrays are handed over, not copied, to keep rebuilds fast).
 *
 * @param points    vertex coordinates
 * @param texCoords texture coordinates
 * @param faces     triangle indices
 */
public record MeshData(float[] points, float[] texCoords, int[] faces) {

    /** An empty mesh. */
    public static final MeshData EMPTY = new MeshData(new float[0], new float[] {0.5f, 0.5f}, new int[0]);

    /** @return number of triangles */
    public int triangleCount() {
        return faces.length / 6;
    }

    /** @return number of vertices */
    public int vertexCount() {
        return points.length / 3;
    }
}
