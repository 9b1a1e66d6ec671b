package org.igrexplorer.ui.explorer;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * A slider paired with a text field for one {@link ParameterField}. Enter or leaving the field
 * commits the text; rejected text marks the field (style class {@code error}) and shows the
 * message below it, while the value stays. Ids: {@code <id>-slider}, {@code <id>-field},
 * {@code <id>-error}.
 */
public final class ParameterControl {

    private final ParameterField field;
    private final Slider slider = new Slider(0, ParameterField.SLIDER_MAX, 0);
    private final TextField text = new TextField();
    private final Label error = new Label();
    private boolean updating;

    /**
     * Adds the control as rows of {@code grid}.
     *
     * @param grid  target. Modified.
     * @param row   first row to use (the control takes two)
     * @param id    id prefix, e.g. "h"
     * @param label caption, e.g. "_h (rate)"; an underscore marks the mnemonic (Alt+letter focuses the field)
     * @param help  tooltip of the caption, slider and field
     */
    public ParameterControl(ParameterField field, GridPane grid, int row, String id, String label, String help) {
        this.field = field;
        Label caption = new Label(label);
        caption.setMnemonicParsing(true);
        caption.setLabelFor(text);
        caption.setMinWidth(70);
        slider.setId(id + "-slider");
        text.setId(id + "-field");
        error.setId(id + "-error");
        text.setPrefColumnCount(7);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        Tooltip tip = new Tooltip(help + (field.scale() == ParameterField.Scale.LOG ? "\nLog-scale slider." : "")
                + "\nType a value and press Enter; accepted: " + field.format(field.acceptMin()) + " … "
                + field.format(field.acceptMax()) + ".");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDuration(Duration.seconds(30));
        caption.setTooltip(tip);
        slider.setTooltip(tip);
        text.setTooltip(tip);
        GridPane.setHgrow(slider, Priority.ALWAYS);
        grid.add(caption, 0, row);
        grid.add(slider, 1, row);
        grid.add(text, 2, row);
        grid.add(error, 0, row + 1, 3, 1);
        GridPane.setMargin(error, new Insets(0, 0, 4, 0));

        slider.setValue(field.sliderPosition());
        text.setText(field.textProperty().get());
        slider.valueProperty().addListener((o, was, is) -> {
            if (!updating) {
                updating = true;
                try {
                    field.setFromSlider(is.doubleValue());
                } finally {
                    updating = false;
                }
            }
        });
        field.valueProperty().addListener((o, was, is) -> {
            if (!updating) {
                updating = true;
                try {
                    slider.setValue(field.sliderPosition());
                } finally {
                    updating = false;
                }
            }
        });
        field.textProperty().addListener((o, was, is) -> {
            if (!text.isFocused() || field.hasError() || !is.equals(text.getText())) {
                text.setText(is);
            }
        });
        field.errorProperty().addListener((o, was, is) -> showError(is));
        text.setOnAction(e -> field.commitText(text.getText()));
        text.focusedProperty().addListener((o, was, is) -> {
            if (!is && !text.getText().equals(field.textProperty().get())) {
                field.commitText(text.getText());
            }
        });
    }

    private void showError(String msg) {
        boolean bad = msg != null && !msg.isEmpty();
        error.setText(bad ? msg : "");
        error.setVisible(bad);
        error.setManaged(bad);
        if (bad) {
            if (!text.getStyleClass().contains("error")) {
                text.getStyleClass().add("error");
            }
        } else {
            text.getStyleClass().remove("error");
        }
    }

    public Slider slider() {
        return slider;
    }

    public TextField textField() {
        return text;
    }

    public ParameterField field() {
        return field;
    }
}
