package org.igrexplorer.core.session;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a session: either a complete, valid state or a message that says why the
 * file cannot be used. Reading never applies part of a file.
 */
public final class SessionLoadResult {

    private final SessionState state;
    private final String error;

    private SessionLoadResult(SessionState state, String error) {
        this.state = state;
        this.error = error;
    }

    /** @return a success holding {@code state} */
    public static SessionLoadResult ok(SessionState state) {
        return new SessionLoadResult(Objects.requireNonNull(state), null);
    }

    /** @return a failure with a message for the user */
    public static SessionLoadResult failure(String message) {
        return new SessionLoadResult(null, Objects.requireNonNull(message));
    }

    /** @return whether the file was read completely */
    public boolean isOk() {
        return state != null;
    }

    /** @return the state, if the file was read completely */
    public Optional<SessionState> state() {
        return Optional.ofNullable(state);
    }

    /** @return the message, if the file could not be used */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return isOk() ? "loaded " + state : "failed: " + error;
    }
}
