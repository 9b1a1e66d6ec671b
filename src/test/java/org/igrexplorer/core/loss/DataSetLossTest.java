package org.igrexplorer.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DataSetLossTest {

    private static final long SEED = 20260101L;
    private static final int POINTS = 100;
    /** The closed form and the per-point sums differ by rounding only. */
    private static final double REL_TOL = 1e-11;

    private static final DataSet FOUR = DataSet.parse("1:0.6,2:1.0,0.5:0.2,1.5:1.1");

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, REL_TOL * Math.max(1.0, Math.abs(expected)), what);
    }

    /** E, ∇E and H of the paper's model on the data, written out point by point. */
    private static double[] independent(DataSet d, double a, double b) {
        double e = 0;
        double g0 = 0;
        double g1 = 0;
        double h00 = 0;
        double h01 = 0;
        double h11 = 0;
        for (int i = 0; i < d.size(); i++) {
            double x = d.x(i);
            double y = d.y(i);
            double r = y - a * b * x;
            e += r * r / 2;
            g0 += -b * x * r;
            g1 += -a * x * r;
            h00 += b * b * x * x;
            h01 += x * (2 * a * b * x - y);
            h11 += a * a * x * x;
        }
        int n = d.size();
        return new double[] {e / n, g0 / n, g1 / n, h00 / n, h01 / n, h11 / n};
    }

    @Test
    void thePapersModelOnPointsIsTheMeanOfThePerPointLosses() {
        Random rnd = new Random(SEED);
        for (DataSet d : new DataSet[] {FOUR, DataSet.preset("eight").data(), DataSet.preset("exact").data()}) {
            DataSetLoss loss = DataSetLoss.paper(d);
            for (int k = 0; k < POINTS; k++) {
                double a = rnd.nextDouble() * 6 - 3;
                double b = rnd.nextDouble() * 6 - 3;
                double[] ref = independent(d, a, b);
                double[] th = {a, b};
                double[] g = new double[2];
                double[][] h = new double[2][2];
                loss.gradient(th, g);
                loss.hessian(th, h);
                close(ref[0], loss.value(th), "E");
                close(ref[1], g[0], "dE/da");
                close(ref[2], g[1], "dE/db");
                close(ref[3], h[0][0], "H_aa");
                close(ref[4], h[0][1], "H_ab");
                close(ref[5], h[1][1], "H_bb");
            }
        }
    }

    @Test
    void aTypedPerExampleLossAgreesWithThePapersModelToThirdOrder() {
        DataSetLoss paper = DataSetLoss.paper(FOUR);
        DataSetLoss typed = DataSetLoss.of(ExampleLoss.typed("(y - a*b*x)^2/2"), FOUR);
        Random rnd = new Random(SEED + 1);
        for (int k = 0; k < POINTS; k++) {
            double[] th = {rnd.nextDouble() * 6 - 3, rnd.nextDouble() * 6 - 3};
            double[] v = {rnd.nextGaussian(), rnd.nextGaussian()};
            close(paper.value(th), typed.value(th), "E");
            double[] p = new double[2];
            double[] t = new double[2];
            paper.gradient(th, p);
            typed.gradient(th, t);
            close(p[0], t[0], "dE/da");
            close(p[1], t[1], "dE/db");
            paper.hessianVectorProduct(th, v, p);
            typed.hessianVectorProduct(th, v, t);
            close(p[0], t[0], "(Hv)_a");
            close(p[1], t[1], "(Hv)_b");
            paper.thirdDerivativeContraction(th, v, p);
            typed.thirdDerivativeContraction(th, v, t);
            close(p[0], t[0], "∇³E[v,v]_a");
            close(p[1], t[1], "∇³E[v,v]_b");
        }
    }

    @Test
    void theMinimaAreTheHyperbolaAbEqualsSumXyOverSumXx() {
        DataSetLoss loss = DataSetLoss.paper(FOUR);
        double c = FOUR.leastSquaresProduct();
        assertEquals(c, loss.minimaProduct().getAsDouble(), 0);
        double[] g = new double[2];
        for (double a : new double[] {0.3, 1, -2.5}) {
            double[] th = {a, c / a};
            loss.gradient(th, g);
            assertEquals(0, Math.hypot(g[0], g[1]), 1e-14, "∇E on the minima");
            // the lower bound is E there; a little off the hyperbola E is larger
            close(loss.lowerBound().getAsDouble(), loss.value(th), "E_min");
            assertTrue(loss.value(new double[] {a, 1.01 * c / a}) > loss.value(th));
        }
        assertTrue(loss.lowerBound().getAsDouble() > 0, "four points not on one line: E_min > 0");
        assertEquals(0, DataSetLoss.paper(DataSet.preset("exact").data()).lowerBound().getAsDouble(), 0);
        assertTrue(loss.minima().orElseThrow().label().contains("ab = 0.58"), "Σxy/Σx² = 4.35/7.5 = 0.58: " + loss.minima().get().label());
        assertTrue(loss.explanation().contains("ab = Σxy/Σx²"), loss.explanation());
    }

    @Test
    void onePointIsThePapersModel() {
        DataSetLoss one = DataSetLoss.paper(DataSet.parse("1:0.6"));
        double[] th = {2.8, 3.5};
        close(one.example(0).value(th), one.value(th), "E");
        assertEquals(LandscapeSpec.PAPER, one.spec());
    }

    @Test
    void batchGradientIsTheMeanOverTheBatch() {
        DataSetLoss loss = DataSetLoss.paper(FOUR);
        double[] th = {1.3, -0.7};
        double[] g = new double[2];
        double[] g1 = new double[2];
        double[] g3 = new double[2];
        loss.batchGradient(new int[] {2, 1, 3, 0}, 1, 3, th, g);
        loss.example(1).gradient(th, g1);
        loss.example(3).gradient(th, g3);
        close((g1[0] + g3[0]) / 2, g[0], "batch gradient a");
        close((g1[1] + g3[1]) / 2, g[1], "batch gradient b");
        loss.batchGradient(new int[] {0, 1, 2, 3}, 0, 4, th, g);
        loss.gradient(th, g1);
        close(g1[0], g[0], "full batch is ∇E");
    }

    @Test
    void onlyThePapersModelOrATypedLossCanBeAPerExampleLoss() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExampleLoss(LandscapeSpec.builtin("rosenbrock", Map.of())));
        assertTrue(e.getMessage().contains("rosenbrock"), e.getMessage());
        LossSyntaxException s = assertThrows(LossSyntaxException.class, () -> ExampleLoss.typed("(y - a*b*z)^2"));
        assertTrue(s.getMessage().contains("'z'"), s.getMessage());
    }
}
