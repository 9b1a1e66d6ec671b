package org.igrexplorer.ui.mlp;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A single-slot mailbox: writers replace the value, the reader takes the newest one (or null if
 * nothing new arrived since the last take). Thread-safe, never blocks, never queues.
 */
public final class LatestValue<T> {

    private final AtomicReference<T> slot = new AtomicReference<>();

    /** Replaces whatever is waiting. */
    public void post(T value) {
        slot.set(value);
    }

    /** @return the newest value since the last take, or null */
    public T take() {
        return slot.getAndSet(null);
    }
}
