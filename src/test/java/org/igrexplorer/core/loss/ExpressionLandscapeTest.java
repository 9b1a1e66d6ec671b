package org.igrexplorer.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typed losses: the compiled program against the paper's closed forms, against Hipparchus'
 * DerivativeStructure objects and against central differences; the grammar (precedence, notation)
 * and the error messages.
 */
class ExpressionLandscapeTest {

    /** Relative agreement with the closed forms (both are exact up to rounding). */
    private static final double CLOSED_FORM_REL = 1e-12;
    /** Central differences with step 1e-5 agree to about 1e-9 relative; allow 1e-7. */
    private static final double FD_REL = 1e-7;
    private static final double FD_STEP = 1e-5;
    private static final int POINTS = 150;

    private static double rel(double expected, double actual, double scale) {
        return Math.abs(expected - actual) / Math.max(scale, 1e-300);
    }

    @Test
    void typedPaperModelEqualsTheClosedFormsAtSeededPoints() {
        Random rnd = new Random(20261201L);
        for (int k = 0; k < POINTS; k++) {
            double x = -2 + 4 * rnd.nextDouble();
            double y = -2 + 4 * rnd.nextDouble();
            TwoParameterModel model = new TwoParameterModel(x, y);
            ExpressionLandscape typed = ExpressionLandscape.parse("(y - a*b*x)^2/2", Map.of("x", x, "y", y));
            double[] t = {-3 + 6 * rnd.nextDouble(), -3 + 6 * rnd.nextDouble()};
            double[] v = {rnd.nextGaussian(), rnd.nextGaussian()};
            double e = model.value(t);
            assertTrue(rel(e, typed.value(t), Math.abs(e)) <= CLOSED_FORM_REL, "E at point " + k);
            double[] g1 = new double[2];
            double[] g2 = new double[2];
            model.gradient(t, g1);
            typed.gradient(t, g2);
            double gs = Math.hypot(g1[0], g1[1]);
            double[][] h1 = new double[2][2];
            double[][] h2 = new double[2][2];
            model.hessian(t, h1);
            typed.hessian(t, h2);
            double hs = Math.max(Math.hypot(h1[0][0], h1[0][1]), Math.hypot(h1[1][0], h1[1][1]));
            double[] c1 = new double[2];
            double[] c2 = new double[2];
            model.thirdDerivativeContraction(t, v, c1);
            typed.thirdDerivativeContraction(t, v, c2);
            double cs = Math.hypot(c1[0], c1[1]);
            double[] hv1 = new double[2];
            double[] hv2 = new double[2];
            model.hessianVectorProduct(t, v, hv1);
            typed.hessianVectorProduct(t, v, hv2);
            for (int i = 0; i < 2; i++) {
                assertTrue(rel(g1[i], g2[i], gs) <= CLOSED_FORM_REL, "∇E at point " + k);
                assertTrue(rel(c1[i], c2[i], cs) <= CLOSED_FORM_REL, "∇³E[v,v] at point " + k);
                assertTrue(rel(hv1[i], hv2[i], Math.hypot(hv1[0], hv1[1])) <= CLOSED_FORM_REL, "Hv at point " + k);
                for (int j = 0; j < 2; j++) {
                    assertTrue(rel(h1[i][j], h2[i][j], hs) <= CLOSED_FORM_REL, "H at point " + k);
                }
            }
        }
    }

