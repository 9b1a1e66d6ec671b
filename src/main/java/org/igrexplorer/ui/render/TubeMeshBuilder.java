package org.igrexplorer.ui.render;

import java.util.Arrays;

/**
 * Builds 3D polylines as thin tubes (a hexagonal prism per segment) and point markers as small
 * octahedra, all in one mesh each, so that a whole trajectory is a single node. Points that are not
 * finite break the line. Pure computation, safe on any thread. Not thread-safe itself: one builder
 * per job.
 */
public final class TubeMeshBuilder {

    private static final int SIDES = 6;

    private float[] points = new float[1024];
    private int[] faces = new int[1024];
    private int np;
    private int nf;

    private int vertex(double x, double y, double z) {
        if (np + 3 > points.length) {
            points = Arrays.copyOf(points, points.length * 2);
        }
        points[np++] = (float) x;
        points[np++] = (float) y;
        points[np++] = (float) z;
        return np / 3 - 1;
    }

    private void tri(int a, int b, int c) {
        if (nf + 6 > faces.length) {
            faces = Arrays.copyOf(faces, faces.length * 2);
        }
        faces[nf++] = a;
        faces[nf++] = 0;
        faces[nf++] = b;
        faces[nf++] = 0;
        faces[nf++] = c;
        faces[nf++] = 0;
    }

    /**
     * Adds a polyline of world points (x, y, z interleaved).
     *
     * @param xyz    coordinates. Not modified.
     * @param radius tube radius in world units
     */
    public TubeMeshBuilder polyline(double[] xyz, double radius) {
        for (int i = 0; i + 5 < xyz.length; i += 3) {
            double x0 = xyz[i];
            double y0 = xyz[i + 1];
            double z0 = xyz[i + 2];
            double x1 = xyz[i + 3];
            double y1 = xyz[i + 4];
            double z1 = xyz[i + 5];
            if (!Double.isFinite(x0 + y0 + z0 + x1 + y1 + z1)) {
                continue;
            }
            segment(x0, y0, z0, x1, y1, z1, radius);
        }
        return this;
    }

    private void segment(double x0, double y0, double z0, double x1, double y1, double z1, double r) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double dz = z1 - z0;
        double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (len < 1e-9) {
            return;
        }
        dx /= len;
        dy /= len;
        dz /= len;
        // u ⟂ d: d × (0,1,0) unless d is nearly vertical
        double ux;
        double uy;
        double uz;
        if (Math.abs(dy) < 0.9) {
            ux = -dz;
            uy = 0;
            uz = dx;
        } else {
            ux = 0;
            uy = dz;
            uz = -dy;
        }
        double ul = Math.sqrt(ux * ux + uy * uy + uz * uz);
        ux /= ul;
        uy /= ul;
        uz /= ul;
        double vx = dy * uz - dz * uy;
        double vy = dz * ux - dx * uz;
        double vz = dx * uy - dy * ux;
        // extend a little past both ends so that consecutive segments overlap at joints
        double ext = r * 0.5;
        double sx = x0 - dx * ext;
        double sy = y0 - dy * ext;
        double sz = z0 - dz * ext;
        double ex = x1 + dx * ext;
        double ey = y1 + dy * ext;
        double ez = z1 + dz * ext;
        int base = np / 3;
        for (int k = 0; k < SIDES; k++) {
            double ang = 2 * Math.PI * k / SIDES;
            double c = Math.cos(ang) * r;
            double s = Math.sin(ang) * r;
            double ox = c * ux + s * vx;
            double oy = c * uy + s * vy;
            double oz = c * uz + s * vz;
            vertex(sx + ox, sy + oy, sz + oz);
            vertex(ex + ox, ey + oy, ez + oz);
        }
        for (int k = 0; k < SIDES; k++) {
            int a0 = base + 2 * k;
            int a1 = a0 + 1;
            int b0 = base + 2 * ((k + 1) % SIDES);
            int b1 = b0 + 1;
            tri(a0, b0, a1);
            tri(a1, b0, b1);
        }
    }

    /**
     * Adds an octahedron marker.
     *
     * @param size half-diagonal in world units
     */
    public TubeMeshBuilder marker(double x, double y, double z, double size) {
        if (!Double.isFinite(x + y + z)) {
            return this;
        }
        int px = vertex(x + size, y, z);
        int nx = vertex(x - size, y, z);
        int py = vertex(x, y + size, z);
        int ny = vertex(x, y - size, z);
        int pz = vertex(x, y, z + size);
        int nz = vertex(x, y, z - size);
        tri(px, py, pz);
        tri(pz, py, nx);
        tri(nx, py, nz);
        tri(nz, py, px);
        tri(pz, ny, px);
        tri(nx, ny, pz);
        tri(nz, ny, nx);
        tri(px, ny, nz);
        return this;
    }

    /** @return the mesh (a single texture coordinate; colour it with a plain material) */
    public MeshData build() {
        return new MeshData(Arrays.copyOf(points, np), new float[] {0.5f, 0.5f}, Arrays.copyOf(faces, nf));
    }
}
