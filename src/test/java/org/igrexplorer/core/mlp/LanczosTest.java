package org.igrexplorer.core.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LanczosTest {

    /** The bound for a quadratic whose spectrum is known exactly. */
    static final double QUADRATIC_REL_TOL = 1e-9;

    /**
     * E(θ) = ½ θᵀAθ with A = Q diag(λ) Qᵀ, Q a product of seeded Householder reflections (orthogonal by
     * construction, so the spectrum is exactly λ); its Hessian–vector product is A v.
     */
    static Lanczos.SymmetricOperator quadratic(double[] eigenvalues, long seed) {
        int n = eigenvalues.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = eigenvalues[i];
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int reflection = 0; reflection < 3; reflection++) { // A ← P A P, P = I − 2uuᵀ
            double[] u = new double[n];
            double norm = 0;
            for (int i = 0; i < n; i++) {
                u[i] = r.nextGaussian();
                norm += u[i] * u[i];
            }
            for (int i = 0; i < n; i++) {
                u[i] /= Math.sqrt(norm);
            }
            double[] au = multiply(a, u);
            double uau = dot(u, au);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] += -2 * u[i] * au[j] - 2 * au[i] * u[j] + 4 * uau * u[i] * u[j];
                }
            }
        }
        return new Lanczos.SymmetricOperator() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void apply(double[] v, double[] out) {
                double[] av = multiply(a, v);
                System.arraycopy(av, 0, out, 0, n);
            }
        };
    }

    static double[] multiply(double[][] a, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = dot(a[i], v);
        }
        return out;
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    @Test
    void quadraticWithKnownSpectrumToOneBillionth() {
        int n = 300;
        double[] spectrum = new double[n];
        for (int i = 0; i < n - 1; i++) {
            spectrum[i] = 1.0 * i / (n - 1); // a dense bulk in [0, 1)
        }
        spectrum[n - 1] = 2.5; // the sharpness, well separated
        Lanczos.Result r = Lanczos.DEFAULT.largestEigenvalue(quadratic(spectrum, 7), 3);
        assertEquals(2.5, r.largest(), QUADRATIC_REL_TOL * 2.5, "λ_max after " + r.iterations() + " iterations");
        assertTrue(r.converged());
        assertTrue(r.iterations() >= 20, "at least 20 iterations: " + r.iterations());
    }

    @Test
    void largestMeansAlgebraicallyLargestNotLargestInMagnitude() {
        int n = 120;
        double[] spectrum = new double[n];
        for (int i = 0; i < n; i++) {
            spectrum[i] = -6 + 6.0 * i / (n - 2); // −6 … 0 (a saddle's negative curvature)
        }
        spectrum[n - 1] = 1.75;
        Lanczos.Result r = Lanczos.DEFAULT.largestEigenvalue(quadratic(spectrum, 11), 5);
        assertEquals(1.75, r.largest(), QUADRATIC_REL_TOL * 1.75);
    }

    @Test
    void smallOperatorIsExactOnceTheKrylovSpaceIsExhausted() {
        double[] spectrum = {-1, 0.5, 2, 3, 3.25};
        Lanczos.Result r = Lanczos.DEFAULT.largestEigenvalue(quadratic(spectrum, 2), 9);
        assertEquals(3.25, r.largest(), 1e-12);
        assertEquals(5, r.iterations(), "stops at the dimension, below the 20-iteration minimum");
        assertTrue(r.converged());
    }

    @Test
    void stopsAtTheIterationCapWithoutConvergingAndSaysSo() {
        int n = 400;
        double[] spectrum = new double[n];
        for (int i = 0; i < n; i++) {
            spectrum[i] = Math.sqrt(i + 1.0); // top gap ~ 1/(2·20²): slow convergence
        }
        Lanczos tight = new Lanczos(3, 4, 1e-15);
        Lanczos.Result r = tight.largestEigenvalue(quadratic(spectrum, 4), 1);
        assertEquals(4, r.iterations());
        assertTrue(!r.converged());
        assertTrue(r.largest() < 20 && r.largest() > 10, "a Ritz value inside the spectrum: " + r.largest());
    }

    @Test
    void tridiagonalEigenvaluesByEjmlMatchTheClosedForm() {
        // T = tridiag(−1, 2, −1) of size k has eigenvalues 2 − 2cos(jπ/(k+1)); the largest is j = k
        int k = 12;
        double[] alpha = new double[k];
        double[] beta = new double[k];
        Arrays.fill(alpha, 2);
        Arrays.fill(beta, -1);
        assertEquals(2 - 2 * Math.cos(k * Math.PI / (k + 1)), Lanczos.topEigenvalue(alpha, beta, k), 1e-13);
    }

    @Test
    void nonFiniteProductsAndBadSettingsAreRefused() {
        Lanczos.SymmetricOperator nan = new Lanczos.SymmetricOperator() {
            @Override
            public int dimension() {
                return 4;
            }

            @Override
            public void apply(double[] v, double[] out) {
                Arrays.fill(out, Double.NaN);
            }
        };
        assertThrows(IllegalStateException.class, () -> Lanczos.DEFAULT.largestEigenvalue(nan, 1));
        assertThrows(IllegalArgumentException.class, () -> new Lanczos(0, 10, 1e-3));
        assertThrows(IllegalArgumentException.class, () -> new Lanczos(20, 10, 1e-3));
        assertThrows(IllegalArgumentException.class, () -> new Lanczos(20, 40, 0));
    }
}
