package org.igrexplorer.core.dynamics;

import java.util.Locale;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.igrexplorer.core.Numbers;
import org.igrexplorer.core.loss.DifferentiableLoss;

/**
 * Integrates a flow θ' = f(θ) with Hipparchus' adaptive Dormand–Prince 5(4) and samples its dense
 * output at t = n·h, n = 0 … steps, so that flow point n lines up with gradient-descent iterate n.
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
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return m;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] out = new double[m];
                field.evaluate(y, out);
                for (double v : out) {
                    if (!Double.isFinite(v)) {
                        rec.fail(TrajectoryStatus.DIVERGED, String.format(Locale.ROOT,
                                "diverged after t = %s: the vector field became non-finite",
                                Numbers.significant(Double.isFinite(t) ? t : reached[0], 4)));
                        throw new StopIntegration();
                    }
                }
                return out;
            }
        };
        // The largest step is the sampling interval h: an adaptive integrator that has reached a minimum
        // otherwise grows its step to the edge of its stability region, where it leaves noise of up to
        // 3e-8 in ‖∇E‖ at tolerance 1e-10 (measured). While GD is stable, h·ℓ < 2 keeps steps of h inside
        // the 5(4) pair's stability interval (about −3.3). Dormand–Prince 8(5,3) under the same cap was
        // as accurate and 1.5× slower (ExplorerBenchmark, p50 of the curves).
        // The least step is MIN_STEP_FRACTION·h: a flow that needs shorter steps (a huge h, a very stiff field)
        // would need more than 1e12 steps per sample; it ends as out of effort at once instead of after the budget.
        DormandPrince54Integrator integrator =
                new DormandPrince54Integrator(MIN_STEP_FRACTION * h, h, tolerance.absolute(), tolerance.relative());
        integrator.setMaxEvaluations(limits.maxEvaluations());
        integrator.addStepHandler(new ODEStepHandler() {
            private DensePath dense;
            private int next = 1;

            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                ODEStateAndDerivative start = interpolator.getPreviousState();
                ODEStateAndDerivative end = interpolator.getCurrentState();
                double t0 = start.getTime();
                double stepEnd = end.getTime();
                reached[0] = stepEnd;
                double[] endDirection = end.getPrimaryDerivative();
                if (dense == null) {
                    dense = new DensePath(rec, h, start.getPrimaryDerivative());
                }
                // candidates spaced so that the direction turns by at most half PATH_TURN from one to the next
                int k = dense.candidates(start.getPrimaryDerivative(), endDirection);
                for (int j = 1; j <= k; j++) {
                    double tj = j == k ? stepEnd : t0 + (stepEnd - t0) * j / k;
                    while (next <= steps && next * h <= tj) {
                        ODEStateAndDerivative s = interpolator.getInterpolatedState(next * h);
                        dense.beforeSample(s.getTime(), s.getPrimaryDerivative());
                        next++;
                        if (!rec.accept(s.getPrimaryState())) {
                            throw new StopIntegration();
                        }
                        if (rec.settledAtMinimum()) {
                            // converged at a minimum: the flow stays there, so the remaining samples need no integration
                            rec.holdTo(steps);
                            throw new StopIntegration();
                        }
                    }
                    if (next <= steps) {
                        ODEStateAndDerivative c = j == k ? end : interpolator.getInterpolatedState(tj);
                        dense.candidate(c, j == k ? endDirection : c.getPrimaryDerivative());
                    }
                }
            }
        });
        try {
            integrator.integrate(ode, new ODEState(0.0, theta0.clone()), tEnd);
        } catch (StopIntegration stop) {
            // the recorder holds the status
        } catch (MathIllegalStateException e) {
            if (integrator.getEvaluations() < limits.maxEvaluations()) {
                rec.fail(TrajectoryStatus.EFFORT_LIMIT, String.format(Locale.ROOT,
                        "ran out of integrator effort at t = %s of %s: the flow is too stiff here (it needs "
                                + "steps below %s·h)", Numbers.significant(reached[0], 4),
                        Numbers.significant(tEnd, 4), Numbers.significant(MIN_STEP_FRACTION, 3)));
                return rec.finish();
            }
            rec.fail(TrajectoryStatus.EFFORT_LIMIT, String.format(Locale.ROOT,
                    "ran out of integrator effort at t = %s of %s (%d evaluations; the flow is very stiff here)",
                    Numbers.significant(reached[0], 4), Numbers.significant(tEnd, 4), limits.maxEvaluations()));
        } catch (MathRuntimeException e) {
            rec.fail(TrajectoryStatus.DIVERGED, String.format(Locale.ROOT,
                    "diverged after t = %s: the integrator could not continue", Numbers.significant(reached[0], 4)));
        }
        return rec.finish();
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
        /** The direction at the last point of the path (a sample or a kept candidate). */
        private double[] lastDirection;
        private double lastTime;
        /** The last candidate looked at, kept once the direction after it has turned too far; or null. */
        private ODEStateAndDerivative pending;
        private double[] pendingDirection;
        private int added;

        DensePath(TrajectoryRecorder rec, double h, double[] startDirection) {
            this.rec = rec;
            this.minGap = 1e-9 * h;
            this.lastDirection = startDirection;
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
            pending = null;
            lastDirection = d;
            lastTime = t;
        }

        /** @param d the direction at s */
        void candidate(ODEStateAndDerivative s, double[] d) {
            if (added >= MAX_PATH_POINTS || s.getTime() - lastTime < minGap) {
                return;
            }
            flushIfTurned(d);
            pending = s;
            pendingDirection = d;
        }

        private void flushIfTurned(double[] d) {
            if (pending != null && turned(lastDirection, d, COS_TURN)) {
                rec.between(pending.getPrimaryState());
                added++;
                lastDirection = pendingDirection;
                lastTime = pending.getTime();
                pending = null;
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
