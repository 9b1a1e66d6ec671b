package org.igrexplorer.core.mlp.landscape;

import java.util.List;

/**
 * A run's snapshots projected on a plane.
 *
 * @param label names the run ("h=0.1 w=128 seed 1")
 * @param points in step order
 * @param truncated whether the run's later snapshots were left out because they were not finite
 *     (the run diverged)
 */
public record ProjectedPath(String label, List<PathPoint> points, boolean truncated) {

    public ProjectedPath {
        points = List.copyOf(points);
    }

    /** @return the point nearest to (α, β) in the plane's coordinates, or null when there is none */
    public PathPoint nearest(double alpha, double beta) {
        PathPoint best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (PathPoint p : points) {
            double d = (p.alpha() - alpha) * (p.alpha() - alpha) + (p.beta() - beta) * (p.beta() - beta);
            if (d < bestD) {
                bestD = d;
                best = p;
            }
        }
        return best;
    }
}
