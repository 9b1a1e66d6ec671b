package org.igrexplorer.core.dynamics;

import java.util.Locale;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.exception.MathRuntimeException;
import org.igrexplorer.core.Numbers;
import org.igrexplorer.core.loss.DifferentiableLoss;

/**
 * Integrates a flow θ' = f(θ) with the adaptive Dormand–Prince 5(4) pair ({@link DormandPrince}, Hipparchus'
 * integrator's arithmetic without its per-step copies) and samples its dense output at t = n·h, n = 0 … steps, so that flow point n lines up with gradient-descent iterate n.
 * The same dense output gives the trajectory's drawn path between those points: a point wherever the
 * flow's direction has turned by {@link #PATH_TURN} since the last one (at most {@link #MAX_PATH_POINTS}
 * of them), so a curve is smooth however large h is, at no extra evaluation of the field.
 * Each call makes its own integrator (they are not thread-safe), so calls may run concurrently.
 */
public final class Flows {

    /** The integrator's least step, as a fraction of h. */
    static final double MIN_STEP_FRACTION = 1e-12;
    /**
     * The most the flow's direction turns between consecutive points of the drawn path, in radians (1°): the
     * polyline's corners are then at most about this angle, below what the eye sees as a kink.
     */
    public static final double PATH_TURN = Math.toRadians(1.0);
    /** The most path points added between the points n of one trajectory (a bound on memory and drawing time). */
    public static final int MAX_PATH_POINTS = 20_000;
    /** The most candidate points looked at within one integrator step. */
    static final int MAX_CANDIDATES_PER_STEP = 64;

    private Flows() {
    }

