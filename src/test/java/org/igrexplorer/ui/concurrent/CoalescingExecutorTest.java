package org.igrexplorer.ui.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescingExecutorTest {

    /** An executor that runs queued tasks only when the test says so. */
    private static final class ManualExecutor implements java.util.concurrent.Executor {
        final Deque<Runnable> tasks = new ArrayDeque<>();
        int submitted;

        @Override
        public void execute(Runnable r) {
            submitted++;
            tasks.add(r);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @Test
    void requestsSubmittedWhileOneWaitsAreDroppedAndOnlyTheNewestRuns() {
        ManualExecutor bg = new ManualExecutor();
        List<Integer> ran = new ArrayList<>();
        List<Integer> delivered = new ArrayList<>();
        CoalescingExecutor ex = new CoalescingExecutor(bg, Runnable::run);
        for (int i = 0; i < 10; i++) {
            int k = i;
            ex.submit(() -> {
                ran.add(k);
                return k;
            }, delivered::add, e -> { });
        }
        bg.runAll();
        assertEquals(List.of(9), ran, "only the newest request computes");
        assertEquals(List.of(9), delivered);
        assertEquals(9, ex.droppedCount());
        assertTrue(ex.isIdle());
    }

    @Test
    void aRequestArrivingDuringARunIsRunAfterItAndIntermediateOnesAreDropped() {
        ManualExecutor bg = new ManualExecutor();
        List<Integer> ran = new ArrayList<>();
        List<Integer> delivered = new ArrayList<>();
        CoalescingExecutor ex = new CoalescingExecutor(bg, Runnable::run);
        ex.submit(() -> {
            ran.add(0);
            // while job 0 runs, three newer requests arrive
            for (int k = 1; k <= 3; k++) {
                int kk = k;
                ex.submit(() -> {
                    ran.add(kk);
                    return kk;
                }, delivered::add, e -> { });
            }
            return 0;
        }, delivered::add, e -> { });
        bg.runAll();
        assertEquals(List.of(0, 3), ran);
        assertEquals(List.of(0, 3), delivered);
        assertEquals(1, bg.submitted, "one drain task served all jobs");
    }

    @Test
    void aResultOlderThanOneAlreadyDeliveredIsDropped() {
        ManualExecutor bg = new ManualExecutor();
        ManualExecutor ui = new ManualExecutor();
        List<Integer> delivered = new ArrayList<>();
        CoalescingExecutor ex = new CoalescingExecutor(bg, ui);
        ex.submit(() -> 1, delivered::add, e -> { });
        bg.runAll();
        ex.submit(() -> 2, delivered::add, e -> { });
        bg.runAll();
        // deliver in reverse order: the newer result first
        Runnable first = ui.tasks.pollFirst();
        Runnable second = ui.tasks.pollFirst();
        second.run();
        first.run();
        assertEquals(List.of(2), delivered, "the stale result must not overwrite the newer one");
    }

    @Test
    void failuresReachTheErrorHandlerAndTheExecutorKeepsWorking() {
        List<String> errors = new ArrayList<>();
        List<Integer> delivered = new ArrayList<>();
        CoalescingExecutor ex = new CoalescingExecutor(Runnable::run, Runnable::run);
        ex.submit(() -> {
            throw new IllegalStateException("boom");
        }, v -> { }, e -> errors.add(e.getMessage()));
        ex.submit(() -> 5, delivered::add, e -> { });
        assertEquals(List.of("boom"), errors);
        assertEquals(List.of(5), delivered);
    }

    @Test
    void underRealThreadsTheLastRequestIsAlwaysDeliveredAndFewerRunThanAreSubmitted() throws Exception {
        ExecutorService bg = Executors.newSingleThreadExecutor();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try {
            CoalescingExecutor ex = new CoalescingExecutor(bg, ui);
            AtomicInteger last = new AtomicInteger(-1);
            CountDownLatch done = new CountDownLatch(1);
            final int n = 200;
            for (int i = 0; i < n; i++) {
                int k = i;
                ex.submit(() -> {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return k;
                }, v -> {
                    assertTrue(v > last.get(), "results arrive in increasing order");
                    last.set(v);
                    if (v == n - 1) {
                        done.countDown();
                    }
                }, e -> { });
            }
            assertTrue(done.await(10, TimeUnit.SECONDS), "the newest request is delivered");
            assertTrue(ex.executedCount() < n, "stale requests were dropped, not queued: ran " + ex.executedCount());
        } finally {
            bg.shutdownNow();
            ui.shutdownNow();
        }
    }

    @Test
    void requestsAfterTheBackgroundExecutorShutDownAreDroppedQuietly() throws Exception {
        ExecutorService bg = Executors.newSingleThreadExecutor();
        CoalescingExecutor ex = new CoalescingExecutor(bg, Runnable::run);
        bg.shutdown();
        assertTrue(bg.awaitTermination(5, TimeUnit.SECONDS));
        AtomicInteger results = new AtomicInteger();
        ex.submit(() -> 1, r -> results.incrementAndGet(), e -> results.addAndGet(100));
        ex.submit(() -> 2, r -> results.incrementAndGet(), e -> results.addAndGet(100));
        assertEquals(0, results.get(), "nothing runs and no error is reported");
        assertEquals(2, ex.droppedCount());
        assertTrue(ex.isIdle(), "the executor is not left waiting for a drain that never comes");
    }
}
