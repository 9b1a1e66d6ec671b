package org.igrexplorer.core.mlp.landscape;

import java.util.List;

/**
 * The loss on a regular grid of the plane: {@code loss(i, j)} = E(θ_T + α_i d₁ + β_j d₂), α_i
 * from alphaMin to alphaMax and β_j from betaMin to betaMax, both ends included.
 *
 * @param loss row-major by β: index j · nAlpha + i (never modified)
 */
public record PlaneGrid(double alphaMin, double alphaMax, double betaMin, double betaMax, int nAlpha, int nBeta,
        double[] loss) {

    public PlaneGrid {
        if (nAlpha < 2 || nBeta < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 × 2 points");
        }
        if (!(alphaMax > alphaMin) || !(betaMax > betaMin)) {
            throw new IllegalArgumentException("the grid's ranges must be increasing");
        }
        if (loss.length != nAlpha * nBeta) {
            throw new IllegalArgumentException("expected " + nAlpha * nBeta + " values, got " + loss.length);
        }
    }

    /** Largest grid side the CLI and the lab accept. */
    public static final int MAX_SIDE = 401;

    /**
     * The box covering every point of the paths with a margin: each range is the points' span
     * widened by {@code margin} × span on both sides; a span shorter than 1/20 of the other axis's
     * span is widened to that, so the box never collapses.
     */
    public static double[] covering(List<ProjectedPath> paths, double margin) {
        double aLo = Double.POSITIVE_INFINITY;
        double aHi = Double.NEGATIVE_INFINITY;
        double bLo = Double.POSITIVE_INFINITY;
        double bHi = Double.NEGATIVE_INFINITY;
        for (ProjectedPath p : paths) {
            for (PathPoint q : p.points()) {
                aLo = Math.min(aLo, q.alpha());
                aHi = Math.max(aHi, q.alpha());
                bLo = Math.min(bLo, q.beta());
                bHi = Math.max(bHi, q.beta());
            }
        }
        if (!(aHi >= aLo) || !(bHi >= bLo)) {
            throw new IllegalArgumentException("no path points to cover");
        }
        double floor = Math.max(aHi - aLo, bHi - bLo) / 20;
        if (!(floor > 0)) {
            floor = 1;
        }
        double[] a = widen(aLo, aHi, margin, floor);
        double[] b = widen(bLo, bHi, margin, floor);
        return new double[] {a[0], a[1], b[0], b[1]};
    }

    private static double[] widen(double lo, double hi, double margin, double floor) {
        double span = hi - lo;
        if (span < floor) {
            double mid = (lo + hi) / 2;
            lo = mid - floor / 2;
            hi = mid + floor / 2;
            span = floor;
        }
        return new double[] {lo - margin * span, hi + margin * span};
    }

    public double alpha(int i) {
        return alphaMin + (alphaMax - alphaMin) * i / (nAlpha - 1);
    }

    public double beta(int j) {
        return betaMin + (betaMax - betaMin) * j / (nBeta - 1);
    }

    public double loss(int i, int j) {
        return loss[j * nAlpha + i];
    }

    /** @return the smallest finite loss on the grid (NaN when there is none) */
    public double minLoss() {
        double m = Double.NaN;
        for (double v : loss) {
            if (Double.isFinite(v) && !(v >= m)) {
                m = v;
            }
        }
        return m;
    }

    /** @return the largest finite loss on the grid (NaN when there is none) */
    public double maxLoss() {
        double m = Double.NaN;
        for (double v : loss) {
            if (Double.isFinite(v) && !(v <= m)) {
                m = v;
            }
        }
        return m;
    }

    /**
     * @return the loss at (α, β) by bilinear interpolation of the grid, NaN outside it
     */
    public double interpolate(double alpha, double beta) {
        double u = (alpha - alphaMin) / (alphaMax - alphaMin) * (nAlpha - 1);
        double v = (beta - betaMin) / (betaMax - betaMin) * (nBeta - 1);
        if (!(u >= 0 && u <= nAlpha - 1 && v >= 0 && v <= nBeta - 1)) {
            return Double.NaN;
        }
        int i = Math.min((int) u, nAlpha - 2);
        int j = Math.min((int) v, nBeta - 2);
        double fu = u - i;
        double fv = v - j;
        return (1 - fu) * (1 - fv) * loss(i, j) + fu * (1 - fv) * loss(i + 1, j) + (1 - fu) * fv * loss(i, j + 1)
                + fu * fv * loss(i + 1, j + 1);
    }
}
