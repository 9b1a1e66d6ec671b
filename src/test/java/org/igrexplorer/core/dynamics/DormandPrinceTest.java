package org.igrexplorer.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DormandPrince} against Hipparchus' DormandPrince54Integrator, whose arithmetic it repeats: every accepted
 * step (its times, the state and derivatives at its ends, the dense output at five points with its derivative)
 * and the count of evaluations are the same numbers to the last bit, on the flows the program integrates and on a
 * stiff one; the evaluation budget and the least step end both at the same point.
 */
class DormandPrinceTest {

    /** Fractions of a step where the dense output is compared (both halves: Hipparchus interpolates from either end). */
    private static final double[] THETAS = {0.0, 0.13, 0.5, 0.77, 1.0};

    private static VectorField field(String flow, Landscape l, double h) {
        return switch (flow) {
            case "exact" -> VectorFields.gradientFlow(l);
            case "modified" -> VectorFields.modifiedFlow(l, h);
            case "modified2" -> VectorFields.secondOrderModifiedFlow(l, h);
            case "momentum" -> VectorFields.momentumModifiedFlow(l, h, 0.5);
            default -> throw new IllegalArgumentException(flow);
        };
    }

    private static Landscape landscape(String name) {
        return switch (name) {
            case "paper" -> LandscapeSpec.PAPER.landscape();
            case "rosenbrock" -> LandscapeSpec.typed("(1-a)^2 + 100*(b-a^2)^2", Map.of()).landscape();
            case "stiff" -> LandscapeSpec.builtin("quadratic", Map.of("kappa", 1e4)).landscape();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** What Hipparchus reports of each accepted step, and the evaluations. */
    private static List<double[]> hipparchus(VectorField f, double[] y0, double h, double tEnd, double tol,
                                             int maxEvaluations, int[] evaluations) {
        List<double[]> steps = new ArrayList<>();
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(Flows.MIN_STEP_FRACTION * h, h, tol, tol);
        integrator.setMaxEvaluations(maxEvaluations);
        integrator.addStepHandler(interpolator -> {
            List<Double> row = new ArrayList<>();
            ODEStateAndDerivative s0 = interpolator.getPreviousState();
            ODEStateAndDerivative s1 = interpolator.getCurrentState();
            row.add(s0.getTime());
            row.add(s1.getTime());
            add(row, s1.getPrimaryState());
            add(row, s0.getPrimaryDerivative());
            add(row, s1.getPrimaryDerivative());
            for (double th : THETAS) {
                ODEStateAndDerivative s = at(interpolator, s0.getTime() + th * (s1.getTime() - s0.getTime()));
                row.add(s.getTime());
                add(row, s.getPrimaryState());
                add(row, s.getPrimaryDerivative());
            }
            steps.add(row.stream().mapToDouble(Double::doubleValue).toArray());
        });
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return f.dimension();
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] out = new double[y.length];
                f.evaluate(y, out);
                return out;
            }
        };
        try {
            integrator.integrate(ode, new ODEState(0.0, y0.clone()), tEnd);
        } finally {
            evaluations[0] = integrator.getEvaluations();
        }
        return steps;
    }

    private static ODEStateAndDerivative at(ODEStateInterpolator interpolator, double t) {
        return interpolator.getInterpolatedState(t);
    }

    private static List<double[]> ours(VectorField f, double[] y0, double h, double tEnd, double tol,
                                       int maxEvaluations, int[] evaluations) {
        List<double[]> steps = new ArrayList<>();
        DormandPrince integrator = new DormandPrince(f.dimension(), Flows.MIN_STEP_FRACTION * h, h, tol, tol,
                maxEvaluations);
        try {
            integrator.integrate((t, y, out) -> f.evaluate(y, out), y0, tEnd, step -> {
                List<Double> row = new ArrayList<>();
                row.add(step.stepStart());
                row.add(step.stepEnd());
                add(row, step.endState());
                add(row, step.startDerivative());
                add(row, step.endDerivative());
                for (double th : THETAS) {
                    double[] s = step.interpolate(step.stepStart() + th * (step.stepEnd() - step.stepStart()));
                    row.add(step.interpolatedTime());
                    add(row, s);
                    add(row, step.interpolatedDerivative());
                }
                steps.add(row.stream().mapToDouble(Double::doubleValue).toArray());
            });
        } finally {
            evaluations[0] = integrator.evaluations();
        }
        return steps;
    }

    private static void add(List<Double> row, double[] v) {
        for (double x : v) {
            row.add(x);
        }
    }

    private static void assertSameSteps(List<double[]> expected, List<double[]> actual) {
        assertEquals(expected.size(), actual.size(), "accepted steps");
        for (int i = 0; i < expected.size(); i++) {
            double[] e = expected.get(i);
            double[] a = actual.get(i);
            assertEquals(e.length, a.length);
            for (int j = 0; j < e.length; j++) {
                // bit for bit (assertEquals on doubles without a tolerance compares the bits)
                assertEquals(e[j], a[j], "step " + i + ", value " + j);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "paper, exact, 2.8, 3.5, 0.05, 400, 1e-12",
        "paper, modified, 2.8, 3.5, 0.3, 40, 1e-12",
        "paper, modified2, -1.7, 2.2, 0.01, 300, 1e-12",
        "paper, momentum, 0.4, -3.1, 0.05, 200, 1e-8",
        "rosenbrock, exact, -1.2, 1.0, 3e-4, 400, 1e-12",
        "rosenbrock, modified, -1.2, 1.0, 1e-3, 100, 1e-10",
        "stiff, exact, 1.0, 1.0, 1e-3, 50, 1e-12",
        "stiff, modified, 0.5, -0.2, 1e-4, 7, 1e-12"})
    void everyStepAndItsDenseOutputAreHipparchusNumbers(String loss, String flow, double a0, double b0, double h,
                                                        int steps, double tol) {
        Landscape l = landscape(loss);
        VectorField f = field(flow, l, h);
        double[] y0 = {a0, b0};
        int[] theirs = new int[1];
        int[] mine = new int[1];
        List<double[]> expected = hipparchus(f, y0, h, steps * h, tol, 1_000_000, theirs);
        List<double[]> actual = ours(f, y0, h, steps * h, tol, 1_000_000, mine);
        assertTrue(expected.size() >= steps, "at least a step per sample: " + expected.size());
        assertSameSteps(expected, actual);
        assertEquals(theirs[0], mine[0], "evaluations");
    }

    @Test
    void theEvaluationBudgetEndsTheIntegrationAfterTheSameSteps() {
        VectorField f = VectorFields.gradientFlow(landscape("rosenbrock"));
        double[] y0 = {-1.2, 1.0};
        int[] theirs = new int[1];
        int[] mine = new int[1];
        List<double[]> expected = new ArrayList<>();
        List<double[]> actual = new ArrayList<>();
        assertThrows(MathIllegalStateException.class, () -> expected.addAll(hipparchusSteps(f, y0, theirs)));
        DormandPrince.IntegrationFailure e = assertThrows(DormandPrince.IntegrationFailure.class,
                () -> actual.addAll(oursSteps(f, y0, mine)));
        assertEquals(DormandPrince.Failure.EVALUATIONS, e.failure());
        assertEquals(500, theirs[0]);
        assertEquals(500, mine[0]);
    }

    private static List<double[]> hipparchusSteps(VectorField f, double[] y0, int[] evaluations) {
        return hipparchus(f, y0, 1e-3, 1000 * 1e-3, 1e-12, 500, evaluations);
    }

    private static List<double[]> oursSteps(VectorField f, double[] y0, int[] evaluations) {
        return ours(f, y0, 1e-3, 1000 * 1e-3, 1e-12, 500, evaluations);
    }

    @Test
    void aStepBelowTheLeastOneEndsBoth() {
        // κ = 1e4: steps must stay below about 3.3e-4 to be stable, but the least step is 1e-12·h = 1e-3
        VectorField f = VectorFields.gradientFlow(landscape("stiff"));
        double[] y0 = {1.0, 1.0};
        double h = 1e9;
        assertThrows(MathIllegalArgumentException.class, () -> hipparchus(f, y0, h, 5 * h, 1e-12, 1_000_000,
                new int[1]));
        DormandPrince.IntegrationFailure e = assertThrows(DormandPrince.IntegrationFailure.class,
                () -> ours(f, y0, h, 5 * h, 1e-12, 1_000_000, new int[1]));
        assertEquals(DormandPrince.Failure.STEP_TOO_SMALL, e.failure());
    }
}
