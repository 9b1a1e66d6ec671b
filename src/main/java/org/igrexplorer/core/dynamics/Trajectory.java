package org.igrexplorer.core.dynamics;

import java.util.Arrays;
import org.igrexplorer.core.loss.LossRange;

/**
 * An immutable trajectory of any method: point n is the state at step n, time t = n·h, with its
 * parameters θ, the loss E(θ) and R_IG(θ) of the base loss. It ends with a status; no stored value
 * is ever NaN or infinite (a run that diverges stops at its last finite point).
 * <p>
 * Its <em>path</em> is what a view draws: for a flow the points n plus points of the integrator's dense
 * output between them where the flow turns ({@link Flows}), so that a curve is smooth however far apart
 * the points n lie; for the discrete methods the points themselves. Point n is path point
 * {@link #pathIndex(int) pathIndex(n)}; exports and the command line use the points n only.
 */
public final class Trajectory {

    private final Method method;
    private final double h;
    private final int dimension;
    private final double[] theta;
    private final double[] loss;
    private final double[] rIg;
    private final TrajectoryStatus status;
    private final int statusStep;
    private final String message;
    /** Flattened path points, or null when the path is the points n themselves. */
    private final double[] path;
    /** Path index of each point n (non-decreasing), or null with {@link #path}. */
    private final int[] pathIndex;

    /**
     * @param method     how it was made
     * @param h          step size (time between points)
     * @param dimension  m
     * @param theta      flattened states, point n at [n·m, (n+1)·m). Copied.
     * @param loss       E at each point. Copied.
     * @param rIg        R_IG at each point. Copied.
     * @param status     how the run ended
     * @param statusStep step at which the status was reached (first converged point, the step that
     *                   diverged or left the domain, or the last step)
     * @param message    a human-readable explanation of the status
     * @param path       flattened points of the drawn path (see the class comment), m per point, the points n
     *                   among them. Copied. {@code null}: the path is the points n.
     * @param pathIndex  the index in {@code path} of each point n: starts at 0, never decreases, ends at the
     *                   last path point. Copied. {@code null} exactly when {@code path} is.
     */
    public Trajectory(Method method, double h, int dimension, double[] theta, double[] loss, double[] rIg,
                      TrajectoryStatus status, int statusStep, String message, double[] path, int[] pathIndex) {
        if (theta.length != loss.length * dimension || rIg.length != loss.length || loss.length == 0) {
            throw new IllegalArgumentException("inconsistent trajectory arrays");
        }
        if ((path == null) != (pathIndex == null)) {
            throw new IllegalArgumentException("a path needs its index and an index its path");
        }
        if (path != null) {
            checkPath(path, pathIndex, loss.length, dimension);
        }
        this.path = path == null ? null : path.clone();
        this.pathIndex = pathIndex == null ? null : pathIndex.clone();
        this.method = method;
        this.h = h;
        this.dimension = dimension;
        this.theta = theta.clone();
        this.loss = loss.clone();
        this.rIg = rIg.clone();
        this.status = status;
        this.statusStep = statusStep;
        this.message = message;
    }

    private static void checkPath(double[] path, int[] index, int size, int dimension) {
        if (path.length % dimension != 0 || index.length != size || index[0] != 0
                || index[size - 1] != path.length / dimension - 1) {
            throw new IllegalArgumentException("inconsistent trajectory path");
        }
        for (int n = 1; n < size; n++) {
            if (index[n] < index[n - 1]) {
                throw new IllegalArgumentException("the path index decreases at point " + n);
            }
        }
    }

    public Method method() {
        return method;
    }

    /** @return the step size h: point n is at time n·h */
    public double h() {
        return h;
    }

    public int dimension() {
        return dimension;
    }

    /** @return the number of points (steps + 1 when the run went to its end) */
    public int size() {
        return loss.length;
    }

    /** @return the index of the last point */
    public int lastStep() {
        return loss.length - 1;
    }

    /** @return time of point n, n·h */
    public double t(int n) {
        return n * h;
    }

    /** @return parameter i of point n */
    public double theta(int n, int i) {
        return theta[n * dimension + i];
    }

    /** @return a copy of θ at point n */
    public double[] theta(int n) {
        return Arrays.copyOfRange(theta, n * dimension, (n + 1) * dimension);
    }

    /** @return a (first parameter) at point n */
    public double a(int n) {
        return theta[n * dimension];
    }

    /** @return b (second parameter) at point n */
    public double b(int n) {
        return theta[n * dimension + 1];
    }

    /** @return E at point n */
    public double loss(int n) {
        return loss[n];
    }

    /** @return R_IG at point n */
    public double rIg(int n) {
        return rIg[n];
    }

    public TrajectoryStatus status() {
        return status;
    }

    /** @return the step at which {@link #status()} was reached */
    public int statusStep() {
        return statusStep;
    }

    /** @return a human-readable explanation, e.g. "diverged at step 3: ‖θ‖ = 2.1e8 > 1e8" */
    public String message() {
        return message;
    }

    /**
     * @param around the loss sampled around the run
     * @return {@link #message()}, or {@link LossRange#STAYS_AT_START} when that loss is flat and the run
     *         stopped at its start (rather than "converged at step 0", which suggests a minimum was found)
     */
    public String message(LossRange around) {
        return around.flat() && status == TrajectoryStatus.CONVERGED && statusStep == 0 ? LossRange.STAYS_AT_START
                : message;
    }

    /** @return Euclidean distance between θ at point n of this and of {@code other} */
    public double distanceTo(Trajectory other, int n) {
        double s = 0;
        for (int i = 0; i < dimension; i++) {
            double d = theta(n, i) - other.theta(n, i);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** @return the number of points of the path (at least {@link #size()} less repeated points) */
    public int pathSize() {
        return path == null ? loss.length : path.length / dimension;
    }

    /** @return parameter i of path point k */
    public double pathTheta(int k, int i) {
        return path == null ? theta[k * dimension + i] : path[k * dimension + i];
    }

    /** @return a (first parameter) of path point k */
    public double pathA(int k) {
        return pathTheta(k, 0);
    }

    /** @return b (second parameter) of path point k */
    public double pathB(int k) {
        return pathTheta(k, 1);
    }

    /** @return the index of point n in the path: the path up to point n is path points 0 … pathIndex(n) */
    public int pathIndex(int n) {
        return pathIndex == null ? n : pathIndex[n];
    }

    /**
     * @param step the last point kept
     * @return points 0 … min(step, last) of this trajectory with their path, and its status (for a curve drawn
     *         as it grows)
     */
    public Trajectory upTo(int step) {
        int n = Math.min(step, lastStep()) + 1;
        if (n == size()) {
            return this;
        }
        int m = dimension;
        double[] p = null;
        int[] index = null;
        if (path != null) {
            p = Arrays.copyOf(path, (pathIndex[n - 1] + 1) * m);
            index = Arrays.copyOf(pathIndex, n);
        }
        return new Trajectory(method, h, m, Arrays.copyOf(theta, n * m), Arrays.copyOf(loss, n),
                Arrays.copyOf(rIg, n), status, statusStep, message, p, index);
    }

    @Override
    public String toString() {
        return method.id() + ": " + message + " (" + size() + " points)";
    }
}
