package org.igrexplorer.core.dynamics;

import org.hipparchus.util.FastMath;

/**
 * The adaptive Dormand–Prince 5(4) pair with Shampine's dense output for an autonomous field θ' = f(θ), forward
 * in time from t = 0. It does, operation for operation, what Hipparchus' {@code DormandPrince54Integrator} (4.0.1)
 * does with a scalar tolerance, the same step limits and no event detectors: the same initial step, stages, error
 * norm, step-size control and interpolation, so it gives the same numbers to the last bit (DormandPrinceTest
 * compares them). It only drops the per-step work a general ODE library needs and a drag step does not: copies of
 * every state and derivative, one interpolator object per step, event bookkeeping by streams. One integrator holds
 * its work arrays and runs one integration at a time; not thread-safe.
 */
final class DormandPrince {

    /** Why an integration ended early (Hipparchus' exceptions for the same situations in brackets). */
    enum Failure {
        /** More field evaluations were needed than allowed (MathIllegalStateException, max count exceeded). */
        EVALUATIONS,
        /** The error estimate is NaN (MathIllegalStateException, NaN appearing during integration). */
        NAN_ERROR,
        /** The step control asked for a step below the least step (MathIllegalArgumentException). */
        STEP_TOO_SMALL,
        /** The interval [0, T] is too short to integrate over (MathIllegalArgumentException). */
        INTERVAL_TOO_SMALL
    }

    /** Ends an integration early; the integrator's state tells how far it got. */
    static final class IntegrationFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Failure failure;

        IntegrationFailure(Failure failure) {
            super(failure.name(), null, false, false);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }

    /** The field, evaluated into {@code out}; may throw to stop the integration. */
    @FunctionalInterface
    interface Field {
        /**
         * @param t     the time of the evaluation (the field does not depend on it; for messages)
         * @param theta the state. Not to be modified.
         * @param out   receives f(θ)
         */
        void evaluate(double t, double[] theta, double[] out);
    }

    /** Called once per accepted step, which the integrator's accessors and {@link #interpolate} then describe. */
    @FunctionalInterface
    interface StepHandler {
        void handleStep(DormandPrince step);
    }

    // Dormand–Prince 5(4): nodes, internal weights (the last row is the 5th-order solution), error weights
    private static final double[] C = {1.0 / 5.0, 3.0 / 10.0, 4.0 / 5.0, 8.0 / 9.0, 1.0, 1.0};
    private static final double[][] A = {
        {1.0 / 5.0},
        {3.0 / 40.0, 9.0 / 40.0},
        {44.0 / 45.0, -56.0 / 15.0, 32.0 / 9.0},
        {19372.0 / 6561.0, -25360.0 / 2187.0, 64448.0 / 6561.0, -212.0 / 729.0},
        {9017.0 / 3168.0, -355.0 / 33.0, 46732.0 / 5247.0, 49.0 / 176.0, -5103.0 / 18656.0},
        {35.0 / 384.0, 0.0, 500.0 / 1113.0, 125.0 / 192.0, -2187.0 / 6784.0, 11.0 / 84.0}
    };
    private static final double[] B = {35.0 / 384.0, 0.0, 500.0 / 1113.0, 125.0 / 192.0, -2187.0 / 6784.0,
        11.0 / 84.0, 0.0};
    private static final double E1 = 71.0 / 57600.0;
    private static final double E3 = -71.0 / 16695.0;
    private static final double E4 = 71.0 / 1920.0;
    private static final double E5 = -17253.0 / 339200.0;
    private static final double E6 = 22.0 / 525.0;
    private static final double E7 = -1.0 / 40.0;
    // Shampine's dense output
    private static final double A70 = 35.0 / 384.0;
    private static final double A72 = 500.0 / 1113.0;
    private static final double A73 = 125.0 / 192.0;
    private static final double A74 = -2187.0 / 6784.0;
    private static final double A75 = 11.0 / 84.0;
    private static final double D0 = -12715105075.0 / 11282082432.0;
    private static final double D2 = 87487479700.0 / 32700410799.0;
    private static final double D3 = -10690763975.0 / 1880347072.0;
    private static final double D4 = 701980252875.0 / 199316789632.0;
    private static final double D5 = -1453857185.0 / 822651844.0;
    private static final double D6 = 69997945.0 / 29380423.0;
    private static final int ORDER = 5;
    private static final double EXP = -1.0 / ORDER;
    private static final double SAFETY = 0.9;
    private static final double MIN_REDUCTION = 0.2;
    private static final double MAX_GROWTH = 10.0;
    private static final int STAGES = 7;

