package org.igrexplorer.ui.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs jobs on a background executor with "newest request wins": at most one job runs at a time,
 * at most one waits, and a job submitted while another waits replaces it (the replaced one is
 * dropped, never run). Results are handed to the UI executor, and a result older than one already
 * delivered is dropped too, so the view never steps back to stale data. Intermediate results still
 * arrive while requests keep coming (a drag shows progress rather than freezing until release).
 *
 * <p>Thread-safe. Inject {@code Runnable::run} for both executors to run everything on the
 * caller's thread (tests, headless rendering).
 */
public final class CoalescingExecutor {

    private record Job<T>(long id, Supplier<T> work, Consumer<? super T> onResult,
                          Consumer<? super Throwable> onError) {
    }

    private final Executor background;
    private final Executor ui;
    private final AtomicReference<Job<?>> pending = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong nextId = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong(-1);
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong executed = new AtomicLong();

    /**
     * @param background where jobs compute
     * @param ui         where results are delivered (the FX thread in the application)
     */
    public CoalescingExecutor(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /**
     * Requests a computation; replaces any request that has not started yet.
     *
     * @param work     the computation (runs on the background executor; must not touch the scene graph)
     * @param onResult receives the result on the UI executor, unless a newer result was delivered first
     * @param onError  receives a failure on the UI executor
     */
    public <T> void submit(Supplier<T> work, Consumer<? super T> onResult, Consumer<? super Throwable> onError) {
        Job<T> job = new Job<>(nextId.getAndIncrement(), work, onResult, onError);
        if (pending.getAndSet(job) != null) {
            dropped.incrementAndGet();
        }
        if (draining.compareAndSet(false, true)) {
            try {
                background.execute(this::drain);
            } catch (RejectedExecutionException closing) {
                // the background executor is shut down (the window is closing): the request can only
                // be dropped, and a late layout pass on the FX thread must not fail because of it
                pending.set(null);
                draining.set(false);
                dropped.incrementAndGet();
            }
        }
    }

    private void drain() {
        while (true) {
            Job<?> job = pending.getAndSet(null);
            if (job == null) {
                draining.set(false);
                // a submit may have slipped in between the empty poll and the flag reset
                if (pending.get() != null && draining.compareAndSet(false, true)) {
                    continue;
                }
                return;
            }
            run(job);
        }
    }

    private <T> void run(Job<T> job) {
        executed.incrementAndGet();
        T result;
        try {
            result = job.work().get();
        } catch (RuntimeException | Error e) {
            ui.execute(() -> job.onError().accept(e));
            return;
        }
        ui.execute(() -> {
            if (delivered.getAndAccumulate(job.id(), Math::max) < job.id()) {
                job.onResult().accept(result);
            } else {
                dropped.incrementAndGet();
            }
        });
    }

    /** @return requests replaced before they ran, plus results dropped as stale */
    public long droppedCount() {
        return dropped.get();
    }

    /** @return jobs that ran */
    public long executedCount() {
        return executed.get();
    }

    /** @return whether no job is running or waiting */
    public boolean isIdle() {
        return !draining.get() && pending.get() == null;
    }
}
