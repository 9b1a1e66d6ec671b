package org.igrexplorer.core.experiment;

import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Flows;
import org.igrexplorer.core.dynamics.GradientDescent;
import org.igrexplorer.core.dynamics.HeavyBall;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.VectorField;
import org.igrexplorer.core.dynamics.VectorFields;
import org.igrexplorer.core.loss.DifferentiableLoss;
import org.igrexplorer.core.loss.ThirdOrderLoss;

/**
 * Backward error analysis made numerical: the distance after one step between a discrete method and
 * the flows that approximate it, for a range of h, with fitted log–log slopes ({@link ErrorStudy}).
 * <ul>
 * <li>Gradient descent (Theorem 3.1): against the exact, first- and second-order modified flows at
 * time h; the distances scale as h², h³ and h⁴.</li>
 * <li>Heavy-ball momentum θ_{n+1} = θ_n − h∇E(θ_n) + β(θ_n − θ_{n−1}): against its leading-order
 * flow θ' = −∇E/(1−β) and its first-order modified flow
 * θ' = −(1/(1−β))∇[E + h(1+β)/(4(1−β)²)‖∇E‖²]; h² and h³. Momentum is a two-step method whose
 * iterates follow a flow only once the start-up transient (decaying like βⁿ) has died out, so the
 * <em>local</em> error is measured with no transient: the step starts from θ_{−1} = φ_{−h}(θ₀) and θ₀,
 * two consecutive points of the flow being tested, and θ₁ is compared with φ_h(θ₀).</li>
 * </ul>
 * Flows are integrated at {@link FlowTolerances#REFERENCE}.
 */
public final class BackwardError {

    /** The flows gradient descent is compared with, in drawing order. */
    private static final Method[] GD_FLOWS = {Method.EXACT, Method.MODIFIED, Method.MODIFIED2};
    private static final int[] GD_SLOPES = {2, 3, 4};
    /** The flows momentum is compared with. */
    private static final Method[] MOMENTUM_FLOWS = {Method.MOMENTUM_FLOW, Method.MOMENTUM_MODIFIED};
    private static final int[] MOMENTUM_SLOPES = {2, 3};

    private BackwardError() {
    }

    /**
     * @param loss   E
     * @param theta0 start. Not modified.
     * @param h      learning rate
     * @return ‖θ₁ − φ_h(θ₀)‖ for the exact, first- and second-order modified flows, θ₁ one GD step
     */
    public static double[] gdOneStep(ThirdOrderLoss loss, double[] theta0, double h) {
        Trajectory gd = GradientDescent.run(loss, theta0, h, 1, RunLimits.DEFAULT);
        FlowTolerances tol = FlowTolerances.REFERENCE;
        Trajectory ex = Flows.integrate(Method.EXACT, VectorFields.gradientFlow(loss), loss, theta0, h, 1,
                RunLimits.DEFAULT, tol);
        Trajectory m1 = Flows.integrate(Method.MODIFIED, VectorFields.modifiedFlow(loss, h), loss, theta0, h, 1,
                RunLimits.DEFAULT, tol);
        Trajectory m2 = Flows.integrate(Method.MODIFIED2, VectorFields.secondOrderModifiedFlow(loss, h), loss,
                theta0, h, 1, RunLimits.DEFAULT, tol);
        return new double[] {gd.distanceTo(ex, 1), gd.distanceTo(m1, 1), gd.distanceTo(m2, 1)};
    }

    /** @return GD's one-step study over {@code hs}: curves exact (2), modified (3), modified2 (4) */
    public static ErrorStudy gd(ThirdOrderLoss loss, double[] theta0, double[] hs) {
        ErrorStudy.Builder b = new ErrorStudy.Builder(GD_FLOWS, GD_SLOPES);
        for (double h : hs) {
            b.add(h, gdOneStep(loss, theta0, h));
        }
        return b.build();
    }

    /**
     * @param loss   E
     * @param theta0 θ₀. Not modified.
     * @param h      learning rate
     * @param beta   momentum
     * @return the local errors against the leading-order and the modified momentum flows
     */
    public static double[] momentumOneStep(DifferentiableLoss loss, double[] theta0, double h, double beta) {
        return new double[] {
            localError(loss, VectorFields.momentumFlow(loss, beta), theta0, h, beta),
            localError(loss, VectorFields.momentumModifiedFlow(loss, h, beta), theta0, h, beta)};
    }

    /** @return momentum's one-step study: curves momentum-flow (2), momentum-modified (3) */
    public static ErrorStudy momentum(DifferentiableLoss loss, double[] theta0, double[] hs, double beta) {
        ErrorStudy.Builder b = new ErrorStudy.Builder(MOMENTUM_FLOWS, MOMENTUM_SLOPES);
        for (double h : hs) {
            b.add(h, momentumOneStep(loss, theta0, h, beta));
        }
        return b.build();
    }

    /** @return ‖θ₁ − φ_h(θ₀)‖ where θ₁ is one momentum step from θ_{−1} = φ_{−h}(θ₀) and θ₀ */
    static double localError(DifferentiableLoss loss, VectorField field, double[] theta0, double h, double beta) {
        FlowTolerances tol = FlowTolerances.REFERENCE;
        Trajectory back = Flows.integrate(Method.MOMENTUM_MODIFIED, VectorFields.scaled(field, -1.0), loss, theta0,
                h, 1, RunLimits.DEFAULT, tol);
        Trajectory forward = Flows.integrate(Method.MOMENTUM_MODIFIED, field, loss, theta0, h, 1, RunLimits.DEFAULT,
                tol);
        Trajectory step = HeavyBall.run(loss, back.theta(1), theta0, h, beta, 1, RunLimits.DEFAULT);
        return step.distanceTo(forward, 1);
    }

    /**
     * The start-up transient made explicit: momentum started at rest (θ_{−1} = θ₀) lags behind a flow
     * started at θ₀ by about βh∇E(θ₀)/(1−β)² in position (the sum of the velocity deficits
     * h|∇E|βⁿ/(1−β)), an O(h) offset that persists after the transient has decayed. A flow started at
     * this shifted point is the one the at-rest iterates shadow.
     *
     * @return θ₀ + βh∇E(θ₀)/(1−β)²
     */
    public static double[] momentumShadowStart(DifferentiableLoss loss, double[] theta0, double h, double beta) {
        double[] g = new double[theta0.length];
        loss.gradient(theta0, g);
        double q = 1.0 - beta;
        double c = beta * h / (q * q);
        double[] out = theta0.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += c * g[i];
        }
        return out;
    }
}