    private final int m;
    private final double minStep;
    private final double maxStep;
    private final double absoluteTolerance;
    private final double relativeTolerance;
    private final int maxEvaluations;
    private int evaluations;

    /** The stages' derivatives of the current step; k[0] is the derivative at its start, k[6] at its end. */
    private final double[][] k;
    private double[] yStart;
    private double[] yEnd;
    private final double[] yTmp;
    private final double[] interpolated;
    private final double[] interpolatedDerivative;
    private double interpolatedTime;
    private double tStart;
    private double tEnd;

    /**
     * @param dimension         the dimension of θ
     * @param minStep           the least step (a smaller one ends the integration)
     * @param maxStep           the largest step
     * @param absoluteTolerance allowed absolute error per step
     * @param relativeTolerance allowed relative error per step
     * @param maxEvaluations    the most evaluations of the field
     */
    DormandPrince(int dimension, double minStep, double maxStep, double absoluteTolerance, double relativeTolerance,
                  int maxEvaluations) {
        this.m = dimension;
        this.minStep = FastMath.abs(minStep);
        this.maxStep = FastMath.abs(maxStep);
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
        this.maxEvaluations = maxEvaluations;
        k = new double[STAGES][dimension];
        yStart = new double[dimension];
        yEnd = new double[dimension];
        yTmp = new double[dimension];
        interpolated = new double[dimension];
        interpolatedDerivative = new double[dimension];
    }

    /** @return the evaluations of the field so far in this integration */
    int evaluations() {
        return evaluations;
    }

    /** @return the time at the start of the current step */
    double stepStart() {
        return tStart;
    }

    /** @return the time at the end of the current step */
    double stepEnd() {
        return tEnd;
    }

    /** @return the derivative at the start of the current step. Not to be modified; valid during the step. */
    double[] startDerivative() {
        return k[0];
    }

    /** @return the derivative at the end of the current step. Not to be modified; valid during the step. */
    double[] endDerivative() {
        return k[STAGES - 1];
    }

    /** @return the state at the end of the current step. Not to be modified; valid during the step. */
    double[] endState() {
        return yEnd;
    }

    /**
     * Integrates from θ(0) = {@code theta0} to t = {@code finalTime} &gt; 0, handing every accepted step to
     * {@code handler}.
     *
     * @throws IntegrationFailure when the integration cannot go on (anything the field or the handler throws passes
     *                            through)
     */
    void integrate(Field field, double[] theta0, double finalTime, StepHandler handler) {
        double threshold = 1000 * FastMath.ulp(FastMath.max(0.0, FastMath.abs(finalTime)));
        if (FastMath.abs(0.0 - finalTime) < threshold) {
            throw new IntegrationFailure(Failure.INTERVAL_TOO_SMALL);
        }
        evaluations = 0;
        tStart = 0.0;
        System.arraycopy(theta0, 0, yStart, 0, m);
        count(1);
        field.evaluate(tStart, yStart, k[0]);
        double hNew = initialStep(field);
        boolean lastStep = false;
        do {
            double h;
            double error;
            do {
                h = hNew;
                if (tStart + h >= finalTime) {
                    h = finalTime - tStart;
                }
                for (int s = 1; s < STAGES; s++) {
                    double[] a = A[s - 1];
                    for (int j = 0; j < m; j++) {
                        double sum = k[0][j] * a[0];
                        for (int l = 1; l < s; l++) {
                            sum += k[l][j] * a[l];
                        }
                        yTmp[j] = yStart[j] + h * sum;
                    }
                    field.evaluate(tStart + h * C[s - 1], yTmp, k[s]);
                }
                for (int j = 0; j < m; j++) {
                    double sum = k[0][j] * B[0];
                    for (int l = 1; l < STAGES; l++) {
                        sum += k[l][j] * B[l];
                    }
                    yEnd[j] = yStart[j] + h * sum;
                }
                count(STAGES - 1);
                error = error(h);
                if (Double.isNaN(error)) {
                    throw new IntegrationFailure(Failure.NAN_ERROR);
                }
                if (error >= 1.0) {
                    double factor = FastMath.min(MAX_GROWTH, FastMath.max(MIN_REDUCTION,
                            SAFETY * FastMath.pow(error, EXP)));
                    hNew = filterStep(h * factor, false);
                }
            } while (error >= 1.0);
            tEnd = tStart + h;
            lastStep = FastMath.abs(tEnd - finalTime) < FastMath.ulp(finalTime);
            handler.handleStep(this);
            // the end of this step starts the next (first same as last: k[6] is the derivative there)
            double[] y = yStart;
            yStart = yEnd;
            yEnd = y;
            double[] d = k[0];
            k[0] = k[STAGES - 1];
            k[STAGES - 1] = d;
            tStart = tEnd;
            if (!lastStep) {
                double factor = FastMath.min(MAX_GROWTH, FastMath.max(MIN_REDUCTION,
                        SAFETY * FastMath.pow(error, EXP)));
                double scaledH = h * factor;
                double nextT = tStart + scaledH;
                hNew = filterStep(scaledH, nextT >= finalTime);
                if (tStart + hNew >= finalTime) {
                    hNew = finalTime - tStart;
                }
            }
        } while (!lastStep);
    }

