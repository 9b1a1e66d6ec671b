package org.igrexplorer.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwoParameterModelTest {

    private static final int POINTS = 150;
    private static final long SEED = 20210101L;
    /** Central differences with step ε have error O(ε²·f‴) plus round-off O(δ·f/ε). */
    private static final double FD_STEP = 1e-5;
    private static final double FD_REL_TOL = 1e-6;
    private static final double IDENTITY_REL_TOL = 1e-12;

    private static double[] randomPoint(Random rnd, double scale) {
        return new double[] {(rnd.nextDouble() * 2 - 1) * scale, (rnd.nextDouble() * 2 - 1) * scale};
    }

    private static TwoParameterModel randomModel(Random rnd) {
        return new TwoParameterModel(rnd.nextDouble() * 4 - 2, rnd.nextDouble() * 4 - 2);
    }

    private static void assertClose(double expected, double actual, double scale, String what) {
        assertEquals(expected, actual, FD_REL_TOL * Math.max(1.0, scale), what);
    }

    @Test
    void gradientMatchesCentralDifferences() {
        Random rnd = new Random(SEED);
        for (int k = 0; k < POINTS; k++) {
            TwoParameterModel model = randomModel(rnd);
            double[] th = randomPoint(rnd, 3);
            double[] g = new double[2];
            model.gradient(th, g);
            for (int i = 0; i < 2; i++) {
                double[] p = th.clone();
                double[] q = th.clone();
                p[i] += FD_STEP;
                q[i] -= FD_STEP;
                double fd = (model.value(p) - model.value(q)) / (2 * FD_STEP);
                assertClose(fd, g[i], Math.abs(model.value(th)) + Math.abs(g[i]), "dE/dθ" + i + " at point " + k);
            }
        }
    }

    @Test
    void hessianMatchesCentralDifferencesOfTheGradientAndHvpAgrees() {
        Random rnd = new Random(SEED + 1);
        for (int k = 0; k < POINTS; k++) {
            TwoParameterModel model = randomModel(rnd);
            double[] th = randomPoint(rnd, 3);
            double[][] h = new double[2][2];
            model.hessian(th, h);
            for (int j = 0; j < 2; j++) {
                double[] p = th.clone();
                double[] q = th.clone();
                p[j] += FD_STEP;
                q[j] -= FD_STEP;
                double[] gp = new double[2];
                double[] gq = new double[2];
                model.gradient(p, gp);
                model.gradient(q, gq);
                for (int i = 0; i < 2; i++) {
                    double fd = (gp[i] - gq[i]) / (2 * FD_STEP);
                    assertClose(fd, h[i][j], Math.abs(h[i][j]) + 1, "H[" + i + "][" + j + "] at point " + k);
                }
            }
            double[] v = randomPoint(rnd, 1);
            double[] hv = new double[2];
            model.hessianVectorProduct(th, v, hv);
            for (int i = 0; i < 2; i++) {
                assertEquals(h[i][0] * v[0] + h[i][1] * v[1], hv[i], IDENTITY_REL_TOL * (Math.abs(hv[i]) + 1));
            }
            assertEquals(h[0][1], h[1][0], 0.0, "Hessian is symmetric");
        }
    }

    @Test
    void thirdDerivativeContractionMatchesDifferencesOfHessianVectorProducts() {
        Random rnd = new Random(SEED + 2);
        for (int k = 0; k < POINTS; k++) {
            TwoParameterModel model = randomModel(rnd);
            double[] th = randomPoint(rnd, 3);
            double[] v = randomPoint(rnd, 2);
            // d/dε [H(θ + εv) v] at ε = 0 equals ∇³E[v, v]
            double[] p = {th[0] + FD_STEP * v[0], th[1] + FD_STEP * v[1]};
            double[] q = {th[0] - FD_STEP * v[0], th[1] - FD_STEP * v[1]};
            double[] hp = new double[2];
            double[] hq = new double[2];
            model.hessianVectorProduct(p, v, hp);
            model.hessianVectorProduct(q, v, hq);
            double[] t = new double[2];
            model.thirdDerivativeContraction(th, v, t);
            for (int i = 0; i < 2; i++) {
                double fd = (hp[i] - hq[i]) / (2 * FD_STEP);
                assertClose(fd, t[i], Math.abs(t[i]) + 1, "∇³E[v,v]_" + i + " at point " + k);
            }
        }
    }

    @Test
    void derivedQuantitiesFollowTheClosedForms() {
        Random rnd = new Random(SEED + 3);
        for (int k = 0; k < POINTS; k++) {
            TwoParameterModel model = randomModel(rnd);
            double a = rnd.nextDouble() * 6 - 3;
            double b = rnd.nextDouble() * 6 - 3;
            double h = rnd.nextDouble() * 0.5;
            double mu = rnd.nextDouble() * 2;
            double[] th = {a, b};
            double x = model.x();
            double e = model.loss(a, b);
            double n2 = a * a + b * b;
            double[] g = new double[2];
            model.gradient(th, g);
            double g2 = g[0] * g[0] + g[1] * g[1];
            double tol = IDENTITY_REL_TOL * (1 + e * (1 + x * x * n2) * (1 + h + mu));
            assertEquals(2 * x * x * n2 * e, g2, tol, "‖∇E‖² = 2x²(a²+b²)E");
            assertEquals(g2 / 2, model.rIg(th), tol, "R_IG = ‖∇E‖²/m");
            assertEquals(model.rIg(a, b), model.rIg(th), tol);
            assertEquals(Math.sqrt(g2), model.slope(a, b), tol, "slope = ‖∇E‖");
            assertEquals(Math.sqrt(n2) * Math.abs(x) * Math.sqrt(2 * e), model.slope(th), tol, "slope = ‖θ‖|x|√(2E)");
            assertEquals(h / 2, model.lambda(h), 0.0, "λ = h m / 4 = h / 2");
            assertEquals(e * (1 + (h / 2) * x * x * n2), model.modifiedLoss(a, b, h), tol, "Ẽ = E(1 + λx²(a²+b²))");
            assertEquals(e + (h / 4) * g2, model.modifiedLoss(th, h), tol, "Ẽ = E + (h/4)‖∇E‖²");
            assertEquals(e * (1 + mu * x * x * n2), model.egrLoss(a, b, mu), tol, "E_µ = E(1 + µx²(a²+b²))");
            assertEquals(model.egrLoss(a, b, mu), model.egrLoss(th, mu), tol, "E_µ = E + µ R_IG");
            GradientRegularizedLoss mod = GradientRegularizedLoss.modified(model, h);
            assertEquals(model.modifiedLoss(a, b, h), mod.value(th), tol);
        }
    }

    @Test
    void zerosOfTheLossTheModifiedLossAndTheEgrLossCoincide() {
        Random rnd = new Random(SEED + 4);
        TwoParameterModel model = new TwoParameterModel(1.0, 0.6);
        for (int k = 0; k < POINTS; k++) {
            double a = (rnd.nextDouble() * 2 + 0.1) * (rnd.nextBoolean() ? 1 : -1);
            double b = model.minimaB(a);
            assertEquals(0.0, model.loss(a, b), 1e-28, "E vanishes on the hyperbola");
            assertEquals(0.0, model.modifiedLoss(a, b, 0.3), 1e-27, "Ẽ vanishes there too");
            assertEquals(0.0, model.egrLoss(a, b, 5.0), 1e-26, "E_µ vanishes there too");
            double off = b + 0.01 + rnd.nextDouble();
            assertTrue(model.loss(a, off) > 0 && model.modifiedLoss(a, off, 0.3) > 0 && model.egrLoss(a, off, 5.0) > 0,
                    "off the hyperbola all three are positive");
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 0.6, 2.8, 3.5", "1, 0.6, -2, -1", "2, -0.5, 1, -3", "-1.5, 2, 0.3, -0.2"})
    void flattestMinimumIsTheLeastNormMinimumOnTheNearestBranch(double x, double y, double a0, double b0) {
        TwoParameterModel model = new TwoParameterModel(x, y);
        double[] min = model.flattestMinimum(a0, b0).orElseThrow();
        assertEquals(0.0, model.loss(min[0], min[1]), 1e-28, "it is a minimum");
        assertEquals(Math.sqrt(Math.abs(y / x)), Math.abs(min[0]), 1e-15);
        assertEquals(Math.abs(min[0]), Math.abs(min[1]), 1e-15);
        // brute force: least norm along the hyperbola
        double best = Double.POSITIVE_INFINITY;
        for (double a = 0.01; a < 10; a += 0.001) {
            double b = model.minimaB(a);
            best = Math.min(best, Math.hypot(a, b));
        }
        assertEquals(best, Math.hypot(min[0], min[1]), 1e-5, "no minimum has a smaller norm");
        double[] other = {-min[0], -min[1]};
        assertTrue(Math.hypot(a0 - min[0], b0 - min[1]) <= Math.hypot(a0 - other[0], b0 - other[1]),
                "the nearer of the two flattest minima is returned");
    }

    @Test
    void constructorRejectsNonFiniteData() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TwoParameterModel(Double.NaN, 1));
        assertTrue(e.getMessage().contains("x") && e.getMessage().contains("NaN"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TwoParameterModel(1, Double.POSITIVE_INFINITY));
        assertTrue(e.getMessage().contains("y") && e.getMessage().contains("Infinity"), e.getMessage());
    }
}
