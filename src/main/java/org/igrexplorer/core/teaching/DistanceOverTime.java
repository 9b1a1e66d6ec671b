package org.igrexplorer.core.teaching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;

/**
 * ‖GD_n − flow(n·h)‖ over the steps for each flow: the paper's flows are measured from
 * {@link Method#GD}, the momentum flows from {@link Method#MOMENTUM}.
 */
public final class DistanceOverTime {

    private DistanceOverTime() {
    }

    /**
     * @param flow      the flow
     * @param reference the discrete method it is compared with
     * @param t         times n·h
     * @param distance  ‖reference_n − flow_n‖, for n up to the shorter of the two trajectories
     */
    public record Series(Method flow, Method reference, double[] t, double[] distance) {
        public Series {
            t = t.clone();
            distance = distance.clone();
        }

        @Override
        public double[] t() {
            return t.clone();
        }

        @Override
        public double[] distance() {
            return distance.clone();
        }

        /** @return the number of points */
        public int size() {
            return t.length;
        }

        /** @return the distance at point n */
        public double distance(int n) {
            return distance[n];
        }
    }

    /** @return the discrete method a flow is compared with */
    public static Method referenceOf(Method flow) {
        if (flow == Method.SGD_MODIFIED) {
            return Method.SGD_MEAN;
        }
        return Method.MOMENTUM_METHODS.contains(flow) ? Method.MOMENTUM : Method.GD;
    }

    /**
     * @param trajectories trajectories by method; flows without their discrete reference are skipped
     * @return one series per flow, in the order of {@link Method}
     */
    public static List<Series> compute(Map<Method, Trajectory> trajectories) {
        List<Series> out = new ArrayList<>();
        for (Method m : Method.values()) {
            Trajectory flow = trajectories.get(m);
            if (m.discrete() || flow == null) {
                continue;
            }
            Method refMethod = referenceOf(m);
            Trajectory ref = trajectories.get(refMethod);
            if (ref == null) {
                continue;
            }
            int n = Math.min(ref.size(), flow.size());
            double[] t = new double[n];
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = ref.t(i);
                d[i] = ref.distanceTo(flow, i);
            }
            out.add(new Series(m, refMethod, t, d));
        }
        return Collections.unmodifiableList(out);
    }
}
