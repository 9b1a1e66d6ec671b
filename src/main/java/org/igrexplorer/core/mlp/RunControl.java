package org.igrexplorer.core.mlp;

import java.util.concurrent.CancellationException;

/**
 * Pause, resume and cancel for a running job, checked by the job between steps (a few
 * milliseconds apart), so a cancel frees the worker thread quickly. Thread-safe.
 */
public final class RunControl {

    private boolean paused;
    private volatile boolean cancelled;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /**
     * Blocks while paused.
     *
     * @throws CancellationException once cancelled, or when the thread is interrupted
     */
    public void checkpoint() {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
        synchronized (this) {
            while (paused && !cancelled) {
                try {
                    wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
            }
        }
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
