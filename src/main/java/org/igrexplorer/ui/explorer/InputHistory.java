package org.igrexplorer.ui.explorer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of the user's inputs (the explorer's parameters, the landscape, and any property
 * {@linkplain #track tracked} here, such as momentum β). Each change is recorded by the state it
 * replaced; undoing restores that state and keeps the state it left for redo. The history is bounded
 * ({@link #limit()} steps, the oldest dropped first). Everything that changes between the start and the
 * end of a gesture (a mouse press to its release: dragging the start handle, a slider) is one step.
 * A new change after an undo clears the redo steps. Needs no FX toolkit; not thread-safe (the FX
 * thread in the application).
 */
public final class InputHistory {

    /** Steps kept when none is given. */
    public static final int DEFAULT_LIMIT = 100;

    /** One recorded change: the state before it, able to put it back. */
    public interface Change {

        /** @return what the change is about, to merge the steps of one gesture (e.g. the view-model) */
        Object source();

        /**
         * @param fromSaved whether the change goes from the saved state to the current one (an undo
         *                  step) rather than from the current state to the saved one (a redo step)
         * @return what changes between the saved state and the current one, e.g. "h 0.05 → 0.1"
         */
        String describe(boolean fromSaved);

        /**
         * Puts the saved state back.
         *
         * @return the change that would put back the state it replaced
         */
        Change restore();
    }

    private final int limit;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private boolean restoring;
    private boolean inGesture;
    /** The step opened by the current gesture (merges that gesture's later changes of the same source). */
    private Change gestureStep;

    public InputHistory() {
        this(DEFAULT_LIMIT);
    }

    /** @param limit the most steps kept (≥ 1) */
    public InputHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    /** @return the most steps kept */
    public int limit() {
        return limit;
    }

    /**
     * Records a change that has just happened. Ignored while an undo or redo is putting a state back,
     * and merged into the gesture's step when the current gesture already changed the same source.
     *
     * @param before the change, holding the state before it
     */
    public void record(Change before) {
        Objects.requireNonNull(before);
        if (restoring) {
            return;
        }
        if (inGesture && gestureStep != null && gestureStep == undo.peekFirst()
                && Objects.equals(gestureStep.source(), before.source())) {
            return;
        }
        undo.push(before);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        if (inGesture) {
            gestureStep = before;
        }
        update();
    }

    /**
     * Records every change of {@code property} (momentum β, a data set…), named {@code name} in the menu.
     *
     * @param format how a value is shown, e.g. "0.30"
     */
    public <T> void track(Property<T> property, String name, Function<? super T, String> format) {
        property.addListener((o, was, is) -> record(new ValueChange<>(property, name, format, was)));
    }

    private record ValueChange<T>(Property<T> property, String name, Function<? super T, String> format, T saved)
            implements Change {

        @Override
        public Object source() {
            return property;
        }

        @Override
        public String describe(boolean fromSaved) {
            String s = format.apply(saved);
            String c = format.apply(property.getValue());
            return name + " " + (fromSaved ? s + " → " + c : c + " → " + s);
        }

        @Override
        public Change restore() {
            ValueChange<T> back = new ValueChange<>(property, name, format, property.getValue());
            property.setValue(saved);
            return back;
        }
    }

    /** A gesture starts (a mouse button goes down): its changes become one step. */
    public void beginGesture() {
        inGesture = true;
        gestureStep = null;
    }

    /** The gesture ends (the last mouse button comes up). */
    public void endGesture() {
        inGesture = false;
        gestureStep = null;
    }

    /** Puts back the state before the last change; nothing when there is none. */
    public void undo() {
        move(undo, redo);
    }

    /** Puts back the state the last undo left; nothing when there is none. */
    public void redo() {
        move(redo, undo);
    }

    private void move(Deque<Change> from, Deque<Change> to) {
        Change c = from.poll();
        if (c == null) {
            return;
        }
        gestureStep = null;
        restoring = true;
        try {
            to.push(c.restore());
        } finally {
            restoring = false;
            update();
        }
    }

    /** @return "Undo h 0.05 → 0.1" for the step {@link #undo()} would take back, "Undo" when there is none */
    public String undoLabel() {
        Change c = undo.peekFirst();
        return c == null ? "Undo" : "Undo " + c.describe(true);
    }

    /** @return "Redo h 0.05 → 0.1" for the step {@link #redo()} would take again, "Redo" when there is none */
    public String redoLabel() {
        Change c = redo.peekFirst();
        return c == null ? "Redo" : "Redo " + c.describe(false);
    }

    /** @return the steps that can be undone now */
    public int undoSize() {
        return undo.size();
    }

    /** @return the steps that can be redone now */
    public int redoSize() {
        return redo.size();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
