package org.igrexplorer.core.mlp.landscape;

import java.util.List;

/**
 * The plane θ(α, β) = θ_T + α d₁ + β d₂ through a run's end point θ_T spanned by the path's top two
 * principal directions, with their explained-variance ratios.
 *
 * @param centre θ_T, the end of the reference path (never modified)
 * @param centreStep the step of θ_T
 * @param d1 unit first direction (never modified)
 * @param d2 unit second direction orthogonal to d1 (never modified)
 * @param ratio1 share of the path's variance Σ‖θ_i − θ_T‖² along d1
 * @param ratio2 share along d2 (0 when d2 is random)
 * @param secondRandom whether the path is straight and d2 is a seeded random direction
 */
public record PcaPlane(float[] centre, long centreStep, double[] d1, double[] d2, double ratio1, double ratio2,
        boolean secondRandom) {

    public PcaPlane {
        if (d1.length != centre.length || d2.length != centre.length) {
            throw new IllegalArgumentException("directions and centre differ in length");
        }
    }

    /**
     * PCA of a path about its last snapshot (Li et al. 2018, §7).
     *
     * @param path snapshots in step order, all finite, at least two
     */
    public static PcaPlane of(List<Snapshot> path) {
        if (path.size() < 2) {
            throw new IllegalArgumentException("a path needs at least two snapshots, got " + path.size());
        }
        Snapshot end = path.get(path.size() - 1);
        PathPca.Directions d = PathPca.fit(PathPca.differences(path.stream().map(Snapshot::theta).toList(),
                end.theta()));
        return new PcaPlane(end.theta(), end.step(), d.d1(), d.d2(), d.ratio1(), d.ratio2(), d.secondRandom());
    }

    /** @return the number of parameters */
    public int dimension() {
        return centre.length;
    }

    /**
     * @param theta Not modified.
     * @return {α, β, residual}: the coordinates of θ − θ_T along d1, d2 and the length of what the
     *     plane leaves out, ‖θ − θ_T − α d1 − β d2‖ (all in double)
     */
    public double[] project(float[] theta) {
        if (theta.length != centre.length) {
            throw new IllegalArgumentException("expected " + centre.length + " parameters, got " + theta.length);
        }
        double a = 0;
        double b = 0;
        for (int p = 0; p < theta.length; p++) {
            double v = (double) theta[p] - centre[p];
            a += v * d1[p];
            b += v * d2[p];
        }
        double r2 = 0;
        for (int p = 0; p < theta.length; p++) {
            double r = (double) theta[p] - centre[p] - a * d1[p] - b * d2[p];
            r2 += r * r;
        }
        return new double[] {a, b, Math.sqrt(r2)};
    }

    /**
     * θ_T + α d1 + β d2 rounded to float32, entries {@code from .. from+out.length-1}.
     *
     * @param out Modified.
     */
    public void pointInto(double alpha, double beta, int from, float[] out) {
        for (int i = 0; i < out.length; i++) {
            int p = from + i;
            out[i] = (float) (centre[p] + alpha * d1[p] + beta * d2[p]);
        }
    }
}
