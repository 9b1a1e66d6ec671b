package org.igrexplorer.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.igrexplorer.core.session.Preset;
import org.igrexplorer.core.session.SessionFiles;
import org.igrexplorer.core.session.SessionLoadResult;
import org.igrexplorer.core.session.SessionManager;
import org.igrexplorer.core.session.SessionState;

/**
 * What the File and Presets menus do, without any JavaFX type, so it is testable with same-thread
 * executors. File work runs on {@code io}; the window's state is read and changed only on {@code ui}
 * (the FX thread in the application).
 *
 * <p>The window supplies two functions: {@code capture} returns its current state as a
 * {@link SessionState}, {@code apply} sets its controls, camera and panels from one. A failed open
 * never calls {@code apply}.
 */
public final class SessionActions {

    private final SessionManager manager;
    private final Supplier<SessionState> capture;
    private final Consumer<SessionState> apply;
    private final Executor io;
    private final Executor ui;
    private final Consumer<String> errors;
    private final Function<SessionState, List<String>> fits;
    private volatile Consumer<Path> onOpened = p -> { };
    private volatile Consumer<Path> onSaved = p -> { };
    private volatile Consumer<String> onNotice = msg -> { };

    /** As the full constructor, for a window that can show every valid state. */
    public SessionActions(SessionManager manager, Supplier<SessionState> capture, Consumer<SessionState> apply,
                          Executor io, Executor ui, Consumer<String> errors) {
        this(manager, capture, apply, s -> List.of(), io, ui, errors);
    }

    /**
     * @param manager holds the current session and the recent files
     * @param capture the window's current state (called on {@code ui})
     * @param apply   sets the window from a state (called on {@code ui})
     * @param fits    why the window cannot show a state (e.g. values beyond its input ranges); empty
     *                if it can. A state that does not fit is not applied at all.
     * @param io      runs file reads and writes (a background executor)
     * @param ui      runs on the UI thread ({@code Platform::runLater})
     * @param errors  shows a message to the user (called on {@code ui})
     */
    public SessionActions(SessionManager manager, Supplier<SessionState> capture, Consumer<SessionState> apply,
                          Function<SessionState, List<String>> fits, Executor io, Executor ui,
                          Consumer<String> errors) {
        this.fits = Objects.requireNonNull(fits);
        this.manager = Objects.requireNonNull(manager);
        this.capture = Objects.requireNonNull(capture);
        this.apply = Objects.requireNonNull(apply);
        this.io = Objects.requireNonNull(io);
        this.ui = Objects.requireNonNull(ui);
        this.errors = Objects.requireNonNull(errors);
    }

    /** Reads {@code file} in the background; on success applies it to the window, else shows why. */
    public void open(Path file) {
        io.execute(() -> {
            SessionLoadResult r = SessionFiles.load(file);
            if (!r.isOk() && !Files.exists(file)) {
                manager.recentFiles().remove(file);
            }
            ui.execute(() -> {
                if (!r.isOk()) {
                    errors.accept("Cannot open the session. " + r.error().orElseThrow());
                    return;
                }
                SessionState s = r.state().orElseThrow();
                List<String> problems = fits.apply(s);
                if (!problems.isEmpty()) {
                    errors.accept("Cannot open the session " + file.getFileName() + " in this window: "
                            + String.join("; ", problems) + ". Nothing was changed.");
                    return;
                }
                manager.accept(r);
                apply.accept(s);
                onOpened.accept(file);
                onNotice.accept("Opened " + file.getFileName());
                io.execute(() -> manager.recentFiles().add(file));
            });
        });
    }

    /** Captures the window's state (call on the UI thread) and saves it atomically in the background. */
    public void save(Path file) {
        SessionState s = capture.get();
        manager.set(s);
        io.execute(() -> {
            try {
                SessionFiles.save(file, s);
                manager.recentFiles().add(file);
                String time = java.time.LocalTime.now().withNano(0).toString();
                ui.execute(() -> {
                    onSaved.accept(file);
                    onNotice.accept("Saved " + file.getFileName() + " at " + time);
                });
            } catch (IOException | RuntimeException e) {
                String msg = "Cannot save the session to " + file + ": " + e.getMessage()
                        + ". The previous file, if any, is unchanged.";
                ui.execute(() -> errors.accept(msg));
            }
        });
    }

    /** @param listener told (on the UI thread) which file was opened and applied successfully */
    public void setOnOpened(Consumer<Path> listener) {
        onOpened = Objects.requireNonNull(listener);
    }

    /** @param listener told (on the UI thread) which file was written successfully */
    public void setOnSaved(Consumer<Path> listener) {
        onSaved = Objects.requireNonNull(listener);
    }

    /** @param listener told (on the UI thread) a one-line account of what happened, for a status line */
    public void setOnNotice(Consumer<String> listener) {
        onNotice = Objects.requireNonNull(listener);
    }

    /** Applies a preset to the window (call on the UI thread). */
    public void applyPreset(Preset preset) {
        List<String> problems = fits.apply(preset.state());
        if (!problems.isEmpty()) {
            errors.accept("Cannot apply the preset " + preset.name() + ": " + String.join("; ", problems));
            return;
        }
        manager.apply(preset);
        apply.accept(preset.state());
        onNotice.accept("Preset " + preset.label() + ": " + preset.explanation());
    }

    /** @return the recent session files, newest first */
    public List<Path> recentFiles() {
        return manager.recentFiles().list();
    }

    /** Empties the recent files list. */
    public void clearRecentFiles() {
        io.execute(() -> manager.recentFiles().clear());
    }

    /** @return the session manager */
    public SessionManager manager() {
        return manager;
    }
}
