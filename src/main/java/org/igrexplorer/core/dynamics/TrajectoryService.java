package org.igrexplorer.core.dynamics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.igrexplorer.core.loss.Landscape;

/** Computes the trajectories of a run on its landscape for a set of methods. Stateless. */
public final class TrajectoryService {

    private TrajectoryService() {
    }

    /**
     * @return one trajectory of {@code method} for {@code p}, without momentum (β = 0: the momentum
     *         methods then coincide with GD, the exact and the modified flow)
     */
    public static Trajectory compute(Method method, RunParameters p, RunLimits limits, FlowTolerances tol) {
        return compute(method, p, 0.0, limits, tol);
    }

    /**
     * @param beta heavy-ball momentum β for {@link Method#MOMENTUM} and its flows (ignored by the others)
     * @return one trajectory of {@code method} for {@code p}
     * @throws IllegalArgumentException for a method that needs a data set ({@link Method#needsData()})
     */
    public static Trajectory compute(Method method, RunParameters p, double beta, RunLimits limits,
                                     FlowTolerances tol) {
        return compute(method, p.landscape(), p.run(), beta, limits, tol);
    }

    /**
     * @param model the landscape (any, e.g. a data set's loss)
     * @param run   start, h, µ and steps
     * @param beta  heavy-ball momentum β for {@link Method#MOMENTUM} and its flows (ignored by the others)
     * @return one trajectory of {@code method} on {@code model}
     * @throws IllegalArgumentException for a method that needs a data set ({@link Method#needsData()})
     */
    public static Trajectory compute(Method method, Landscape model, RunSettings run, double beta, RunLimits limits,
                                     FlowTolerances tol) {
        double[] start = run.start();
        double h = run.h();
        int steps = run.steps();
        return switch (method) {
            case GD -> GradientDescent.run(model, start, h, steps, limits);
            case EXACT -> Flows.integrate(method, VectorFields.gradientFlow(model), model, start, h, steps, limits, tol);
            case MODIFIED -> Flows.integrate(method, VectorFields.modifiedFlow(model, h), model, start, h, steps,
                    limits, tol);
            case MODIFIED2 -> Flows.integrate(method, VectorFields.secondOrderModifiedFlow(model, h), model, start, h,
                    steps, limits, tol);
            case EGR -> Flows.integrate(method, VectorFields.egrFlow(model, run.mu()), model, start, h, steps, limits,
                    tol);
            case MOMENTUM -> HeavyBall.run(model, start, h, beta, steps, limits);
            case MOMENTUM_FLOW -> Flows.integrate(method, VectorFields.momentumFlow(model, beta), model, start, h,
                    steps, limits, tol);
            case MOMENTUM_MODIFIED -> Flows.integrate(method, VectorFields.momentumModifiedFlow(model, h, beta), model,
                    start, h, steps, limits, tol);
            case SGD, SGD_MEAN, SGD_MODIFIED -> throw new IllegalArgumentException("the method " + method.id()
                    + " needs a data set and a batch size (points and batch)");
        };
    }

    /**
     * @return the trajectories of {@code methods} for {@code p}, in the order of {@link Method}
     */
    public static Map<Method, Trajectory> computeAll(Set<Method> methods, RunParameters p, RunLimits limits,
                                                     FlowTolerances tol) {
        return computeAll(methods, p, 0.0, limits, tol);
    }

    /**
     * @param beta heavy-ball momentum for the momentum methods
     * @return the trajectories of {@code methods} for {@code p}, in the order of {@link Method}; the methods that need
     *         a data set ({@link Method#needsData()}) are left out: org.igrexplorer.core.sgd.SgdTrajectories computes
     *         them with every other method on the data set's loss
     */
    public static Map<Method, Trajectory> computeAll(Set<Method> methods, RunParameters p, double beta,
                                                     RunLimits limits, FlowTolerances tol) {
        Map<Method, Trajectory> out = new EnumMap<>(Method.class);
        for (Method m : Method.values()) {
            if (methods.contains(m) && !m.needsData()) {
                out.put(m, compute(m, p, beta, limits, tol));
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
