package org.igrexplorer.core.teaching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.TwoParameterModel;

/**
 * The balance D = a² − b² of the two-parameter model along trajectories. The exact flow conserves it
 * (d/dt (a² − b²) = 2a(bxr) − 2b(axr) = 0); one gradient-descent step multiplies it by 1 − h²x²r²
 * (r = y − abx at the point the step starts from), which is why large steps shrink |a² − b²| and
 * pull GD toward the balanced, flattest minimum.
 */
public final class Balance {

    private Balance() {
    }

    /**
     * @param method the trajectory's method
     * @param t      times n·h
     * @param d      a_n² − b_n²
     */
    public record Series(Method method, double[] t, double[] d) {
        public Series {
            t = t.clone();
            d = d.clone();
        }

        @Override
        public double[] t() {
            return t.clone();
        }

        @Override
        public double[] d() {
            return d.clone();
        }

        /** @return the number of points */
        public int size() {
            return d.length;
        }

        /** @return D at point n */
        public double d(int n) {
            return d[n];
        }
    }

    /** @return D = a² − b² */
    public static double of(double a, double b) {
        return a * a - b * b;
    }

    /**
     * @return the factor 1 − h²x²r(a, b)² by which one GD step from (a, b) multiplies D
     */
    public static double gdMultiplier(TwoParameterModel model, double h, double a, double b) {
        double r = model.residual(a, b);
        return 1.0 - h * h * model.x() * model.x() * r * r;
    }

    /** @return D along a trajectory */
    public static Series of(Trajectory trajectory) {
        int n = trajectory.size();
        double[] t = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = trajectory.t(i);
            d[i] = of(trajectory.a(i), trajectory.b(i));
        }
        return new Series(trajectory.method(), t, d);
    }

    /** @return D along each trajectory, in the order of {@link Method} */
    public static List<Series> compute(Map<Method, Trajectory> trajectories) {
        List<Series> out = new ArrayList<>();
        for (Method m : Method.values()) {
            Trajectory tr = trajectories.get(m);
            if (tr != null) {
                out.add(of(tr));
            }
        }
        return Collections.unmodifiableList(out);
    }
}