    /**
     * Every operation and function against DerivativeStructure objects (offset 0, which is how Hipparchus
     * uses its own algebra), all derivatives to order 3: the program's work array holds operands at other
     * offsets, where DSCompiler.divide and sqrt used to misread the divisor.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "(a*b + 1.3)/(sin(b) + a + 0.9)", "sqrt(a*b + 1.3)", "exp(a - b)", "log(a*b + 2)", "sin(a*b)", "cos(a + b)",
        "tan(0.3*a*b)", "tanh(a - 2*b)", "sinh(a*b)", "cosh(a - b)", "atan(a*b)", "abs(a - 3*b)", "(a*b + 2)^(b + 1)",
        "2^(a*b)", "(a + 2)^1.7", "(a - b)^(-2)", "-a^2 + b^3"})
    void everyOperationMatchesDerivativeStructureToOrderThree(String text) {
        ExpressionLandscape e = ExpressionLandscape.parse(text);
        DSFactory f = new DSFactory(2, 3);
        double a0 = 0.7;
        double b0 = 0.3;
        DerivativeStructure a = f.variable(0, a0);
        DerivativeStructure b = f.variable(1, b0);
        DerivativeStructure r = switch (text) {
            case "(a*b + 1.3)/(sin(b) + a + 0.9)" -> a.multiply(b).add(1.3).divide(b.sin().add(a).add(0.9));
            case "sqrt(a*b + 1.3)" -> a.multiply(b).add(1.3).sqrt();
            case "exp(a - b)" -> a.subtract(b).exp();
            case "log(a*b + 2)" -> a.multiply(b).add(2).log();
            case "sin(a*b)" -> a.multiply(b).sin();
            case "cos(a + b)" -> a.add(b).cos();
            case "tan(0.3*a*b)" -> a.multiply(0.3).multiply(b).tan();
            case "tanh(a - 2*b)" -> a.subtract(b.multiply(2)).tanh();
            case "sinh(a*b)" -> a.multiply(b).sinh();
            case "cosh(a - b)" -> a.subtract(b).cosh();
            case "atan(a*b)" -> a.multiply(b).atan();
            case "abs(a - 3*b)" -> a.subtract(b.multiply(3)).abs();
            case "(a*b + 2)^(b + 1)" -> a.multiply(b).add(2).pow(b.add(1));
            case "2^(a*b)" -> DerivativeStructure.pow(2, a.multiply(b));
            case "(a + 2)^1.7" -> a.add(2).pow(1.7);
            case "(a - b)^(-2)" -> a.subtract(b).pow(-2);
            default -> a.pow(2).negate().add(b.pow(3));
        };
        double[] t = {a0, b0};
        double[] g = new double[2];
        double[][] h = new double[2][2];
        double[] c = new double[2];
        double[] v = {0.6, -1.1};
        e.gradient(t, g);
        e.hessian(t, h);
        e.thirdDerivativeContraction(t, v, c);
        double tol = 1e-13;
        assertEquals(r.getValue(), e.value(t), tol * Math.max(1, Math.abs(r.getValue())), text);
        assertEquals(r.getPartialDerivative(1, 0), g[0], tol * Math.max(1, Math.abs(g[0])), text);
        assertEquals(r.getPartialDerivative(0, 1), g[1], tol * Math.max(1, Math.abs(g[1])), text);
        assertEquals(r.getPartialDerivative(2, 0), h[0][0], tol * Math.max(1, Math.abs(h[0][0])), text);
        assertEquals(r.getPartialDerivative(1, 1), h[0][1], tol * Math.max(1, Math.abs(h[0][1])), text);
        assertEquals(r.getPartialDerivative(0, 2), h[1][1], tol * Math.max(1, Math.abs(h[1][1])), text);
        double aaa = r.getPartialDerivative(3, 0);
        double aab = r.getPartialDerivative(2, 1);
        double abb = r.getPartialDerivative(1, 2);
        double bbb = r.getPartialDerivative(0, 3);
        double c0 = aaa * v[0] * v[0] + 2 * aab * v[0] * v[1] + abb * v[1] * v[1];
        double c1 = aab * v[0] * v[0] + 2 * abb * v[0] * v[1] + bbb * v[1] * v[1];
        assertEquals(c0, c[0], tol * Math.max(1, Math.abs(c0)), text);
        assertEquals(c1, c[1], tol * Math.max(1, Math.abs(c1)), text);
        // EvalEx's own (decimal) evaluation of its tree gives the same value
        assertEquals(r.getValue(), e.evaluateWithEvalEx(a0, b0), 1e-12 * Math.max(1, Math.abs(r.getValue())), text);
    }

    /** Every listed function, inside a non-trivial argument, against central differences of the level below. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"sqrt(a^2 + b^2 + 1)", "exp(0.5*a - b)", "log(1 + exp(-a*b))",
        "sin(a)*cos(b)", "tan(0.4*a + 0.1*b)", "tanh(a*b)", "sinh(0.5*a)*cosh(0.3*b)", "atan(a - b^2)",
        "abs(a + 2) + pi*b - e", "(1-a)^2 + 100*(b-a^2)^2", "(a^2 + b^2 - 1)^2/4", "a/(1 + b^2)"})
    void everyFunctionAgreesWithCentralDifferences(String text) {
        ExpressionLandscape e = ExpressionLandscape.parse(text);
        Random rnd = new Random(7);
        for (int k = 0; k < 20; k++) {
            double[] t = {-1 + 2 * rnd.nextDouble(), -1 + 2 * rnd.nextDouble()};
            double[] v = {rnd.nextGaussian(), rnd.nextGaussian()};
            double[] g = new double[2];
            double[][] h = new double[2][2];
            double[] c = new double[2];
            e.gradient(t, g);
            e.hessian(t, h);
            e.thirdDerivativeContraction(t, v, c);
            for (int i = 0; i < 2; i++) {
                double[] p = t.clone();
                double[] m = t.clone();
                p[i] += FD_STEP;
                m[i] -= FD_STEP;
                double fd = (e.value(p) - e.value(m)) / (2 * FD_STEP);
                assertTrue(rel(fd, g[i], Math.max(1, Math.abs(g[i]))) < FD_REL, text + ": ∂E/∂θ" + i);
                double[] gp = new double[2];
                double[] gm = new double[2];
                e.gradient(p, gp);
                e.gradient(m, gm);
                for (int j = 0; j < 2; j++) {
                    double fdh = (gp[j] - gm[j]) / (2 * FD_STEP);
                    assertTrue(rel(fdh, h[i][j], Math.max(1, Math.abs(h[i][j]))) < FD_REL, text + ": H" + i + j);
                }
            }
            // d/dε H(θ + εv) v = ∇³E[v, v]
            double[] tp = {t[0] + FD_STEP * v[0], t[1] + FD_STEP * v[1]};
            double[] tm = {t[0] - FD_STEP * v[0], t[1] - FD_STEP * v[1]};
            double[] hp = new double[2];
            double[] hm = new double[2];
            e.hessianVectorProduct(tp, v, hp);
            e.hessianVectorProduct(tm, v, hm);
            for (int i = 0; i < 2; i++) {
                double fd = (hp[i] - hm[i]) / (2 * FD_STEP);
                assertTrue(rel(fd, c[i], Math.max(1, Math.abs(c[i]))) < 1e-6, text + ": ∇³E[v,v]" + i);
            }
        }
    }

    @Test
    void unaryMinusBindsLooserThanPowerAndPowerIsRightAssociative() {
        assertEquals(-4.0, ExpressionLandscape.parse("-a^2").value(2, 0), 0.0);
        assertEquals(Math.pow(2, 9), ExpressionLandscape.parse("a^b^2").value(2, 3), 1e-12);
        assertEquals(-1.0, ExpressionLandscape.parse("-a^2 + b").value(1, 0), 0.0);
    }

    @Test
    void numbersInAnyUsualNotationAndConstants() {
        ExpressionLandscape e = ExpressionLandscape.parse("1e-3*a + .5*b + 1.5E+3 + 2.0*pi - e");
        assertEquals(1e-3 * 2 + 0.5 * 4 + 1500 + 2 * Math.PI - Math.E, e.value(2, 4), 1e-12);
        ExpressionLandscape k = ExpressionLandscape.parse("(a^2 + kappa*b^2)/2", Map.of("kappa", 10.0));
        assertEquals((1 + 10 * 4) / 2.0, k.value(1, 2), 0.0);
        assertEquals("\\frac{a^{2} + 10\\,b^{2}}{2}", k.formulaLatex());
    }

    @Test
    void latexFromTheTree() {
        assertEquals("\\left(1 - a\\right)^{2} + 100\\,\\left(b - a^{2}\\right)^{2}",
                ExpressionLandscape.parse("(1-a)^2 + 100*(b-a^2)^2").formulaLatex());
        assertEquals("-a^{2}", ExpressionLandscape.parse("-a^2").formulaLatex());
        assertEquals("\\log\\left(1 + \\exp\\left(-a\\,b\\right)\\right)",
                ExpressionLandscape.parse("log(1 + exp(-a*b))").formulaLatex());
        assertEquals("\\sqrt{a} \\cdot 2", ExpressionLandscape.parse("sqrt(a)*2").formulaLatex());
        assertEquals("10^{-3}\\,a", ExpressionLandscape.parse("1e-3*a").formulaLatex());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a + c*b;              c;     5;  unknown variable 'c' at column 5",
        "foo(a) + b;           foo;   1;  unknown function 'foo' at column 1",
        "(a + b;               (a + b; 1; unbalanced parentheses: '(' at column 1 is never closed",
        "a + b);               );     6;  unbalanced parentheses: ')' at column 6 closes nothing",
        "2a;                   a;     2;  missing operator before 'a' at column 2",
        "a $ b;                $;     3;  unknown operator '$' at column 3",
        "sqrt(a, b);           sqrt;  1;  too many parameters for function at column 1"})
    void errorsNameTheTokenAndColumn(String text, String token, int column, String message) {
        LossSyntaxException e = assertThrows(LossSyntaxException.class, () -> ExpressionLandscape.parse(text));
        assertEquals(token, e.token());
        assertEquals(column, e.column());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void emptyTextIsRefused() {
        for (String s : new String[] {"", "   "}) {
            LossSyntaxException e = assertThrows(LossSyntaxException.class, () -> ExpressionLandscape.parse(s));
            assertEquals(0, e.column());
            assertTrue(e.getMessage().startsWith("the loss is empty"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ExpressionLandscape.parse("a", Map.of("b", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> ExpressionLandscape.parse("a", Map.of("k", Double.NaN)));
    }
}
