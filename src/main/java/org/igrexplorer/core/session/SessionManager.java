package org.igrexplorer.core.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Holds the current session state and carries out open, save and preset actions on it. A failed
 * open leaves the current state exactly as it was. Listeners are called on the thread that changed
 * the state; a UI listener must hand the state over to its own thread. Thread-safe.
 */
public final class SessionManager {

    private final AtomicReference<SessionState> current;
    private final RecentFiles recent;
    private final List<Consumer<SessionState>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param initial the state to start from
     * @param recent  the recent files list to update on open and save
     */
    public SessionManager(SessionState initial, RecentFiles recent) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
        this.recent = Objects.requireNonNull(recent);
    }

    /** @return the current state */
    public SessionState current() {
        return current.get();
    }

    /** @return the recent files list */
    public RecentFiles recentFiles() {
        return recent;
    }

    /** Replaces the current state (e.g. after the user moved a slider) and notifies the listeners. */
    public void set(SessionState state) {
        SessionState old = current.getAndSet(Objects.requireNonNull(state));
        if (!old.equals(state)) {
            listeners.forEach(l -> l.accept(state));
        }
    }

    /** Applies a preset's state. */
    public void apply(Preset preset) {
        set(preset.state());
    }

    /**
     * Reads {@code file}; on success makes it the current state and puts it first in the recent
     * files. On failure nothing changes (a file that no longer exists leaves the recent list).
     *
     * @return the outcome, with a message on failure
     */
    public SessionLoadResult open(Path file) {
        SessionLoadResult r = accept(SessionFiles.load(file));
        if (r.isOk()) {
            recent.add(file);
        } else if (!Files.exists(file)) {
            recent.remove(file);
        }
        return r;
    }

    /**
     * Applies the outcome of reading a session (from a file, the clipboard, a drop): a success
     * becomes the current state, a failure changes nothing.
     *
     * @return {@code r}
     */
    public SessionLoadResult accept(SessionLoadResult r) {
        r.state().ifPresent(this::set);
        return r;
    }

    /**
     * Saves the current state atomically and puts the file first in the recent files.
     *
     * @throws IOException if the file cannot be written; the previous file is then intact
     */
    public void save(Path file) throws IOException {
        SessionFiles.save(file, current());
        recent.add(file);
    }

    /** @param listener called with the new state after each change */
    public void addListener(Consumer<SessionState> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<SessionState> listener) {
        listeners.remove(listener);
    }
}
