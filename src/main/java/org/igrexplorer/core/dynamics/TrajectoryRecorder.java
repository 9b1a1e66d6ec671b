package org.igrexplorer.core.dynamics;

import java.util.Arrays;
import java.util.Locale;
import org.igrexplorer.core.Numbers;
import org.igrexplorer.core.loss.DifferentiableLoss;

/**
 * Collects the points of one run and decides its status: the one status decision of the program,
 * the same for every method. A non-finite state or ‖θ‖ beyond the bound is divergence (the point is
 * not stored; a start whose loss is finite but whose driving field overflows is stored and diverges
 * at step 0), leaving the domain box ends the run (the point is stored). Where the driving field has
 * stayed within tolerance up to the last point the run ended at a stationary point, which the Hessian
 * of E classifies: at a minimum it has converged ({@link TrajectoryStatus#RICOCHET} when the minimum lies
 * on another branch of the minima than the start, {@link DifferentiableLoss#minimaBranch}), elsewhere
 * it stopped at a saddle. Owned by one job; not thread-safe.
 */
public final class TrajectoryRecorder {

    private final Method method;
    private final double h;
    private final int m;
    private final DifferentiableLoss loss;
    private final VectorField field;
    private final RunLimits limits;

    private double[] theta;
    private double[] lossValues;
    private double[] rIgValues;
    private int size;
    private final double[] lastField;
    private int convergedSince = -1;
    private boolean atMinimum;
    private int startBranch;
    private TrajectoryStatus stopStatus;
    private int stopStep;
    private String stopMessage;
    /** The dense path (see {@link Trajectory}), made at the first {@link #between} point; null until then. */
    private double[] path;
    private int pathSize;
    private int[] pathIndex;

    /**
     * @param method        the label of the trajectory
     * @param h             the time between points
     * @param loss          E, whose value and R_IG are recorded at each point
     * @param field         the field whose size decides convergence (−∇E for a descent)
     * @param limits        divergence, convergence and domain rules
     * @param expectedSteps the steps expected (sizes the first allocation)
     */
    public TrajectoryRecorder(Method method, double h, DifferentiableLoss loss, VectorField field, RunLimits limits,
                              int expectedSteps) {
        this.method = method;
        this.h = h;
        this.m = loss.dimension();
        this.loss = loss;
        this.field = field;
        this.limits = limits;
        int capacity = Math.max(2, Math.min(expectedSteps + 1, 1 << 20));
        this.theta = new double[capacity * m];
        this.lossValues = new double[capacity];
        this.rIgValues = new double[capacity];
        this.lastField = new double[m];
    }

    /** @return the number of stored points; the next accepted point gets this step index */
    public int size() {
        return size;
    }

    /** @return the driving field at the last stored point. Not to be modified by callers. */
    double[] lastField() {
        return lastField;
    }

