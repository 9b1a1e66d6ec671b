package org.igrexplorer.core.mlp.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** PCA of synthetic paths whose plane, singular values and coordinates are known by construction. */
class PathPcaTest {

    /** The bound on the principal angles between the recovered and the true plane. */
    static final double ANGLE_TOL = 1e-9;
    /** Explained-variance ratios and coordinates (relative to the path's scale), double rounding. */
    static final double EXACT_TOL = 1e-12;
    /** Parameters: more than one {@link PathPca#BLOCK}, so the block passes are exercised. */
    static final int M = 5000;
    static final int N = 60;

    /** Orthonormal vectors e_1 .. e_k of length m (Gram–Schmidt of seeded Gaussians). */
    static double[][] orthonormal(int k, int m, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] e = new double[k][m];
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < m; p++) {
                e[a][p] = rng.nextGaussian();
            }
            for (int twice = 0; twice < 2; twice++) {
                for (int b = 0; b < a; b++) {
                    double d = PathPca.dot(e[a], e[b]);
                    for (int p = 0; p < m; p++) {
                        e[a][p] -= d * e[b][p];
                    }
                }
            }
            double norm = Math.sqrt(PathPca.dot(e[a], e[a]));
            for (int p = 0; p < m; p++) {
                e[a][p] /= norm;
            }
        }
        return e;
    }

    /** Rows Σ_k coef[k][i] e_k. */
    static PathPca.Rows rows(double[][] coef, double[][] e) {
        return new PathPca.Rows() {
            @Override
            public int count() {
                return coef[0].length;
            }

            @Override
            public int dimension() {
                return e[0].length;
            }

            @Override
            public void copy(int row, int from, int to, double[] dest) {
                for (int p = from; p < to; p++) {
                    double v = 0;
                    for (int k = 0; k < coef.length; k++) {
                        v += coef[k][row] * e[k][p];
                    }
                    dest[p - from] = v;
                }
            }
        };
    }

    /** Coefficient columns of length n, orthogonal, with the given norms, zero in the last row (the end). */
    static double[][] coefficients(double[] norms, int n, long seed) {
        double[][] c = orthonormal(norms.length, n - 1, seed);
        double[][] out = new double[norms.length][n];
        for (int k = 0; k < norms.length; k++) {
            for (int i = 0; i < n - 1; i++) {
                out[k][i] = norms[k] * c[k][i];
            }
        }
        return out;
    }

    /** @return sin of the largest principal angle between span(d1, d2) and span(e1, e2): ‖(I − EEᵀ) D‖_F bounds it */
    static double sinLargestAngle(double[] d1, double[] d2, double[] e1, double[] e2) {
        double s = 0;
        for (double[] d : new double[][] {d1, d2}) {
            double a = PathPca.dot(d, e1);
            double b = PathPca.dot(d, e2);
            for (int p = 0; p < d.length; p++) {
                double r = d[p] - a * e1[p] - b * e2[p];
                s += r * r;
            }
        }
        return Math.sqrt(s);
    }

    @Test
    void recoversAPlaneItsVarianceRatiosAndExactCoordinates() {
        double[][] e = orthonormal(2, M, 11);
        double[][] c = coefficients(new double[] {3, 1}, N, 12);
        PathPca.Directions d = PathPca.fit(rows(c, e));
        assertTrue(sinLargestAngle(d.d1(), d.d2(), e[0], e[1]) < ANGLE_TOL);
        assertEquals(0.9, d.ratio1(), EXACT_TOL);
        assertEquals(0.1, d.ratio2(), EXACT_TOL);
        assertEquals(3, d.sigma1(), EXACT_TOL * 3);
        assertEquals(1, d.sigma2(), EXACT_TOL * 3);
        assertFalse(d.secondRandom());
        // distinct singular values: the directions themselves are ±e1, ±e2
        double s1 = Math.signum(PathPca.dot(d.d1(), e[0]));
        double s2 = Math.signum(PathPca.dot(d.d2(), e[1]));
        for (int i = 0; i < N; i++) {
            assertEquals(s1 * c[0][i], d.alpha()[i], EXACT_TOL * 3, "alpha " + i);
            assertEquals(s2 * c[1][i], d.beta()[i], EXACT_TOL * 3, "beta " + i);
            assertEquals(0, d.residual()[i], EXACT_TOL * 3, "residual " + i);
        }
        assertTrue(d.alpha()[0] <= 0 && d.beta()[0] <= 0, "the start lies at non-positive coordinates");
        assertEquals(1, PathPca.dot(d.d1(), d.d1()), EXACT_TOL);
        assertEquals(1, PathPca.dot(d.d2(), d.d2()), EXACT_TOL);
        assertEquals(0, PathPca.dot(d.d1(), d.d2()), EXACT_TOL);
    }

    @Test
    void aThirdSmallerComponentLeavesThePlaneAndIsTheResidual() {
        double[][] e = orthonormal(3, M, 21);
        double[][] c = coefficients(new double[] {4, 2, 0.5}, N, 22);
        PathPca.Directions d = PathPca.fit(rows(c, e));
        assertTrue(sinLargestAngle(d.d1(), d.d2(), e[0], e[1]) < ANGLE_TOL);
        double total = 16 + 4 + 0.25;
        assertEquals(16 / total, d.ratio1(), EXACT_TOL);
        assertEquals(4 / total, d.ratio2(), EXACT_TOL);
        for (int i = 0; i < N; i++) {
            assertEquals(Math.abs(c[2][i]), d.residual()[i], EXACT_TOL * 4, "residual " + i);
        }
    }

    @Test
    void floatSnapshotsThroughThePlaneRecordProjectAsTheFit() {
        double[][] e = orthonormal(2, 300, 31);
        double[][] c = coefficients(new double[] {2, 1}, 25, 32);
        float[] centre = new float[300];
        SplittableRandom rng = new SplittableRandom(33);
        for (int p = 0; p < centre.length; p++) {
            centre[p] = (float) rng.nextGaussian();
        }
        List<Snapshot> path = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            float[] t = new float[300];
            for (int p = 0; p < t.length; p++) {
                t[p] = (float) (centre[p] + c[0][i] * e[0][p] + c[1][i] * e[1][p]);
            }
            path.add(new Snapshot(10L * i, i == 24 ? centre : t));
        }
        PcaPlane plane = PcaPlane.of(path);
        assertEquals(240, plane.centreStep());
        PathPca.Directions d = PathPca.fit(PathPca.differences(path.stream().map(Snapshot::theta).toList(), centre));
        for (int i = 0; i < 25; i++) {
            double[] pr = plane.project(path.get(i).theta());
            assertEquals(d.alpha()[i], pr[0], EXACT_TOL * 2);
            assertEquals(d.beta()[i], pr[1], EXACT_TOL * 2);
            assertEquals(d.residual()[i], pr[2], EXACT_TOL * 2);
            // float rounding of the snapshots is all that leaves the plane
            assertTrue(pr[2] < 1e-6, "residual " + pr[2]);
        }
        // the plane's point at a snapshot's coordinates is that snapshot, to float rounding
        float[] back = new float[300];
        double[] pr = plane.project(path.get(3).theta());
        plane.pointInto(pr[0], pr[1], 0, back);
        for (int p = 0; p < back.length; p++) {
            assertEquals(path.get(3).theta()[p], back[p], 1e-6);
        }
    }

    @Test
    void aStraightPathGetsARandomOrthogonalSecondDirection() {
        double[][] e = orthonormal(1, 400, 41);
        double[][] c = coefficients(new double[] {1.5}, 10, 42);
        PathPca.Directions d = PathPca.fit(rows(c, e));
        assertTrue(d.secondRandom());
        assertEquals(1, d.ratio1(), EXACT_TOL);
        assertEquals(0, d.ratio2());
        assertEquals(0, PathPca.dot(d.d1(), d.d2()), EXACT_TOL);
        assertEquals(1, PathPca.dot(d.d2(), d.d2()), EXACT_TOL);
        assertEquals(1, Math.abs(PathPca.dot(d.d1(), e[0])), EXACT_TOL);
    }

    @Test
    void aPathWithoutExtentIsRefused() {
        double[][] e = orthonormal(1, 50, 51);
        double[][] zero = new double[1][5];
        var ex = assertThrows(IllegalArgumentException.class, () -> PathPca.fit(rows(zero, e)));
        assertTrue(ex.getMessage().contains("no extent"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PathPca.fit(rows(new double[1][1], e)));
    }
}
