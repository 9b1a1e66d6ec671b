package org.igrexplorer.ui.explorer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The commit contract of a typed input, without the FX toolkit: an entry is accepted (the error clears and the
 * field shows the new value as the input writes it) or rejected (the error says why, the field keeps showing the
 * rejected text, the last valid value stays); reverting drops the rejected entry and shows the kept value again.
 * {@link TypedText} binds a text field to it. Subclasses hold the value and decide what an entry means.
 */
public abstract class TypedInput {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * Accepts typed text.
     *
     * @return whether the entry was accepted; if not, the value stays and {@link #errorProperty()} says why
     */
    public abstract boolean commitText(String raw);

    /** @return the kept value as the field shows it */
    protected abstract String shownValue();

    /** @return the text the field should show: the kept value, or the rejected text while in error */
    public final ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** @return why the last entry was rejected, empty when it was accepted */
    public final ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public final boolean hasError() {
        return !error.get().isEmpty();
    }

    /** Drops a pending error and shows the kept value again. */
    public final void revertText() {
        accepted();
    }

    /** Clears the error and shows the kept value: call after the subclass has stored a new value. */
    protected final void accepted() {
        error.set("");
        text.set(shownValue());
    }

    /**
     * Marks {@code raw} as rejected: the field keeps showing it and the error reads {@code message}.
     *
     * @return false, for {@code return reject(…)} in {@link #commitText}
     */
    protected final boolean reject(String raw, String message) {
        error.set(message);
        text.set(raw == null ? "" : raw);
        return false;
    }
}