    /** Hipparchus' first step: from an Euler step's estimate of the second derivative, within the step limits. */
    private double initialStep(Field field) {
        double[] y0 = yStart;
        double[] yDot0 = k[0];
        double yOnScale2 = 0;
        double yDotOnScale2 = 0;
        for (int j = 0; j < m; j++) {
            double scale = tolerance(FastMath.abs(y0[j]));
            double ratio = y0[j] / scale;
            yOnScale2 += ratio * ratio;
            double ratioDot = yDot0[j] / scale;
            yDotOnScale2 += ratioDot * ratioDot;
        }
        double h = ((yOnScale2 < 1.0e-10) || (yDotOnScale2 < 1.0e-10)) ? 1.0e-6
                : (0.01 * FastMath.sqrt(yOnScale2 / yDotOnScale2));
        if (h > maxStep) {
            h = maxStep;
        }
        for (int j = 0; j < m; j++) {
            yTmp[j] = y0[j] + h * yDot0[j];
        }
        double[] yDot1 = k[1];
        count(1);
        field.evaluate(tStart + h, yTmp, yDot1);
        double yDDotOnScale = 0;
        for (int j = 0; j < m; j++) {
            double ratioDotDot = (yDot1[j] - yDot0[j]) / tolerance(FastMath.abs(y0[j]));
            yDDotOnScale += ratioDotDot * ratioDotDot;
        }
        yDDotOnScale = FastMath.sqrt(yDDotOnScale) / h;
        double maxInv2 = FastMath.max(FastMath.sqrt(yDotOnScale2), yDDotOnScale);
        double h1 = (maxInv2 < 1.0e-15) ? FastMath.max(1.0e-6, 0.001 * FastMath.abs(h))
                : FastMath.pow(0.01 / maxInv2, 1.0 / ORDER);
        h = FastMath.min(100.0 * FastMath.abs(h), h1);
        h = FastMath.max(h, 1.0e-12 * FastMath.abs(tStart));
        if (h < minStep) {
            h = minStep;
        }
        if (h > maxStep) {
            h = maxStep;
        }
        return h;
    }

    private double tolerance(double scale) {
        return absoluteTolerance + relativeTolerance * scale;
    }

    /** @return the scaled RMS norm of the 5(4) error estimate of a step of h from yStart to yEnd */
    private double error(double h) {
        double error = 0;
        for (int j = 0; j < m; j++) {
            double errSum = E1 * k[0][j] + E3 * k[2][j] + E4 * k[3][j] + E5 * k[4][j] + E6 * k[5][j] + E7 * k[6][j];
            double tol = tolerance(FastMath.max(FastMath.abs(yStart[j]), FastMath.abs(yEnd[j])));
            double ratio = h * errSum / tol;
            error += ratio * ratio;
        }
        return FastMath.sqrt(error / m);
    }

