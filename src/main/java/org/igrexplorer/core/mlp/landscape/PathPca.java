package org.igrexplorer.core.mlp.landscape;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The top two principal directions of a path's snapshots relative to its end, θ_i − θ_T (Li et
 * al. 2018, §7), by the Gram-matrix trick: for n snapshots of m parameters (n ≤ a few hundred,
 * m up to millions) the n × n matrix G = M Mᵀ of the rows of M = [θ_i − θ_T] is built with EJML
 * in column blocks (never the n × m matrix), its symmetric eigen-decomposition G = U Λ Uᵀ gives
 * σ_k² = λ_k, and d_k = Mᵀ u_k / σ_k. Everything is in double precision. The explained-variance
 * ratio of d_k is σ_k² / Σ_j σ_j² = σ_k² / trace G.
 *
 * <p>Signs are fixed so that the first snapshot has non-positive coordinates (the path comes in
 * from the lower left towards the end at the origin). When the rows span one direction only (a
 * straight path), d₂ is a seeded random direction orthogonal to d₁ with ratio 0.
 */
public final class PathPca {

    /** Parameters per block of the Gram and projection passes (block memory: n × this doubles). */
    static final int BLOCK = 2048;
    /**
     * λ₂ / λ₁ at or below this means the rows span one direction only (the eigenvalues of G carry
     * an absolute error of about 1e-16 · λ₁, so a straight path shows λ₂ / λ₁ of that order).
     */
    static final double RANK_ONE = 1e-12;
    /** Seed of the random second direction of a straight path. */
    static final long RANDOM_DIRECTION_SEED = 20180707L;

    private PathPca() {
    }

    /** The rows of M, read in column ranges (double precision). */
    public interface Rows {
        int count();

        int dimension();

        /**
         * Copies entries {@code from .. to-1} of row {@code row} into {@code dest[0 .. to-from-1]}.
         *
         * @param dest Modified.
         */
        void copy(int row, int from, int to, double[] dest);
    }

    /**
     * The fit.
     *
     * @param d1 unit first direction (length m)
     * @param d2 unit second direction, orthogonal to d1
     * @param sigma1 first singular value of M
     * @param sigma2 second singular value (0 when the second direction is random)
     * @param total trace G = Σ_i ‖row_i‖² = Σ_j σ_j²
     * @param alpha coordinate of each row along d1
     * @param beta coordinate of each row along d2
     * @param residual ‖row_i − α_i d1 − β_i d2‖, what the plane leaves out of each row
     * @param secondRandom whether d2 is a random direction (the rows span one direction)
     */
    public record Directions(double[] d1, double[] d2, double sigma1, double sigma2, double total, double[] alpha,
            double[] beta, double[] residual, boolean secondRandom) {

        /** @return σ₁² / trace G */
        public double ratio1() {
            return sigma1 * sigma1 / total;
        }

        /** @return σ₂² / trace G */
        public double ratio2() {
            return sigma2 * sigma2 / total;
        }
    }

    /** @return rows θ_i − centre of float snapshots, formed in double (exact) */
    public static Rows differences(List<float[]> snapshots, float[] centre) {
        for (float[] s : snapshots) {
            if (s.length != centre.length) {
                throw new IllegalArgumentException("snapshots and centre differ in length");
            }
        }
        return new Rows() {
            @Override
            public int count() {
                return snapshots.size();
            }

            @Override
            public int dimension() {
                return centre.length;
            }

            @Override
            public void copy(int row, int from, int to, double[] dest) {
                float[] s = snapshots.get(row);
                for (int p = from; p < to; p++) {
                    dest[p - from] = (double) s[p] - (double) centre[p];
                }
            }
        };
    }

