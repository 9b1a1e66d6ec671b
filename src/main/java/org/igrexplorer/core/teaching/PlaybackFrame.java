package org.igrexplorer.core.teaching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;

/**
 * What playback highlights at step n: each method's point at step n (time n·h). A trajectory that
 * ended before n (it diverged, converged and stopped, or left the box) contributes its last point and
 * is flagged as ended, so views can show it greyed rather than vanish.
 *
 * @param step   n
 * @param t      n·h
 * @param points θ at step n (or the last point) for each method
 * @param ended  the methods whose trajectory ended before step n
 */
public record PlaybackFrame(int step, double t, Map<Method, double[]> points, Map<Method, Boolean> ended) {

    public PlaybackFrame {
        Map<Method, double[]> copy = new EnumMap<>(Method.class);
        points.forEach((m, p) -> copy.put(m, p.clone()));
        points = Collections.unmodifiableMap(copy);
        Map<Method, Boolean> endedCopy = new EnumMap<>(Method.class);
        endedCopy.putAll(ended);
        ended = Collections.unmodifiableMap(endedCopy);
    }

    /**
     * @param trajectories trajectories by method (all with the same h)
     * @param step         n ≥ 0
     * @param h            the step size, for t = n·h
     * @return the frame at step n
     */
    public static PlaybackFrame at(Map<Method, Trajectory> trajectories, int step, double h) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be ≥ 0, got " + step);
        }
        Map<Method, double[]> points = new EnumMap<>(Method.class);
        Map<Method, Boolean> ended = new EnumMap<>(Method.class);
        for (Map.Entry<Method, Trajectory> e : trajectories.entrySet()) {
            Trajectory tr = e.getValue();
            int n = Math.min(step, tr.lastStep());
            points.put(e.getKey(), tr.theta(n));
            ended.put(e.getKey(), step > tr.lastStep());
        }
        return new PlaybackFrame(step, step * h, points, ended);
    }

    /** @return θ of {@code method} at this frame, if it was computed */
    public Optional<double[]> point(Method method) {
        double[] p = points.get(method);
        return p == null ? Optional.empty() : Optional.of(p.clone());
    }

    /** @return whether {@code method}'s trajectory ended before this step */
    public boolean hasEnded(Method method) {
        return ended.getOrDefault(method, Boolean.FALSE);
    }

    /**
     * @return ‖θ_a − θ_b‖ at this frame, or NaN if either is missing (the line playback draws from GD to
     *         the modified-flow point)
     */
    public double distance(Method a, Method b) {
        double[] p = points.get(a);
        double[] q = points.get(b);
        if (p == null || q == null) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - q[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