    private double filterStep(double h, boolean acceptSmall) {
        double filtered = h;
        if (FastMath.abs(h) < minStep) {
            if (!acceptSmall) {
                throw new IntegrationFailure(Failure.STEP_TOO_SMALL);
            }
            filtered = minStep;
        }
        return filtered > maxStep ? maxStep : filtered;
    }

    private void count(int n) {
        for (int i = 0; i < n; i++) {
            if (evaluations > maxEvaluations - 1) {
                throw new IntegrationFailure(Failure.EVALUATIONS);
            }
            evaluations++;
        }
    }

    /**
     * The dense output of the current step at time t (between its start and end).
     *
     * @return the state at t, in an array this integrator reuses (valid until the next call)
     */
    double[] interpolate(double t) {
        interpolateWithDerivative(t);
        return interpolated;
    }

    /** @return the derivative at the time of the last {@link #interpolate} (reused like its state) */
    double[] interpolatedDerivative() {
        return interpolatedDerivative;
    }

    /**
     * @return the time of the last {@link #interpolate}: the time asked for, or the step's end when the step is
     *         too short to interpolate in (as Hipparchus' interpolator answers)
     */
    double interpolatedTime() {
        return interpolatedTime;
    }

    private void interpolateWithDerivative(double time) {
        if (FastMath.abs(tEnd - tStart) <= FastMath.ulp(tEnd)) {
            interpolatedTime = tEnd;
            System.arraycopy(yEnd, 0, interpolated, 0, m);
            System.arraycopy(k[STAGES - 1], 0, interpolatedDerivative, 0, m);
            return;
        }
        interpolatedTime = time;
        double thetaH = time - tStart;
        double oneMinusThetaH = tEnd - time;
        double theta = thetaH / (tEnd - tStart);
        double eta = 1 - theta;
        double twoTheta = 2 * theta;
        double dot2 = 1 - twoTheta;
        double dot3 = theta * (2 - 3 * theta);
        double dot4 = twoTheta * (1 + theta * (twoTheta - 3));
        boolean fromStart = theta <= 0.5;
        double f1;
        double f2;
        if (fromStart) {
            f1 = thetaH;
            f2 = f1 * eta;
        } else {
            f1 = -oneMinusThetaH;
            f2 = oneMinusThetaH * theta;
        }
        double f3 = f2 * theta;
        double f4 = f3 * eta;
        double c0 = f1 * A70 - f2 * (A70 - 1) + f3 * (2 * A70 - 1) + f4 * D0;
        double c2 = f1 * A72 - f2 * A72 + f3 * (2 * A72) + f4 * D2;
        double c3 = f1 * A73 - f2 * A73 + f3 * (2 * A73) + f4 * D3;
        double c4 = f1 * A74 - f2 * A74 + f3 * (2 * A74) + f4 * D4;
        double c5 = f1 * A75 - f2 * A75 + f3 * (2 * A75) + f4 * D5;
        double c6 = f4 * D6 - f3;
        double d0 = A70 - dot2 * (A70 - 1) + dot3 * (2 * A70 - 1) + dot4 * D0;
        double d2 = A72 - dot2 * A72 + dot3 * (2 * A72) + dot4 * D2;
        double d3 = A73 - dot2 * A73 + dot3 * (2 * A73) + dot4 * D3;
        double d4 = A74 - dot2 * A74 + dot3 * (2 * A74) + dot4 * D4;
        double d5 = A75 - dot2 * A75 + dot3 * (2 * A75) + dot4 * D5;
        double d6 = dot4 * D6 - dot3;
        double[] base = fromStart ? yStart : yEnd;
        for (int i = 0; i < m; i++) {
            // the same sums in the same order as Hipparchus (its zero coefficient of k[1] included)
            double s = base[i];
            s += c0 * k[0][i];
            s += 0.0 * k[1][i];
            s += c2 * k[2][i];
            s += c3 * k[3][i];
            s += c4 * k[4][i];
            s += c5 * k[5][i];
            s += c6 * k[6][i];
            interpolated[i] = s;
            double d = 0.0;
            d += d0 * k[0][i];
            d += 0.0 * k[1][i];
            d += d2 * k[2][i];
            d += d3 * k[3][i];
            d += d4 * k[4][i];
            d += d5 * k[5][i];
            d += d6 * k[6][i];
            interpolatedDerivative[i] = d;
        }
    }
}
