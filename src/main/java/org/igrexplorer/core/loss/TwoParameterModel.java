package org.igrexplorer.core.loss;

import java.util.Optional;

/**
 * The two-parameter model of Barrett &amp; Dherin (Section 5, Appendix D): one data point (x, y),
 * parameters θ = (a, b), model f(x; a, b) = a b x and loss E(a, b) = (y − a b x)² / 2.
 * All derivatives are analytic. Immutable and thread-safe.
 *
 * @param x the input of the single data point (finite)
 * @param y the target of the single data point (finite)
 */
public record TwoParameterModel(double x, double y) implements ThirdOrderLoss {

    /** m, the number of parameters. */
    public static final int M = 2;

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

    @Override
    public int dimension() {
        return M;
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
        return loss(a, b) * (1.0 + lambda(h) * rIgOverLoss(a, b));
    }

    /** @return E_µ = E (1 + µ x² (a² + b²)) */
    public double egrLoss(double a, double b, double mu) {
        return loss(a, b) * (1.0 + mu * rIgOverLoss(a, b));
    }

    /**
     * The local stability number of gradient descent near a minimum: h times the largest Hessian
     * eigenvalue there, x²(a² + b²). GD can settle only where it is below 2.
     *
     * @return h x² (a² + b²)
     */
    public double stabilityNumber(double h, double a, double b) {
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

    // ---- DifferentiableLoss on θ = (a, b) ----

    @Override
    public double value(double[] theta) {
        return loss(theta[0], theta[1]);
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
