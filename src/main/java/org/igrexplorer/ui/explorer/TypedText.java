package org.igrexplorer.ui.explorer;

import java.util.function.Predicate;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The commit contract of every typed input of the window, for a text field without slider: Enter or
 * leaving the field commits; a rejected entry stays visible and is marked (style class {@code error})
 * while the last valid value is kept; Esc takes the entry back and shows the kept value again.
 */
public final class TypedText {

    private TypedText() {
    }

    /** Binds {@code tf} to a typed input ({@link ParameterField}, a list of numbers, …). */
    public static void bind(TextField tf, TypedInput f) {
        bind(tf, f.textProperty(), f.errorProperty(), f::commitText, f::revertText);
    }

    /**
     * @param text   what the field should show (the kept value, or the rejected text while in error)
     * @param error  the problem of the last entry, empty when it was accepted
     * @param commit accepts an entry, returns whether it was accepted
     * @param revert drops a rejected entry (the text goes back to the kept value)
     */
    public static void bind(TextField tf, ObservableStringValue text, ObservableStringValue error,
                            Predicate<String> commit, Runnable revert) {
        tf.setText(text.get());
        text.addListener((o, was, is) -> {
            if (!is.equals(tf.getText())) {
                tf.setText(is);
            }
        });
        mark(tf, error.get());
        error.addListener((o, was, is) -> mark(tf, is));
        tf.setOnAction(e -> commit.test(tf.getText()));
        tf.focusedProperty().addListener((o, was, is) -> {
            if (!is && !tf.getText().equals(text.get())) {
                commit.test(tf.getText());
            }
        });
        tf.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && (!error.get().isEmpty() || !tf.getText().equals(text.get()))) {
                revert.run();
                tf.setText(text.get());
                tf.selectAll();
                e.consume();
            }
        });
    }

    private static void mark(TextField tf, String error) {
        tf.getStyleClass().remove("error");
        if (error != null && !error.isEmpty()) {
            tf.getStyleClass().add("error");
        }
    }
}