    /**
     * Offers the start point, the first state of every run (GD, momentum, the flows, SGD).
     *
     * @param start θ_0. Not modified.
     * @return whether the run may go on past the start
     * @throws IllegalArgumentException if the start itself is unusable (non-finite or beyond the bound)
     */
    public boolean acceptStart(double[] start) {
        if (accept(start)) {
            return true;
        }
        if (size == 0) {
            try {
                finish();
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return false;
    }

    /**
     * Offers the state of the next step.
     *
     * @param state θ. Not modified.
     * @return whether the run may go on
     */
    public boolean accept(double[] state) {
        int n = size;
        double norm2 = 0;
        for (double v : state) {
            if (!Double.isFinite(v)) {
                return stop(TrajectoryStatus.DIVERGED, n, "diverged at step " + n + ": θ became non-finite");
            }
            norm2 += v * v;
        }
        double norm = Math.sqrt(norm2);
        if (norm > limits.divergenceBound()) {
            return stop(TrajectoryStatus.DIVERGED, n, String.format(Locale.ROOT,
                    "diverged at step %d: ‖θ‖ = %.3g exceeds the bound %.3g", n, norm, limits.divergenceBound()));
        }
        double e = loss.value(state);
        double r = loss.rIg(state);
        field.evaluate(state, lastField);
        double fieldNorm2 = 0;
        for (double v : lastField) {
            fieldNorm2 += v * v;
        }
        if (!Double.isFinite(e) || !Double.isFinite(r)) {
            return stop(TrajectoryStatus.DIVERGED, n, "diverged at step " + n + ": the loss or its gradient overflowed"
                    + (n == 0 ? String.format(Locale.ROOT, " at the start θ₀ = %s", Arrays.toString(state)) : ""));
        }
        if (!Double.isFinite(fieldNorm2)) {
            if (n == 0) {
                // the loss is fine at the start but this method's field is not (e.g. a huge h): a status, not a refusal
                store(state, e, r);
                startBranch = loss.minimaBranch(state);
            }
            return stop(TrajectoryStatus.DIVERGED, n, String.format(Locale.ROOT,
                    "diverged at step %d (t = %s): the method's vector field overflowed", n, Numbers.significant(n * h, 4)));
        }
        store(state, e, r);
        if (n == 0) {
            startBranch = loss.minimaBranch(state);
        }
        if (limits.domain() != null && !limits.domain().contains(state)) {
            return stop(TrajectoryStatus.LEFT_DOMAIN, n, String.format(Locale.ROOT,
                    "left the domain at step %d (t = %s)", n, Numbers.significant(n * h, 4)));
        }
        if (Math.sqrt(fieldNorm2) <= limits.convergenceTolerance()) {
            if (convergedSince < 0) {
                convergedSince = n;
                atMinimum = StationaryPoints.isMinimum(loss, state);
            }
            if (limits.stopOnConvergence()) {
                return false;
            }
        } else {
            convergedSince = -1;
        }
        return true;
    }

    /**
     * @return whether the run has settled at a minimum: the field is within tolerance there, so the
     *         rest of the run stays within ‖f‖/λ of it (λ the Hessian's curvature across the valley)
     */
    boolean settledAtMinimum() {
        return convergedSince >= 0 && atMinimum;
    }

    /**
     * Repeats the last point up to step {@code lastStep} (a flow {@linkplain #settledAtMinimum settled}
     * at a minimum stays there; no integrator effort is spent on it).
     */
    void holdTo(int lastStep) {
        int last = size - 1;
        double[] state = Arrays.copyOfRange(theta, last * m, size * m);
        double e = lossValues[last];
        double r = rIgValues[last];
        while (size <= lastStep) {
            store(state, e, r, false);
        }
    }

    /**
     * Adds a point of the run between the last stored point and the next one to its path (a flow's dense
     * output where it turns); points after the last stored point are dropped when the run ends there.
     *
     * @param state θ. Not modified; ignored unless finite.
     */
    void between(double[] state) {
        if (stopStatus != null || size == 0) {
            return;
        }
        for (double v : state) {
            if (!Double.isFinite(v)) {
                return;
            }
        }
        if (path == null) {
            path = Arrays.copyOf(theta, Math.max(2 * size, 16) * m);
            pathIndex = new int[lossValues.length];
            for (int n = 0; n < size; n++) {
                pathIndex[n] = n;
            }
            pathSize = size;
        }
        appendPath(state);
    }

    private void appendPath(double[] state) {
        if ((pathSize + 1) * m > path.length) {
            path = Arrays.copyOf(path, path.length * 2);
        }
        System.arraycopy(state, 0, path, pathSize * m, m);
        pathSize++;
    }

    /**
     * Ends the run with a status reached outside {@link #accept} (for example the integrator
     * running out of evaluations).
     */
    public void fail(TrajectoryStatus status, String message) {
        stop(status, Math.max(0, size - 1), message);
    }

    private boolean stop(TrajectoryStatus status, int step, String message) {
        if (stopStatus == null) {
            stopStatus = status;
            stopStep = step;
            stopMessage = message;
        }
        return false;
    }

    private void store(double[] state, double e, double r) {
        store(state, e, r, true);
    }

    /** @param moved whether the point is new on the path (false: a repeat of the last point) */
    private void store(double[] state, double e, double r, boolean moved) {
        if (size == lossValues.length) {
            int cap = lossValues.length * 2;
            theta = Arrays.copyOf(theta, cap * m);
            lossValues = Arrays.copyOf(lossValues, cap);
            rIgValues = Arrays.copyOf(rIgValues, cap);
            if (pathIndex != null) {
                pathIndex = Arrays.copyOf(pathIndex, cap);
            }
        }
        if (path != null) {
            if (moved) {
                appendPath(state);
            }
            pathIndex[size] = pathSize - 1;
        }
        System.arraycopy(state, 0, theta, size * m, m);
        lossValues[size] = e;
        rIgValues[size] = r;
        size++;
    }

    private double[] theta(int n) {
        return Arrays.copyOfRange(theta, n * m, (n + 1) * m);
    }

    /** @return the finished, immutable trajectory */
    public Trajectory finish() {
        if (size == 0) {
            throw new IllegalStateException("the start point was rejected: " + stopMessage);
        }
        TrajectoryStatus status;
        int step;
        String message;
        int last = size - 1;
        if (stopStatus != null) {
            status = stopStatus;
            step = stopStep;
            message = stopMessage;
        } else if (convergedSince >= 0 && atMinimum) {
            step = convergedSince;
            if (loss.minimaBranch(theta(last)) != startBranch) {
                status = TrajectoryStatus.RICOCHET;
                message = String.format(Locale.ROOT, "ricocheted to the other branch: converged there at step %d "
                        + "(t = %s)", step, Numbers.significant(step * h, 4));
            } else {
                status = TrajectoryStatus.CONVERGED;
                message = String.format(Locale.ROOT, "converged at step %d (t = %s)", step, Numbers.significant(step * h, 4));
            }
        } else if (convergedSince >= 0) {
            status = TrajectoryStatus.SADDLE;
            step = convergedSince;
            message = String.format(Locale.ROOT, "stopped at a saddle point at step %d (t = %s): the gradient "
                    + "vanishes but E = %s is not a minimum there", step, Numbers.significant(step * h, 4),
                    Numbers.significant(lossValues[last], 3));
        } else {
            status = TrajectoryStatus.STEP_LIMIT;
            step = last;
            message = String.format(Locale.ROOT, "reached the step limit at step %d (t = %s) without converging",
                    step, Numbers.significant(step * h, 4));
        }
        double[] p = path == null ? null : Arrays.copyOf(path, (pathIndex[last] + 1) * m);
        int[] index = path == null ? null : Arrays.copyOf(pathIndex, size);
        return new Trajectory(method, h, m, Arrays.copyOf(theta, size * m), Arrays.copyOf(lossValues, size),
                Arrays.copyOf(rIgValues, size), status, step, message, p, index);
    }
}
