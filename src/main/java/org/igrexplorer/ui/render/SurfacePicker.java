package org.igrexplorer.ui.render;

import java.util.Optional;
import org.joml.Intersectiond;
import org.joml.Vector2d;
import org.joml.Vector3d;

/**
 * Finds the point of the loss surface under a screen point: the camera's ray (JOML) is clipped to the
 * box the surface lives in, marched until it crosses the surface (from above, or from below where it
 * enters under the rim), and the crossing refined by bisection on the exact height function, not on
 * the mesh. The scene's nodes stay mouse-transparent,
 * so that JavaFX does not test every triangle of the surface on every mouse move.
 */
public final class SurfacePicker {

    /** Samples along the ray inside the box before bisection (a wall steeper than this is missed). */
    static final int MARCH_STEPS = 600;
    /** Bisection steps: the crossing is found to (ray length) / 2^60, far below a pixel. */
    static final int BISECTIONS = 60;

    private SurfacePicker() {
    }

    /** World y (down) of a surface over world (x, z) ∈ [−HALF, HALF]², NaN where there is none. */
    @FunctionalInterface
    public interface HeightField {
        double worldY(double x, double z);
    }

    /**
     * @param camera the camera, its viewport set
     * @param map    the surface's mapping
     * @return (a, b) of the first surface point along the ray under (sx, sy), or empty if the ray misses
     */
    public static Optional<double[]> pick(OrbitCamera camera, SceneMapping map, double sx, double sy) {
        return pick(camera, (x, z) -> map.worldY(map.aOf(x), map.bOf(z)), sx, sy)
                .map(w -> new double[] {map.aOf(w[0]), map.bOf(w[1])});
    }

    /**
     * @param camera  the camera, its viewport set
     * @param surface the surface's world height over the box (heights in [0, {@value SceneMapping#HEIGHT}])
     * @return world (x, z) of the first surface point along the ray under (sx, sy), or empty if the ray misses
     */
    public static Optional<double[]> pick(OrbitCamera camera, HeightField surface, double sx, double sy) {
        Vector3d[] ray = camera.ray(sx, sy);
        Vector3d o = ray[0];
        Vector3d d = ray[1];
        double h = SceneMapping.HALF;
        Vector2d t = new Vector2d();
        // the surface lies between height 0 and HEIGHT (world y from 0 up to −HEIGHT)
        if (!Intersectiond.intersectRayAab(o.x, o.y, o.z, d.x, d.y, d.z, -h, -SceneMapping.HEIGHT - 1, -h, h, 1, h,
                t)) {
            return Optional.empty();
        }
        double t0 = Math.max(0, t.x);
        double t1 = t.y;
        if (t1 <= t0) {
            return Optional.empty();
        }
        // the surface is a sheet seen from either side: the first sign change of (ray − surface) is the hit
        double prevT = t0;
        boolean startBelow = below(surface, o, d, t0) >= 0;
        for (int i = 1; i <= MARCH_STEPS; i++) {
            double ti = t0 + (t1 - t0) * i / MARCH_STEPS;
            if ((below(surface, o, d, ti) >= 0) != startBelow) {
                double lo = prevT;
                double hi = ti;
                for (int k = 0; k < BISECTIONS; k++) {
                    double mid = 0.5 * (lo + hi);
                    if ((below(surface, o, d, mid) >= 0) != startBelow) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                return Optional.of(new double[] {clamp(o.x + hi * d.x), clamp(o.z + hi * d.z)});
            }
            prevT = ti;
        }
        return Optional.empty();
    }

    /** @return how far the ray point at {@code t} is below the surface (world y grows downwards), NaN outside */
    private static double below(HeightField surface, Vector3d o, Vector3d d, double t) {
        double x = o.x + t * d.x;
        double y = o.y + t * d.y;
        double z = o.z + t * d.z;
        return y - surface.worldY(clamp(x), clamp(z));
    }

    private static double clamp(double w) {
        return Math.max(-SceneMapping.HALF, Math.min(SceneMapping.HALF, w));
    }
}