    /** Thrown inside the integration to stop it once the recorder has decided the status. */
    private static final class StopIntegration extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopIntegration() {
            super(null, null, false, false);
        }
    }

    /**
     * @param method    the label of the resulting trajectory
     * @param field     f
     * @param loss      base loss E whose value and R_IG are recorded at each point
     * @param theta0    start. Not modified.
     * @param h         sampling interval (the GD learning rate)
     * @param steps     samples after the start; the flow runs to T = steps·h
     * @param limits    divergence, convergence, domain and evaluation budget
     * @param tolerance integrator tolerances
     * @return the sampled flow with its status; never contains non-finite values
     */
    public static Trajectory integrate(Method method, VectorField field, DifferentiableLoss loss, double[] theta0,
                                       double h, int steps, RunLimits limits, FlowTolerances tolerance) {
        TrajectoryRecorder rec = new TrajectoryRecorder(method, h, loss, field, limits, steps);
        if (!rec.acceptStart(theta0) || steps == 0) {
            return rec.finish();
        }
        final int m = field.dimension();
        final double tEnd = steps * h;
        // the time the integrator has reached, for messages (its own t can be NaN when a step overflows)
        final double[] reached = {0};
        DormandPrince.Field f = (t, y, out) -> {
            field.evaluate(y, out);
            for (double v : out) {
                if (!Double.isFinite(v)) {
                    rec.fail(TrajectoryStatus.DIVERGED, String.format(Locale.ROOT,
                            "diverged after t = %s: the vector field became non-finite",
                            Numbers.significant(Double.isFinite(t) ? t : reached[0], 4)));
                    throw new StopIntegration();
                }
            }
        };
        // The largest step is the sampling interval h: an adaptive integrator that has reached a minimum
        // otherwise grows its step to the edge of its stability region, where it leaves noise of up to
        // 3e-8 in ‖∇E‖ at tolerance 1e-10 (measured). While GD is stable, h·ℓ < 2 keeps steps of h inside
        // the 5(4) pair's stability interval (about −3.3). Dormand–Prince 8(5,3) under the same cap was
        // as accurate and 1.5× slower (ExplorerBenchmark, p50 of the curves).
        // The least step is MIN_STEP_FRACTION·h: a flow that needs shorter steps (a huge h, a very stiff field)
        // would need more than 1e12 steps per sample; it ends as out of effort at once instead of after the budget.
        DormandPrince integrator = new DormandPrince(m, MIN_STEP_FRACTION * h, h, tolerance.absolute(),
                tolerance.relative(), limits.maxEvaluations());
        DensePath dense = new DensePath(rec, h, m);
        int[] next = {1};
        try {
            integrator.integrate(f, theta0, tEnd, step -> {
                double t0 = step.stepStart();
                double stepEnd = step.stepEnd();
                reached[0] = stepEnd;
                double[] endDirection = step.endDerivative();
                dense.begin(step.startDerivative());
                // candidates spaced so that the direction turns by at most half PATH_TURN from one to the next
                int k = dense.candidates(step.startDerivative(), endDirection);
                for (int j = 1; j <= k; j++) {
                    double tj = j == k ? stepEnd : t0 + (stepEnd - t0) * j / k;
                    while (next[0] <= steps && next[0] * h <= tj) {
                        double[] state = step.interpolate(next[0] * h);
                        dense.beforeSample(step.interpolatedTime(), step.interpolatedDerivative());
                        next[0]++;
                        if (!rec.accept(state)) {
                            throw new StopIntegration();
                        }
                        if (rec.settledAtMinimum()) {
                            // converged at a minimum: the flow stays there, so the remaining samples need no integration
                            rec.holdTo(steps);
                            throw new StopIntegration();
                        }
                    }
                    if (next[0] <= steps) {
                        if (j == k) {
                            dense.candidate(stepEnd, step.endState(), endDirection);
                        } else {
                            double[] c = step.interpolate(tj);
                            dense.candidate(step.interpolatedTime(), c, step.interpolatedDerivative());
                        }
                    }
                }
            });
        } catch (StopIntegration stop) {
            // the recorder holds the status
        } catch (DormandPrince.IntegrationFailure e) {
            switch (e.failure()) {
                case EVALUATIONS, NAN_ERROR -> effortExhausted(rec, integrator.evaluations(), limits, reached[0], tEnd);
                case STEP_TOO_SMALL, INTERVAL_TOO_SMALL -> couldNotContinue(rec, reached[0]);
            }
        } catch (MathIllegalStateException e) {
            effortExhausted(rec, integrator.evaluations(), limits, reached[0], tEnd);
        } catch (MathRuntimeException e) {
            couldNotContinue(rec, reached[0]);
        }
        return rec.finish();
    }

    private static void effortExhausted(TrajectoryRecorder rec, int evaluations, RunLimits limits, double reached,
                                        double tEnd) {
        if (evaluations < limits.maxEvaluations()) {
            rec.fail(TrajectoryStatus.EFFORT_LIMIT, String.format(Locale.ROOT,
                    "ran out of integrator effort at t = %s of %s: the flow is too stiff here (it needs "
                            + "steps below %s·h)", Numbers.significant(reached, 4), Numbers.significant(tEnd, 4),
                    Numbers.significant(MIN_STEP_FRACTION, 3)));
        } else {
            rec.fail(TrajectoryStatus.EFFORT_LIMIT, String.format(Locale.ROOT,
                    "ran out of integrator effort at t = %s of %s (%d evaluations; the flow is very stiff here)",
                    Numbers.significant(reached, 4), Numbers.significant(tEnd, 4), limits.maxEvaluations()));
        }
    }

    private static void couldNotContinue(TrajectoryRecorder rec, double reached) {
        rec.fail(TrajectoryStatus.DIVERGED, String.format(Locale.ROOT,
                "diverged after t = %s: the integrator could not continue", Numbers.significant(reached, 4)));
    }

    /**
     * Chooses the points of a flow's drawn path between its samples t = n·h from the integrator's dense output:
     * a candidate is kept when the direction at the one after it has turned by more than {@link #PATH_TURN}
     * from the direction at the last kept point, so the direction turns by at most that much between kept
     * points. The samples themselves are always on the path.
     */
    private static final class DensePath {
        private static final double COS_TURN = Math.cos(PATH_TURN);
        private static final double COS_HALF_TURN = Math.cos(PATH_TURN / 2);
        private final TrajectoryRecorder rec;
        private final double minGap;
        /** Whether {@link #lastDirection} holds the direction at the start (set at the first step). */
        private boolean started;
        /** The direction at the last point of the path (a sample or a kept candidate). */
        private final double[] lastDirection;
        private double lastTime;
        /** The last candidate looked at, kept once the direction after it has turned too far (if {@link #hasPending}). */
        private boolean hasPending;
        private final double[] pendingState;
        private final double[] pendingDirection;
        private double pendingTime;
        private int added;

        DensePath(TrajectoryRecorder rec, double h, int dimension) {
            this.rec = rec;
            this.minGap = 1e-9 * h;
            lastDirection = new double[dimension];
            pendingState = new double[dimension];
            pendingDirection = new double[dimension];
        }

        /** A step begins: at the first, its start direction is the last direction of the path. */
        void begin(double[] startDirection) {
            if (!started) {
                System.arraycopy(startDirection, 0, lastDirection, 0, lastDirection.length);
                started = true;
            }
        }

        /**
         * @return the number of candidates, evenly spaced in time, in a step whose direction turns from {@code d0}
         *         to {@code d1}: turns of at most half {@link #PATH_TURN} between them
         */
        int candidates(double[] d0, double[] d1) {
            if (!turned(d0, d1, COS_HALF_TURN)) {
                return 1;
            }
            return (int) Math.min(MAX_CANDIDATES_PER_STEP, Math.ceil(2 * angle(d0, d1) / PATH_TURN));
        }

        /** The sample at time t with direction d comes next: keeps the pending candidate first if the turn needs it. */
        void beforeSample(double t, double[] d) {
            flushIfTurned(d);
            hasPending = false;
            System.arraycopy(d, 0, lastDirection, 0, d.length);
            lastTime = t;
        }

        /** @param t the time of the candidate state s, d the direction there (both copied) */
        void candidate(double t, double[] s, double[] d) {
            if (added >= MAX_PATH_POINTS || t - lastTime < minGap) {
                return;
            }
            flushIfTurned(d);
            hasPending = true;
            pendingTime = t;
            System.arraycopy(s, 0, pendingState, 0, s.length);
            System.arraycopy(d, 0, pendingDirection, 0, d.length);
        }

        private void flushIfTurned(double[] d) {
            if (hasPending && turned(lastDirection, d, COS_TURN)) {
                rec.between(pendingState);
                added++;
                System.arraycopy(pendingDirection, 0, lastDirection, 0, lastDirection.length);
                lastTime = pendingTime;
                hasPending = false;
            }
        }

        /** @return whether the angle between u and v exceeds the angle whose cosine is {@code cos} (false for 0) */
        private static boolean turned(double[] u, double[] v, double cos) {
            double dot = 0;
            double uu = 0;
            double vv = 0;
            for (int i = 0; i < u.length; i++) {
                dot += u[i] * v[i];
                uu += u[i] * u[i];
                vv += v[i] * v[i];
            }
            double scale = uu * vv;
            if (!(scale > 0) || !Double.isFinite(scale)) {
                return false;
            }
            return dot < 0 || dot * dot < cos * cos * scale;
        }

        /** @return the angle between two non-zero directions */
        private static double angle(double[] u, double[] v) {
            double nu = 0;
            double nv = 0;
            for (int i = 0; i < u.length; i++) {
                nu += u[i] * u[i];
                nv += v[i] * v[i];
            }
            nu = Math.sqrt(nu);
            nv = Math.sqrt(nv);
            double diff = 0;
            double sum = 0;
            for (int i = 0; i < u.length; i++) {
                double a = u[i] / nu;
                double b = v[i] / nv;
                diff += (a - b) * (a - b);
                sum += (a + b) * (a + b);
            }
            return 2 * Math.atan2(Math.sqrt(diff), Math.sqrt(sum));
        }
    }
}
