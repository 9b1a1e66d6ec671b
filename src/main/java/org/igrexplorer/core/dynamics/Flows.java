package org.igrexplorer.core.dynamics;

import java.util.Locale;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.igrexplorer.core.loss.DifferentiableLoss;

/**
 * Integrates a flow θ' = f(θ) with Hipparchus' adaptive Dormand–Prince 5(4) and samples its dense
 * output at t = n·h, n = 0 … steps, so that flow point n lines up with gradient-descent iterate n.
 * Each call makes its own integrator (they are not thread-safe), so calls may run concurrently.
 */
public final class Flows {

    /** The integrator's least step, as a fraction of h. */
    static final double MIN_STEP_FRACTION = 1e-12;

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
                                "diverged after t = %.4g: the vector field became non-finite",
                                Double.isFinite(t) ? t : reached[0]));
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
            private int next = 1;

            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                double stepEnd = interpolator.getCurrentState().getTime();
                reached[0] = stepEnd;
                while (next <= steps && next * h <= stepEnd) {
                    double[] y = interpolator.getInterpolatedState(next * h).getPrimaryState();
                    next++;
                    if (!rec.accept(y)) {
                        throw new StopIntegration();
                    }
                    if (rec.settledAtMinimum()) {
                        // converged at a minimum: the flow stays there, so the remaining samples need no integration
                        rec.holdTo(steps);
                        throw new StopIntegration();
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
                        "ran out of integrator effort at t = %.4g of %.4g: the flow is too stiff here (it needs "
                                + "steps below %.3g·h)", reached[0], tEnd, MIN_STEP_FRACTION));
                return rec.finish();
            }
            rec.fail(TrajectoryStatus.EFFORT_LIMIT, String.format(Locale.ROOT,
                    "ran out of integrator effort at t = %.4g of %.4g (%d evaluations; the flow is very stiff here)",
                    reached[0], tEnd, limits.maxEvaluations()));
        } catch (MathRuntimeException e) {
            rec.fail(TrajectoryStatus.DIVERGED, String.format(Locale.ROOT,
                    "diverged after t = %.4g: the integrator could not continue", reached[0]));
        }
        return rec.finish();
    }
}
