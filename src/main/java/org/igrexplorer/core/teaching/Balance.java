package org.igrexplorer.core.teaching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.ConservedQuantity;
import org.igrexplorer.core.loss.Landscape;

/**
 * A quantity the exact flow conserves, along trajectories: on the paper's model the balance
 * D = a² − b² (d/dt (a² − b²) = 2a(bxr) − 2b(axr) = 0; one gradient-descent step multiplies it by
 * 1 − h²x²r², which is why large steps shrink |a² − b²| and pull GD toward the balanced, flattest
 * minimum); on other landscapes whatever {@link Landscape#conservedQuantity()} they know. Landscapes
 * without one have no balance panel.
 */
public final class Balance {

    private Balance() {
    }

    /**
     * @param method the trajectory's method
     * @param t      times n·h
     * @param d      the quantity at each point
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

        /** @return the quantity at point n */
        public double d(int n) {
            return d[n];
        }
    }

    /** @return the quantity along a trajectory */
    public static Series of(Trajectory trajectory, ConservedQuantity q) {
        int n = trajectory.size();
        double[] t = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = trajectory.t(i);
            d[i] = q.at(trajectory.a(i), trajectory.b(i));
        }
        return new Series(trajectory.method(), t, d);
    }

    /** @return the quantity along each trajectory, in the order of {@link Method} */
    public static List<Series> compute(Map<Method, Trajectory> trajectories, ConservedQuantity q) {
        List<Series> out = new ArrayList<>();
        for (Method m : Method.values()) {
            Trajectory tr = trajectories.get(m);
            if (tr != null) {
                out.add(of(tr, q));
            }
        }
        return Collections.unmodifiableList(out);
    }
}
