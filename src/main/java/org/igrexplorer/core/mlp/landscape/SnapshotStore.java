package org.igrexplorer.core.mlp.landscape;

import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.mlp.MlpMetrics;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.ParamVector;
import org.igrexplorer.core.mlp.RunControl;
import org.igrexplorer.core.mlp.RunSummary;

/**
 * Parameter snapshots of one run, every {@code stride} steps, in bounded memory: at most
 * {@code capacity} snapshots on the stride plus the latest one. When the stride snapshots would
 * exceed the capacity, every other one is dropped and the stride doubles, so a run of any length
 * keeps between capacity/2 and capacity evenly spaced snapshots (step 0 always among them) plus its
 * last step. Memory: at most {@link #maxBytes()} = (capacity + 1) × parameters × 4 bytes (e.g.
 * 201 × 101,770 × 4 B ≈ 82 MB for 784-128-10 at the default capacity 200).
 *
 * <p>Thread-safe: the training thread offers, any thread may take a {@link #snapshots()} copy
 * (the float arrays are shared, never modified).
 */
public final class SnapshotStore {

    /** Default bound on the stride snapshots (the "at most 200 snapshots"). */
    public static final int DEFAULT_CAPACITY = 200;

    private final int parameters;
    private final int capacity;
    private long stride;
    private final List<Snapshot> kept = new ArrayList<>();
    /** The newest snapshot when it is not on the stride (else null). */
    private Snapshot latest;

    /**
     * @param parameters length of every snapshot
     * @param capacity at most this many stride snapshots (at least 4)
     * @param every initial stride in steps (at least 1)
     */
    public SnapshotStore(int parameters, int capacity, long every) {
        if (parameters < 1) {
            throw new IllegalArgumentException("parameters must be positive");
        }
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be at least 4 snapshots");
        }
        if (every < 1) {
            throw new IllegalArgumentException("the snapshot period must be at least 1 step");
        }
        this.parameters = parameters;
        this.capacity = capacity;
        this.stride = every;
    }

    /**
     * @param budgetBytes memory the store may use
     * @return the capacity (at most {@link #DEFAULT_CAPACITY}, at least 4) whose bound fits the budget
     *     for this many parameters when possible
     */
    public static int capacityFor(int parameters, long budgetBytes) {
        long fit = budgetBytes / (4L * parameters) - 1;
        return (int) Math.max(4, Math.min(DEFAULT_CAPACITY, fit));
    }

    /**
     * @return the smallest period whose snapshots 0, k, 2k, … of a run of {@code totalSteps} steps
     *     fit {@code capacity} without thinning
     */
    public static long periodFor(long totalSteps, int capacity) {
        return Math.max(1, -Math.floorDiv(-totalSteps, capacity - 1));
    }

    /** @return whether a snapshot at {@code step} would be kept on the stride */
    public synchronized boolean wants(long step) {
        return step % stride == 0;
    }

    /**
     * Offers the parameters after {@code step} steps (steps must not decrease). Copies θ when it
     * falls on the stride; otherwise only when {@code last} (the run's final step).
     *
     * @param theta Not modified.
     */
    public void offer(long step, ParamVector theta, boolean last) {
        if (theta.size() != parameters) {
            throw new IllegalArgumentException("expected " + parameters + " parameters, got " + theta.size());
        }
        if (!last && !wants(step)) {
            return;
        }
        add(new Snapshot(step, theta.toArray()));
    }

    /** Adds a snapshot (its array is kept, not copied; steps must not decrease). */
    public synchronized void add(Snapshot s) {
        if (s.theta().length != parameters) {
            throw new IllegalArgumentException("expected " + parameters + " parameters, got " + s.theta().length);
        }
        long newest = latest != null ? latest.step() : kept.isEmpty() ? -1 : kept.get(kept.size() - 1).step();
        if (s.step() < newest) {
            throw new IllegalArgumentException("snapshot steps must not decrease: " + s.step() + " after " + newest);
        }
        if (s.step() == newest) {
            // the same step again (e.g. the last step also on the stride): keep one copy
            if (latest != null) {
                latest = s;
            } else {
                kept.set(kept.size() - 1, s);
            }
            return;
        }
        latest = null;
        if (s.step() % stride != 0) {
            latest = s;
            return;
        }
        kept.add(s);
        while (kept.size() > capacity) {
            stride *= 2;
            kept.removeIf(k -> k.step() % stride != 0);
        }
    }

    /** @return the snapshots in step order, the latest last (an immutable copy; arrays shared) */
    public synchronized List<Snapshot> snapshots() {
        List<Snapshot> all = new ArrayList<>(kept);
        if (latest != null) {
            all.add(latest);
        }
        return List.copyOf(all);
    }

    public synchronized int size() {
        return kept.size() + (latest != null ? 1 : 0);
    }

    /** @return the current stride in steps (doubles as the run grows) */
    public synchronized long stride() {
        return stride;
    }

    public int capacity() {
        return capacity;
    }

    public int parameters() {
        return parameters;
    }

    /** @return bytes held by the snapshots' parameters now */
    public synchronized long bytes() {
        return 4L * parameters * size();
    }

    /** @return the bound on {@link #bytes()}: (capacity + 1) × parameters × 4 */
    public long maxBytes() {
        return 4L * parameters * (capacity + 1);
    }

    /**
     * Runs {@code trainer} to its end, recording θ at step 0, after every step on the stride and at
     * the last step (also when the run stops early: diverged or cancelled).
     *
     * @param listener may be null; called as by {@link MlpTrainer#run}
     * @param control may be null
     */
    public RunSummary record(MlpTrainer trainer, MlpTrainer.Listener listener, RunControl control) {
        offer(trainer.step(), trainer.parameters(), true);
        RunSummary summary = trainer.run(new MlpTrainer.Listener() {
            @Override
            public void onMetrics(MlpMetrics metrics) {
                if (listener != null) {
                    listener.onMetrics(metrics);
                }
            }

            @Override
            public void onStep(long step, long totalSteps) {
                offer(step, trainer.parameters(), false);
                if (listener != null) {
                    listener.onStep(step, totalSteps);
                }
            }
        }, control);
        offer(trainer.step(), trainer.parameters(), true);
        return summary;
    }
}
