package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;

/** The undo history on a tracked property, with no FX toolkit. */
class InputHistoryTest {

    private static InputHistory tracking(DoubleProperty p, int limit) {
        InputHistory h = new InputHistory(limit);
        h.track(p, "β", v -> String.format(Locale.ROOT, "%.2f", v.doubleValue()));
        return h;
    }

    @Test
    void undoAndRedoWalkThroughTheValuesAndNameTheStep() {
        DoubleProperty beta = new SimpleDoubleProperty(0);
        InputHistory h = tracking(beta, InputHistory.DEFAULT_LIMIT);
        assertFalse(h.canUndoProperty().get());
        assertEquals("Undo", h.undoLabel());
        beta.set(0.3);
        beta.set(0.5);
        assertTrue(h.canUndoProperty().get());
        assertEquals("Undo β 0.30 → 0.50", h.undoLabel());
        h.undo();
        assertEquals(0.3, beta.get(), 0);
        assertEquals("Redo β 0.30 → 0.50", h.redoLabel());
        assertEquals("Undo β 0.00 → 0.30", h.undoLabel());
        h.undo();
        assertEquals(0, beta.get(), 0);
        assertFalse(h.canUndoProperty().get());
        h.undo(); // nothing left: no change
        assertEquals(0, beta.get(), 0);
        assertEquals(2, h.redoSize());
        h.redo();
        h.redo();
        assertEquals(0.5, beta.get(), 0);
        assertFalse(h.canRedoProperty().get());
        assertEquals(2, h.undoSize(), "undo and redo themselves are not recorded as steps");
    }

    @Test
    void aNewChangeAfterAnUndoDropsTheRedoSteps() {
        DoubleProperty beta = new SimpleDoubleProperty(0);
        InputHistory h = tracking(beta, InputHistory.DEFAULT_LIMIT);
        beta.set(0.3);
        beta.set(0.5);
        h.undo();
        beta.set(0.9);
        assertEquals(0, h.redoSize());
        assertEquals("Redo", h.redoLabel());
        h.undo();
        assertEquals(0.3, beta.get(), 0);
    }

    @Test
    void everythingBetweenPressAndReleaseIsOneStep() {
        DoubleProperty beta = new SimpleDoubleProperty(0.1);
        InputHistory h = tracking(beta, InputHistory.DEFAULT_LIMIT);
        h.beginGesture();
        for (int i = 1; i <= 40; i++) {
            beta.set(0.1 + i * 0.01);
        }
        h.endGesture();
        assertEquals(1, h.undoSize());
        assertEquals("Undo β 0.10 → 0.50", h.undoLabel());
        beta.set(0.7); // after the release: a step of its own
        assertEquals(2, h.undoSize());
        h.undo();
        h.undo();
        assertEquals(0.1, beta.get(), 1e-15);
    }

    @Test
    void aGestureOverTwoInputsKeepsOneStepForEach() {
        DoubleProperty beta = new SimpleDoubleProperty(0);
        DoubleProperty other = new SimpleDoubleProperty(1);
        InputHistory h = tracking(beta, 10);
        h.track(other, "k", v -> Double.toString(v.doubleValue()));
        h.beginGesture();
        beta.set(0.2);
        beta.set(0.4);
        other.set(2);
        other.set(3);
        h.endGesture();
        assertEquals(2, h.undoSize());
        h.undo();
        assertEquals(1, other.get(), 0);
        assertEquals(0.4, beta.get(), 0);
    }

    @Test
    void theHistoryKeepsOnlyTheNewestSteps() {
        DoubleProperty beta = new SimpleDoubleProperty(0);
        InputHistory h = tracking(beta, 3);
        for (int i = 1; i <= 5; i++) {
            beta.set(i);
        }
        assertEquals(3, h.undoSize());
        for (int i = 0; i < 5; i++) {
            h.undo();
        }
        assertEquals(2, beta.get(), 0, "the two oldest steps were dropped");
        assertThrows(IllegalArgumentException.class, () -> new InputHistory(0));
    }
}