    /**
     * @throws IllegalArgumentException if there are fewer than two rows or every row is zero
     */
    public static Directions fit(Rows rows) {
        int n = rows.count();
        int m = rows.dimension();
        if (n < 2) {
            throw new IllegalArgumentException("PCA of a path needs at least two snapshots, got " + n);
        }
        if (m < 2) {
            throw new IllegalArgumentException("a plane needs at least two parameters");
        }
        // pass 1: G = Σ_blocks Bᵀ B, B = (block of M)ᵀ (w × n), with EJML's symmetric inner product
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        DMatrixRMaj part = new DMatrixRMaj(n, n);
        Block block = new Block(rows);
        for (int from = 0; from < m; from += BLOCK) {
            DMatrixRMaj b = block.load(from);
            CommonOps_DDRM.multInner(b, part);
            CommonOps_DDRM.addEquals(g, part);
        }
        double total = CommonOps_DDRM.trace(g);
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new IllegalArgumentException(Double.isFinite(total)
                    ? "every snapshot equals the end point: the path has no extent (did the run take any steps?)"
                    : "the snapshots hold non-finite parameters");
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(g.copy())) {
            throw new IllegalStateException("the eigen-decomposition of the Gram matrix did not converge");
        }
        Integer[] order = new Integer[eig.getNumberOfEigenvalues()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, c) -> Double.compare(eig.getEigenvalue(c).real, eig.getEigenvalue(a).real));
        double l1 = Math.max(0, eig.getEigenvalue(order[0]).real);
        double l2 = Math.max(0, eig.getEigenvalue(order[1]).real);
        boolean secondRandom = !(l2 > RANK_ONE * l1);
        double sigma1 = Math.sqrt(l1);
        double sigma2 = secondRandom ? 0 : Math.sqrt(l2);
        DMatrixRMaj u = new DMatrixRMaj(n, 2);
        DMatrixRMaj v1 = eig.getEigenVector(order[0]);
        DMatrixRMaj v2 = eig.getEigenVector(order[1]);
        for (int i = 0; i < n; i++) {
            u.set(i, 0, v1.get(i) / sigma1);
            u.set(i, 1, secondRandom ? 0 : v2.get(i) / sigma2);
        }
        // pass 2: d_k = Mᵀ u_k / σ_k, block by block
        double[] d1 = new double[m];
        double[] d2 = new double[m];
        DMatrixRMaj dBlock = new DMatrixRMaj(1, 2);
        for (int from = 0; from < m; from += BLOCK) {
            DMatrixRMaj b = block.load(from);
            dBlock.reshape(b.numRows, 2);
            CommonOps_DDRM.mult(b, u, dBlock);
            for (int p = 0; p < b.numRows; p++) {
                d1[from + p] = dBlock.get(p, 0);
                d2[from + p] = dBlock.get(p, 1);
            }
        }
        normalise(d1);
        if (secondRandom) {
            SplittableRandom rng = new SplittableRandom(RANDOM_DIRECTION_SEED);
            for (int p = 0; p < m; p++) {
                d2[p] = rng.nextGaussian();
            }
        }
        // Gram–Schmidt: exactly orthonormal in double
        double dot = dot(d1, d2);
        for (int p = 0; p < m; p++) {
            d2[p] -= dot * d1[p];
        }
        normalise(d2);
        // pass 3: coordinates of every row on the final basis
        DMatrixRMaj basis = new DMatrixRMaj(1, 2);
        DMatrixRMaj coords = new DMatrixRMaj(n, 2);
        for (int from = 0; from < m; from += BLOCK) {
            DMatrixRMaj b = block.load(from);
            basis.reshape(b.numRows, 2);
            for (int p = 0; p < b.numRows; p++) {
                basis.set(p, 0, d1[from + p]);
                basis.set(p, 1, d2[from + p]);
            }
            CommonOps_DDRM.multAddTransA(b, basis, coords);
        }
        double[] alpha = new double[n];
        double[] beta = new double[n];
        for (int i = 0; i < n; i++) {
            alpha[i] = coords.get(i, 0);
            beta[i] = coords.get(i, 1);
        }
        if (alpha[0] > 0) {
            flip(d1, alpha);
        }
        if (beta[0] > 0) {
            flip(d2, beta);
        }
        // pass 4: residuals, summed directly (no cancellation against ‖row‖²)
        double[] res2 = new double[n];
        for (int from = 0; from < m; from += BLOCK) {
            DMatrixRMaj b = block.load(from);
            for (int p = 0; p < b.numRows; p++) {
                double a = d1[from + p];
                double c = d2[from + p];
                int o = p * n;
                for (int i = 0; i < n; i++) {
                    double r = b.data[o + i] - alpha[i] * a - beta[i] * c;
                    res2[i] += r * r;
                }
            }
        }
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = Math.sqrt(res2[i]);
        }
        return new Directions(d1, d2, sigma1, sigma2, total, alpha, beta, residual, secondRandom);
    }

    private static void flip(double[] d, double[] coord) {
        for (int p = 0; p < d.length; p++) {
            d[p] = -d[p];
        }
        for (int i = 0; i < coord.length; i++) {
            coord[i] = -coord[i];
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void normalise(double[] d) {
        double norm = Math.sqrt(dot(d, d));
        for (int p = 0; p < d.length; p++) {
            d[p] /= norm;
        }
    }

    /** Reads a column block of M transposed: w × n, row p = parameter from + p, column i = row i of M. */
    private static final class Block {
        private final Rows rows;
        private final DMatrixRMaj b;
        private final double[] line;

        Block(Rows rows) {
            this.rows = rows;
            this.b = new DMatrixRMaj(Math.min(BLOCK, rows.dimension()), rows.count());
            this.line = new double[BLOCK];
        }

        DMatrixRMaj load(int from) {
            int n = rows.count();
            int to = Math.min(rows.dimension(), from + BLOCK);
            int w = to - from;
            b.reshape(w, n);
            for (int i = 0; i < n; i++) {
                rows.copy(i, from, to, line);
                for (int p = 0; p < w; p++) {
                    b.data[p * n + i] = line[p];
                }
            }
            return b;
        }
    }
}
