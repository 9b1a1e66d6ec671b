package org.igrexplorer.core.loss;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The two-parameter model of Barrett &amp; Dherin (Section 5, Appendix D): one data point (x, y),
 * parameters θ = (a, b), model f(x; a, b) = a b x and loss E(a, b) = (y − a b x)² / 2.
 * All derivatives are analytic. Immutable and thread-safe.
 *
 * @param x the input of the single data point (finite)
 * @param y the target of the single data point (finite)
 */
public record TwoParameterModel(double x, double y) implements Landscape {

    /** The built-in's name on the command line and in sessions. */
    public static final String NAME = "paper";

    /**
     * @throws IllegalArgumentException if x or y is not finite
     */
    public TwoParameterModel {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be a finite number, got " + x);
        }
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("y must be a finite number, got " + y);
        }
    }

    /**
     * @return the branch of the minima hyperbola ab = y/x that the exact gradient flow from θ reaches,
     *         as the sign of a on it: the flow conserves a² − b², so the larger of |a|, |b| never changes
     *         sign (at a minimum this is sign(a)); 0 when x·y = 0, where the minima form one connected cross
     */
    @Override
    public int minimaBranch(double[] theta) {
        double xy = x * y;
        if (xy == 0) {
            return 0;
        }
        double a = theta[0];
        double b = theta[1];
        return (int) (Math.abs(a) >= Math.abs(b) ? Math.signum(a) : Math.signum(b) * Math.signum(xy));
    }

    /** @return the residual r = y − a b x */
    public double residual(double a, double b) {
        return y - a * b * x;
    }

    /** @return E(a, b) = (y − a b x)² / 2 */
    public double loss(double a, double b) {
        double r = residual(a, b);
        return 0.5 * r * r;
    }

    /** @return ‖∇E‖² = x² r² (a² + b²) */
    public double gradientNormSquared(double a, double b) {
        double r = residual(a, b);
        return x * x * r * r * (a * a + b * b);
    }

    /** @return R_IG = ‖∇E‖² / 2 = x² (a² + b²) E */
    public double rIg(double a, double b) {
        return gradientNormSquared(a, b) / M;
    }

    /**
     * @return R_IG / E = x² (a² + b²), which is defined (by continuity) on the minima too,
     *         where R_IG and E both vanish
     */
    public double rIgOverLoss(double a, double b) {
        return x * x * (a * a + b * b);
    }

    /** @return the slope ‖∇E‖ = ‖θ‖ |x| sqrt(2E) */
    public double slope(double a, double b) {
        return Math.sqrt(gradientNormSquared(a, b));
    }

    /** @return the modified loss Ẽ = E (1 + λ x² (a² + b²)) with λ = h/2 */
    public double modifiedLoss(double a, double b, double h) {
        return loss(a, b) * (1.0 + 0.5 * h * rIgOverLoss(a, b));
    }

    /** @return E_µ = E (1 + µ x² (a² + b²)) */
    public double egrLoss(double a, double b, double mu) {
        return loss(a, b) * (1.0 + mu * rIgOverLoss(a, b));
    }

    /**
     * h times the largest Hessian eigenvalue x²(a² + b²) at the minimum (a, b) (closed form; off the
     * minima {@link #stabilityNumber} is h·λ_max(H) itself). GD can settle only where it is below 2.
     *
     * @return h x² (a² + b²)
     */
    public double minimaStabilityNumber(double h, double a, double b) {
        return h * rIgOverLoss(a, b);
    }

    /**
     * @param a a value with a ≠ 0
     * @return b on the minima hyperbola a b = y / x, or NaN when x = 0 or a = 0
     */
    public double minimaB(double a) {
        if (x == 0.0 || a == 0.0) {
            return Double.NaN;
        }
        return y / (x * a);
    }

    /**
     * The minimum of E with least L2 norm (hence flattest: R_IG/E = x²‖θ‖² is least there),
     * |a| = |b| = sqrt(|y/x|) with sign(a)·sign(b) = sign(y/x), on the branch nearest the start.
     *
     * @param a0 start a
     * @param b0 start b
     * @return {a, b}, or empty when x = 0 (E is then constant, every point or none is a minimum)
     */
    public Optional<double[]> flattestMinimum(double a0, double b0) {
        if (x == 0.0) {
            return Optional.empty();
        }
        double s = Math.sqrt(Math.abs(y / x));
        double sign = Math.signum(y / x);
        if (sign == 0.0) {
            return Optional.of(new double[] {0.0, 0.0});
        }
        double[] p = {s, sign * s};
        double[] q = {-s, -sign * s};
        double dp = Math.hypot(a0 - p[0], b0 - p[1]);
        double dq = Math.hypot(a0 - q[0], b0 - q[1]);
        return Optional.of(dp <= dq ? p : q);
    }

    // ---- Landscape ----

    @Override
    public LandscapeSpec spec() {
        return LandscapeSpec.builtin(NAME, Map.of("x", x, "y", y));
    }

    @Override
    public String displayName() {
        return "Paper's model";
    }

    @Override
    public String formulaLatex() {
        return "\\frac{1}{2}\\left(" + residualLatex() + "\\right)^{2}";
    }

    /** @return the residual y − abx as LaTeX with the numbers in, as one writes it by hand ("0.6 - ab") */
    public String residualLatex() {
        if (x == 0.0) {
            return LatexNumbers.number(y);
        }
        String sign = x < 0 ? " + " : " - ";
        double ax = Math.abs(x);
        String coefficient = ax == 1.0 ? "" : LatexNumbers.number(ax) + "\\,";
        return (y == 0.0 ? (x < 0 ? "" : "-") : LatexNumbers.number(y) + sign) + coefficient + "ab";
    }

    /** E + c‖∇E‖² = E (1 + 2c x²(a² + b²)) in closed form. */
    @Override
    public String regularizedLatex(double c) {
        return "\\frac{(" + residualLatex() + ")^2}{2}\\left(1 + " + LatexNumbers.number(2 * c * x * x)
                + "\\,(a^2 + b^2)\\right)";
    }

    @Override
    public String formulaText() {
        return "(y − abx)²/2 with x = " + x + ", y = " + y;
    }

    @Override
    public String explanation() {
        if (x == 0.0) {
            return "one data point (x, y), f = abx: with x = 0 the prediction is 0 whatever a and b are, so "
                    + "E = y²/2 everywhere: a flat loss, no gradient, no minima to find";
        }
        return "one data point (x, y), f = abx: minima on the hyperbola ab = y/x, sharper "
                + "further out; GD is pulled toward the flattest minimum |a| = |b|";
    }

    @Override
    public ViewBox defaultBox() {
        return frame(2.8, 3.5);
    }

    @Override
    public double[] defaultStart() {
        return new double[] {2.8, 3.5};
    }

    /**
     * Symmetric about the origin (both branches of the minima hyperbola show), with half-width a
     * multiple of 0.5 that holds the start and the flattest minimum with a margin, at least 3.
     */
    @Override
    public ViewBox frame(double a0, double b0) {
        double m = Math.max(Math.abs(a0), Math.abs(b0)) * 1.15;
        if (x != 0) {
            m = Math.max(m, 1.6 * Math.sqrt(Math.abs(y / x)));
        }
        double l = Math.min(ViewBox.MAX_MAGNITUDE, Math.max(3.0, Math.ceil(m * 2) / 2));
        return ViewBox.square(l);
    }

    /** The hyperbola ab = y/x (both branches), the two axes when y = 0, nothing when x = 0. */
    @Override
    public Optional<Minima> minima() {
        if (x == 0.0) {
            return Optional.empty();
        }
        double c = y / x;
        if (c == 0.0) {
            return Optional.of(Minima.ofCurves("minima a = 0 or b = 0",
                    (box, n) -> new double[][] {{box.aMin() - 1, 0}, {box.aMax() + 1, 0}},
                    (box, n) -> new double[][] {{0, box.bMin() - 1}, {0, box.bMax() + 1}}));
        }
        double s = Math.sqrt(Math.abs(c));
        Minima.CurveFamily[] branches = new Minima.CurveFamily[2];
        for (int k = 0; k < 2; k++) {
            double sign = k == 0 ? 1 : -1;
            branches[k] = (box, n) -> {
                double lim = Math.max(Math.max(Math.abs(box.aMin()), Math.abs(box.aMax())),
                        Math.max(Math.abs(box.bMin()), Math.abs(box.bMax())));
                double u = Math.log(lim / s) + 0.05;
                double[][] out = new double[n][];
                for (int i = 0; i < n; i++) {
                    double a = sign * s * Math.exp(-u + 2 * u * i / (n - 1));
                    out[i] = new double[] {a, c / a};
                }
                return out;
            };
        }
        return Optional.of(Minima.ofCurves("minima ab = " + BigDecimal.valueOf(c).round(new MathContext(4))
                        .stripTrailingZeros().toPlainString(),
                branches));
    }

    @Override
    public Optional<ConservedQuantity> conservedQuantity() {
        return Optional.of(new ConservedQuantity("a² − b²", "a^2 - b^2",
                "d/dt (a² − b²) = 2a(bxr) − 2b(axr) = 0 along the exact flow; one GD step multiplies it by 1 − h²x²r²",
                (a, b) -> a * a - b * b));
    }

    /**
     * On the hyperbola ab = c, c = y/x, put u = a² and K = 2/(h x²): h·x²(a² + b²) &lt; 2 is
     * u² − K u + c² &lt; 0, so u lies between u± = (K ± sqrt(K² − 4c²))/2. The band is two open arcs, one
     * per branch, |a| ∈ (sqrt(u₋), sqrt(u₊)); empty when h ≥ 1/|x y|. When y = 0 (x ≠ 0) the minima are the
     * axes and the band is |a| &lt; sqrt(K) on b = 0 and |b| &lt; sqrt(K) on a = 0. When x = 0: none.
     */
    @Override
    public Optional<List<StabilityArc>> stabilityArcs(double h) {
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("h must be finite and > 0, got " + h);
        }
        List<StabilityArc> out = new ArrayList<>();
        if (x == 0.0) {
            return Optional.of(Collections.unmodifiableList(out));
        }
        double k = 2.0 / (h * x * x);
        if (y == 0.0) {
            double r = Math.sqrt(k);
            out.add(new StabilityArc.Segment(new double[] {-r, 0.0}, new double[] {r, 0.0}));
            out.add(new StabilityArc.Segment(new double[] {0.0, -r}, new double[] {0.0, r}));
            return Optional.of(Collections.unmodifiableList(out));
        }
        double c = y / x;
        double disc = k * k - 4.0 * c * c;
        if (disc > 0) {
            double uPlus = 0.5 * (k + Math.sqrt(disc));
            double lo = Math.sqrt(c * c / uPlus);
            double hi = Math.sqrt(uPlus);
            for (double sign : new double[] {1.0, -1.0}) {
                double a0 = sign * lo;
                double a1 = sign * hi;
                out.add(new StabilityArc.Hyperbola(new double[] {a0, c / a0}, new double[] {a1, c / a1}, c));
            }
        }
        return Optional.of(Collections.unmodifiableList(out));
    }

    /**
     * @return the factor 1 − h²x²r(a, b)² by which one GD step from (a, b) multiplies the balance a² − b²
     */
    public double balanceMultiplier(double h, double a, double b) {
        double r = residual(a, b);
        return 1.0 - h * h * x * x * r * r;
    }

    /**
     * @return the largest h for which some minimum is stable, 1/|x y| (infinite when x y = 0 and x ≠ 0;
     *         0 when x = 0)
     */
    public double criticalH() {
        if (x == 0.0) {
            return 0.0;
        }
        double xy = Math.abs(x * y);
        return xy == 0.0 ? Double.POSITIVE_INFINITY : 1.0 / xy;
    }

    /** x²·sqrt((a² − b²)² + 4y²/x²): the flow keeps a² − b² and ends on ab = y/x, where λ_max = x²(a² + b²). */
    @Override
    public OptionalDouble flowSolutionSharpness(double a, double b) {
        if (x == 0) {
            return OptionalDouble.empty();
        }
        double d = a * a - b * b;
        return OptionalDouble.of(x * x * Math.sqrt(d * d + 4 * y * y / (x * x)));
    }

    /** x²(a₀² + b₀²). */
    @Override
    public OptionalDouble catapultCurvature(double a0, double b0) {
        return OptionalDouble.of(x * x * (a0 * a0 + b0 * b0));
    }

    @Override
    public OptionalDouble lowerBound() {
        return OptionalDouble.of(0.0);
    }

    // ---- DifferentiableLoss on θ = (a, b) ----

    @Override
    public double value(double[] theta) {
        return loss(theta[0], theta[1]);
    }

    @Override
    public double value(double a, double b) {
        return loss(a, b);
    }

    @Override
    public void gradient(double[] theta, double[] out) {
        double a = theta[0];
        double b = theta[1];
        double r = residual(a, b);
        out[0] = -b * x * r;
        out[1] = -a * x * r;
    }

    @Override
    public double gradientNormSquared(double[] theta) {
        return gradientNormSquared(theta[0], theta[1]);
    }

    @Override
    public void hessian(double[] theta, double[][] out) {
        double a = theta[0];
        double b = theta[1];
        double off = x * (2.0 * a * b * x - y);
        out[0][0] = b * b * x * x;
        out[0][1] = off;
        out[1][0] = off;
        out[1][1] = a * a * x * x;
    }

    @Override
    public void hessianVectorProduct(double[] theta, double[] v, double[] out) {
        double a = theta[0];
        double b = theta[1];
        double off = x * (2.0 * a * b * x - y);
        double v0 = v[0];
        double v1 = v[1];
        out[0] = b * b * x * x * v0 + off * v1;
        out[1] = off * v0 + a * a * x * x * v1;
    }

    /**
     * With r the residual, ∇r = (−bx, −ax) and the constant second derivative R = [[0, −x], [−x, 0]],
     * ∂³E_ijk = R_ik r_j + r_i R_jk + r_k R_ij, so ∇³E[v, v] = 2 (∇r·v) R v + (vᵀ R v) ∇r.
     */
    @Override
    public void thirdDerivativeContraction(double[] theta, double[] v, double[] out) {
        double a = theta[0];
        double b = theta[1];
        double ra = -b * x;
        double rb = -a * x;
        double s = ra * v[0] + rb * v[1];
        double vrv = -2.0 * x * v[0] * v[1];
        out[0] = 2.0 * s * (-x * v[1]) + vrv * ra;
        out[1] = 2.0 * s * (-x * v[0]) + vrv * rb;
    }
}
