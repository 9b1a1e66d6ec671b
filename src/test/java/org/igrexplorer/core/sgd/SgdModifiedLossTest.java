package org.igrexplorer.core.sgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.loss.ExampleLoss;
import org.igrexplorer.core.loss.GradientRegularizedLoss;
import org.junit.jupiter.api.Test;

class SgdModifiedLossTest {

    private static final long SEED = 11L;
    private static final int POINTS = 60;
    /** Identities that differ by the order of sums only. */
    private static final double IDENTITY_REL_TOL = 1e-12;
    /** Central differences with step ε: error O(ε²·f‴) + round-off O(δ·f/ε). */
    private static final double FD_STEP = 1e-5;
    private static final double FD_REL_TOL = 1e-6;

    private static final DataSet FOUR = DataSet.preset("four").data();
    private static final DataSet EIGHT = DataSet.preset("eight").data();

    private static double[] randomPoint(Random rnd) {
        return new double[] {rnd.nextDouble() * 5 - 2.5, rnd.nextDouble() * 5 - 2.5};
    }

    private static void close(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.max(1.0, Math.abs(expected)), what);
    }

    @Test
    void withTheFullBatchItIsGdsModifiedLoss() {
        Random rnd = new Random(SEED);
        for (DataSetLoss loss : new DataSetLoss[] {DataSetLoss.paper(FOUR), DataSetLoss.paper(EIGHT),
            DataSetLoss.of(ExampleLoss.typed("(y - a*b*x)^2/2 + 0.05*(a - x)^4"), FOUR)}) {
            int n = loss.size();
            for (double h : new double[] {1e-3, 0.05, 0.3}) {
                SgdModifiedLoss sgd = SgdModifiedLoss.of(loss, n, h);
                GradientRegularizedLoss gd = GradientRegularizedLoss.modified(loss, h);
                assertEquals(0, sgd.sgdCoefficient(), 0, "B = n: no SGD term");
                for (int k = 0; k < POINTS; k++) {
                    double[] th = randomPoint(rnd);
                    close(gd.value(th), sgd.value(th), IDENTITY_REL_TOL, "Ẽ_SGD = Ẽ");
                    double[] p = new double[2];
                    double[] q = new double[2];
                    gd.gradient(th, p);
                    sgd.gradient(th, q);
                    close(p[0], q[0], IDENTITY_REL_TOL, "∂Ẽ/∂a");
                    close(p[1], q[1], IDENTITY_REL_TOL, "∂Ẽ/∂b");
                }
            }
        }
    }

    /**
     * For the paper's model ∇ℓ_i = −x_i r_i (b, a), so Γ = (a² + b²) var(x_i r_i) (the population variance) and the
     * SGD term of Ẽ_SGD is (h/4)(a² + b²)((n − B)/(B(n − 1))) var(x_i r_i) (docs/MATH.md, SGD).
     */
    @Test
    void gammaOfThePapersModelIsTheNormTimesTheVarianceOfXr() {
        DataSetLoss loss = DataSetLoss.paper(FOUR);
        Random rnd = new Random(SEED + 1);
        for (int k = 0; k < POINTS; k++) {
            double[] th = randomPoint(rnd);
            double a = th[0];
            double b = th[1];
            int n = FOUR.size();
            double[] u = new double[n];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                u[i] = FOUR.x(i) * (FOUR.y(i) - a * b * FOUR.x(i));
                mean += u[i] / n;
            }
            double var = 0;
            for (double ui : u) {
                var += (ui - mean) * (ui - mean) / n;
            }
            double gamma = (a * a + b * b) * var;
            close(gamma, loss.gamma(th), IDENTITY_REL_TOL, "Γ");
            for (int batch : new int[] {1, 2}) {
                double h = 0.07;
                SgdModifiedLoss sgd = SgdModifiedLoss.of(loss, batch, h);
                double term = h / 4 * (a * a + b * b) * (n - batch) / (batch * (n - 1.0)) * var;
                close(GradientRegularizedLoss.modified(loss, h).value(th) + term, sgd.value(th), IDENTITY_REL_TOL,
                        "Ẽ_SGD with B = " + batch);
            }
        }
    }

    /** Γ summed point by point from each ℓ_i's own gradient, for a typed per-example loss. */
    @Test
    void gammaAgreesWithAnIndependentPerPointComputation() {
        DataSetLoss loss = DataSetLoss.of(ExampleLoss.typed("(y - a*b*x)^2/2 + 0.05*(a - x)^4"), EIGHT);
        Random rnd = new Random(SEED + 2);
        for (int k = 0; k < POINTS; k++) {
            double[] th = randomPoint(rnd);
            int n = EIGHT.size();
            double[][] g = new double[n][];
            double m0 = 0;
            double m1 = 0;
            for (int i = 0; i < n; i++) {
                // each ℓ_i on its own, differentiated by central differences
                var li = loss.exampleLoss().at(EIGHT.x(i), EIGHT.y(i));
                g[i] = new double[] {
                    (li.value(th[0] + FD_STEP, th[1]) - li.value(th[0] - FD_STEP, th[1])) / (2 * FD_STEP),
                    (li.value(th[0], th[1] + FD_STEP) - li.value(th[0], th[1] - FD_STEP)) / (2 * FD_STEP)};
                m0 += g[i][0] / n;
                m1 += g[i][1] / n;
            }
            double gamma = 0;
            for (double[] gi : g) {
                gamma += ((gi[0] - m0) * (gi[0] - m0) + (gi[1] - m1) * (gi[1] - m1)) / n;
            }
            close(gamma, loss.gamma(th), FD_REL_TOL, "Γ at point " + k);
        }
    }

    @Test
    void gammaGradientAndTheModifiedGradientMatchCentralDifferences() {
        Random rnd = new Random(SEED + 3);
        for (DataSetLoss loss : new DataSetLoss[] {DataSetLoss.paper(FOUR),
            DataSetLoss.of(ExampleLoss.typed("(y - a*b*x)^2/2 + 0.05*(a - x)^4"), EIGHT)}) {
            SgdModifiedLoss sgd = SgdModifiedLoss.of(loss, 2, 0.1);
            assertTrue(sgd.sgdCoefficient() > 0);
            for (int k = 0; k < POINTS; k++) {
                double[] th = randomPoint(rnd);
                double[] dg = new double[2];
                double[] ds = new double[2];
                loss.gammaGradient(th, dg);
                sgd.gradient(th, ds);
                for (int i = 0; i < 2; i++) {
                    double[] p = th.clone();
                    double[] q = th.clone();
                    p[i] += FD_STEP;
                    q[i] -= FD_STEP;
                    double fdGamma = (loss.gamma(p) - loss.gamma(q)) / (2 * FD_STEP);
                    double fdSgd = (sgd.value(p) - sgd.value(q)) / (2 * FD_STEP);
                    double scale = Math.abs(loss.gamma(th)) + Math.abs(dg[i]);
                    assertEquals(fdGamma, dg[i], FD_REL_TOL * Math.max(1, scale), "∂Γ/∂θ" + i + " at " + k);
                    scale = Math.abs(sgd.value(th)) + Math.abs(ds[i]);
                    assertEquals(fdSgd, ds[i], FD_REL_TOL * Math.max(1, scale), "∂Ẽ_SGD/∂θ" + i + " at " + k);
                }
            }
        }
    }

    @Test
    void gammaVanishesOnTheMinimaWhenTheDataAreFitExactly() {
        DataSetLoss loss = DataSetLoss.paper(DataSet.preset("exact").data());
        assertEquals(0, loss.gamma(new double[] {2, 0.3}), 1e-28);
        assertTrue(loss.gamma(new double[] {2, 0.5}) > 1e-3);
    }

    @Test
    void aBatchSizeThatDoesNotDivideNIsRefusedListingTheDivisors() {
        DataSetLoss loss = DataSetLoss.paper(FOUR);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SgdModifiedLoss.of(loss, 3, 0.1));
        assertEquals("batch size 3 does not divide n = 4 points; choose one of 1, 2, 4", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SgdRun(loss, 3, 1, 256));
        assertEquals("batch size 3 does not divide n = 4 points; choose one of 1, 2, 4", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SgdRun(loss, 2, 1, 1));
        assertTrue(e.getMessage().startsWith("samples must be between 2 and 100000"), e.getMessage());
    }
}
