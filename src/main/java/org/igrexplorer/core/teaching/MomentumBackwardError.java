package org.igrexplorer.core.teaching;

import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Flows;
import org.igrexplorer.core.dynamics.HeavyBall;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.VectorField;
import org.igrexplorer.core.dynamics.VectorFields;
import org.igrexplorer.core.experiment.Statistics;
import org.igrexplorer.core.loss.DifferentiableLoss;

/**
 * How closely heavy-ball momentum θ_{n+1} = θ_n − h∇E(θ_n) + β(θ_n − θ_{n−1}) follows its flows:
 * the leading-order flow θ' = −∇E/(1−β) and the first-order modified flow
 * θ' = −(1/(1−β))∇[E + h(1+β)/(4(1−β)²)‖∇E‖²].
 * <p>
 * Momentum is a two-step method: its iterates follow a flow only once the start-up transient (the
 * parasitic mode, which decays like βⁿ) has died out. The <em>local</em> error is therefore measured
 * with no transient at all: the step starts from θ_{−1} = φ_{−h}(θ₀) and θ₀, two consecutive points of
 * the flow being tested, and θ₁ is compared with φ_h(θ₀). That error is O(h²) for the leading-order
 * flow and O(h³) for the modified flow, as GD's one-step error against the exact and modified flows.
 */
public final class MomentumBackwardError {

    private MomentumBackwardError() {
    }

    /**
     * @param h        learning rate
     * @param flow     ‖θ₁ − φ_h(θ₀)‖ for the leading-order flow, started on that flow
     * @param modified the same for the first-order modified flow
     */
    public record OneStep(double h, double flow, double modified) {
    }

    /**
     * @param flow     fitted log–log slope for the leading-order flow (expected 2)
     * @param modified fitted slope for the modified flow (expected 3)
     */
    public record Slopes(double flow, double modified) {
    }

    /**
     * @param loss   E
     * @param theta0 θ₀. Not modified.
     * @param h      learning rate
     * @param beta   momentum
     * @return the local errors against both flows, integrated at {@link FlowTolerances#REFERENCE}
     */
    public static OneStep oneStep(DifferentiableLoss loss, double[] theta0, double h, double beta) {
        return new OneStep(h,
                localError(loss, VectorFields.momentumFlow(loss, beta), theta0, h, beta),
                localError(loss, VectorFields.momentumModifiedFlow(loss, h, beta), theta0, h, beta));
    }

    /** @return one-step errors for each h */
    public static OneStep[] study(DifferentiableLoss loss, double[] theta0, double[] hs, double beta) {
        OneStep[] out = new OneStep[hs.length];
        for (int i = 0; i < hs.length; i++) {
            out[i] = oneStep(loss, theta0, hs[i], beta);
        }
        return out;
    }

    /** @return fitted log–log slopes of a study */
    public static Slopes slopes(OneStep[] study) {
        double[] hs = new double[study.length];
        double[] e0 = new double[study.length];
        double[] e1 = new double[study.length];
        for (int i = 0; i < study.length; i++) {
            hs[i] = study[i].h();
            e0[i] = study[i].flow();
            e1[i] = study[i].modified();
        }
        return new Slopes(Statistics.logLogSlope(hs, e0), Statistics.logLogSlope(hs, e1));
    }

    /**
     * @return ‖θ₁ − φ_h(θ₀)‖ where θ₁ is one momentum step from θ_{−1} = φ_{−h}(θ₀) and θ₀
     */
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
     * this shifted point, θ₀ + βh∇E(θ₀)/(1−β)², is the one the at-rest iterates shadow.
     *
     * @param loss   E
     * @param theta0 θ₀. Not modified.
     * @param h      learning rate
     * @param beta   momentum
     * @return θ₀ + βh∇E(θ₀)/(1−β)²
     */
    public static double[] shadowStart(DifferentiableLoss loss, double[] theta0, double h, double beta) {
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
