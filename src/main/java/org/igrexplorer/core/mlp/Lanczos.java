package org.igrexplorer.core.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.dense.row.decomposition.eig.symm.SymmetricQrAlgorithm_DDRM;

/**
 * The largest eigenvalue of a symmetric operator known only through products A v (the Hessian of a
 * network's loss through its exact Hessian–vector product): Lanczos iteration with full
 * reorthogonalisation (every new direction is orthogonalised twice against all earlier ones, so the
 * basis stays orthonormal to working precision and no spurious copies of λ_max appear). After each
 * iteration the tridiagonal matrix T_k = QᵀAQ is solved with EJML's symmetric QR algorithm and its
 * largest eigenvalue (the top Ritz value) is the estimate; the iteration stops once at least
 * {@code minIterations} were made and the estimate changed by at most {@code relativeTolerance}
 * relative to itself, when the Krylov space is exhausted (A is then exactly represented), or after
 * {@code maxIterations}.
 *
 * @param minIterations at least this many products (fewer only when the dimension is smaller)
 * @param maxIterations at most this many products (memory: one double vector of the dimension each)
 * @param relativeTolerance stop when |λ_k − λ_{k−1}| ≤ tolerance · |λ_k|
 */
public record Lanczos(int minIterations, int maxIterations, double relativeTolerance) {

    /** The setting (and Cohen et al.'s): at least 20 iterations, stop at a relative change of 1e-3. */
    public static final Lanczos DEFAULT = new Lanczos(20, 60, 1e-3);

    /** A symmetric linear operator on ℝⁿ. */
    public interface SymmetricOperator {
        int dimension();

        /**
         * @param v Not modified.
         * @param out Modified: receives A v.
         */
        void apply(double[] v, double[] out);
    }

    /**
     * @param largest the top Ritz value, the estimate of λ_max
     * @param iterations operator products made
     * @param converged whether the relative-change rule (or an exhausted Krylov space) stopped the iteration
     */
    public record Result(double largest, int iterations, boolean converged) {
    }

    public Lanczos {
        if (minIterations < 1 || maxIterations < minIterations) {
            throw new IllegalArgumentException("need 1 <= minIterations <= maxIterations, got " + minIterations + ", "
                    + maxIterations);
        }
        if (!(relativeTolerance > 0)) {
            throw new IllegalArgumentException("the relative tolerance must be positive");
        }
    }

    /**
     * Runs the iteration from a seeded random start.
     *
     * @throws IllegalStateException if a product is not finite or the tridiagonal eigenproblem fails
     */
    public Result largestEigenvalue(SymmetricOperator a, long seed) {
        int n = a.dimension();
        if (n < 1) {
            throw new IllegalArgumentException("the operator has no dimension");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = rng.nextGaussian();
        }
        scale(q, 1 / Math.sqrt(dot(q, q)));
        List<double[]> basis = new ArrayList<>();
        double[] alpha = new double[maxIterations];
        double[] beta = new double[maxIterations];
        double estimate = Double.NaN;
        int limit = Math.min(maxIterations, n);
        for (int k = 0; k < limit; k++) {
            basis.add(q);
            double[] w = new double[n];
            a.apply(q, w);
            alpha[k] = dot(q, w);
            if (!Double.isFinite(alpha[k])) {
                throw new IllegalStateException("the operator product is not finite at iteration " + (k + 1));
            }
            // two passes of classical Gram–Schmidt against the whole basis ("twice is enough")
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    axpy(-dot(b, w), b, w);
                }
            }
            double previous = estimate;
            estimate = topEigenvalue(alpha, beta, k + 1);
            double norm = Math.sqrt(dot(w, w));
            boolean exhausted = k + 1 == n || norm <= 1e-12 * Math.max(Math.abs(estimate), Double.MIN_NORMAL);
            boolean settled = k + 1 >= minIterations && Math.abs(estimate - previous) <= relativeTolerance * Math.abs(
                    estimate);
            if (exhausted || settled) {
                return new Result(estimate, k + 1, true);
            }
            beta[k] = norm;
            scale(w, 1 / norm);
            q = w;
        }
        return new Result(estimate, limit, false);
    }

    /** @return the largest eigenvalue of the k x k tridiagonal matrix (diagonal alpha, off-diagonal beta) */
    static double topEigenvalue(double[] alpha, double[] beta, int k) {
        if (k == 1) {
            return alpha[0];
        }
        double[] diag = new double[k];
        double[] off = new double[k - 1];
        System.arraycopy(alpha, 0, diag, 0, k);
        System.arraycopy(beta, 0, off, 0, k - 1);
        SymmetricQrAlgorithm_DDRM qr = new SymmetricQrAlgorithm_DDRM();
        if (!qr.process(k, diag, off)) {
            throw new IllegalStateException("the tridiagonal eigenproblem of size " + k + " did not converge");
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < qr.getNumberOfEigenvalues(); i++) {
            top = Math.max(top, qr.getEigenvalue(i));
        }
        return top;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** y += c · x. @param y Modified. */
    private static void axpy(double c, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += c * x[i];
        }
    }

    private static void scale(double[] x, double c) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= c;
        }
    }
}
