package org.igrexplorer.ui.explorer;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.igrexplorer.core.Numbers;
import org.igrexplorer.core.loss.DataSet;

/**
 * The data set's controls: a preset chooser, the points in a small table (type into a cell and press Enter
 * or leave it; "−" removes a row, "Add point" appends one; a refused entry is marked, the message below
 * names the cell and what was kept, Esc takes it back), a seeded random draw, and the batch size B (a
 * non-divisor is refused with the divisors of n). Ids: {@code point-x-<i>}, {@code point-y-<i>},
 * {@code point-remove-<i>} (1-based), {@code point-add}, {@code data-message}, {@code data-preset},
 * {@code draw-n}, {@code draw-slope}, {@code draw-noise}, {@code draw-seed}, {@code draw-button},
 * {@code batch-field}, {@code batch-error}, {@code batch-divisors}. A thin view over a {@link DataSetForm}.
 */
public final class DataSetPane extends VBox {

    /** Rows shown before the table scrolls. */
    public static final int VISIBLE_ROWS = 6;

    private final DataSetForm form;
    private final GridPane table = new GridPane();
    private final ScrollPane tableScroll = new ScrollPane(table);

    /** @param form the data set being edited */
    public DataSetPane(DataSetForm form) {
        super(4);
        this.form = form;
        setId("data-set-pane");

        ComboBox<DataSet.Preset> presets = new ComboBox<>();
        presets.setId("data-preset");
        presets.getItems().addAll(DataSet.presets());
        presets.setPromptText("choose a preset…");
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(DataSet.Preset p) {
                return p == null ? "" : p.label();
            }

            @Override
            public DataSet.Preset fromString(String s) {
                return null;
            }
        });
        presets.setOnAction(e -> {
            DataSet.Preset p = presets.getValue();
            if (p != null) {
                form.setPoints(p.data());
            }
        });
        presets.setTooltip(tip("Replace the points by a named data set:\n" + presetHelp()));
        Label presetLabel = new Label("_preset:");
        presetLabel.setMnemonicParsing(true);
        presetLabel.setLabelFor(presets);
        HBox presetRow = new HBox(6, presetLabel, presets);
        presetRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(presets, Priority.ALWAYS);
        // a typed edit makes the chosen preset's name stale
        form.stateProperty().addListener((o, was, is) -> {
            DataSet.Preset p = presets.getValue();
            if (p != null && !p.data().equals(is.data())) {
                presets.getSelectionModel().clearSelection();
            }
        });

        table.setHgap(4);
        table.setVgap(2);
        table.setPadding(new Insets(2));
        ColumnConstraints index = new ColumnConstraints(22);
        index.setHalignment(HPos.RIGHT);
        ColumnConstraints cx = new ColumnConstraints(50, 80, Double.MAX_VALUE);
        cx.setHgrow(Priority.ALWAYS);
        ColumnConstraints cy = new ColumnConstraints(50, 80, Double.MAX_VALUE);
        cy.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(index, cx, cy, new ColumnConstraints());
        tableScroll.setId("data-table");
        tableScroll.setFitToWidth(true);
        tableScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        tableScroll.setFocusTraversable(false);
        form.rows().addListener((ListChangeListener<DataSetForm.Row>) c -> buildTable());
        buildTable();

        Button add = new Button("_Add point");
        add.setId("point-add");
        add.setTooltip(tip("Append a point (a copy of the last one) to edit; at most " + DataSetForm.MAX_POINTS
                + " points."));
        add.setOnAction(e -> {
            if (form.add()) {
                focusCell(form.size() - 1, "x");
            }
        });
        Label n = new Label();
        n.setId("data-count");
        n.textProperty().bind(Bindings.createStringBinding(() -> summary(form.stateProperty().get()),
                form.stateProperty()));
        add.setMinWidth(Region.USE_PREF_SIZE);
        n.setMinWidth(0);
        n.setWrapText(true);
        n.getStyleClass().add("hint");
        HBox.setHgrow(n, Priority.ALWAYS);
        HBox addRow = new HBox(8, add, n);
        addRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("data-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(form.messageProperty());
        message.visibleProperty().bind(form.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        getChildren().addAll(presetRow, tableScroll, addRow, message, drawRow(), batchRow());
    }

    private static String presetHelp() {
        StringBuilder sb = new StringBuilder();
        for (DataSet.Preset p : DataSet.presets()) {
            sb.append("• ").append(p.label()).append(": ").append(p.description()).append('\n');
        }
        return sb.toString().strip();
    }

    private static String summary(DataSetForm.State s) {
        DataSet d = s.data();
        double c = d.leastSquaresProduct();
        return String.format(Locale.ROOT, "n = %d%s", d.size(), Double.isFinite(c)
                ? ", minima ab = " + Numbers.significant(c, 4) : "");
    }

    private void buildTable() {
        boolean hadFocus = table.getChildren().stream().anyMatch(node -> node.isFocused());
        table.getChildren().clear();
        Label hx = new Label("x");
        Label hy = new Label("y");
        hx.getStyleClass().add("table-header");
        hy.getStyleClass().add("table-header");
        table.add(new Label("i"), 0, 0);
        table.add(hx, 1, 0);
        table.add(hy, 2, 0);
        List<DataSetForm.Row> rows = form.rows();
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            Label idx = new Label(Integer.toString(i + 1));
            TextField x = cell(rows.get(i).x(), row, "x");
            TextField y = cell(rows.get(i).y(), row, "y");
            Button remove = new Button("−");
            remove.setId("point-remove-" + (i + 1));
            remove.setTooltip(tip("Remove point " + (i + 1) + " from the data set (the last point stays: n ≥ 1)."));
            remove.setDisable(rows.size() <= 1);
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> form.remove(row));
            table.addRow(i + 1, idx, x, y, remove);
        }
        double rowHeight = 27;
        tableScroll.setPrefViewportHeight(Math.min(rows.size(), VISIBLE_ROWS) * rowHeight + 24);
        if (hadFocus && !rows.isEmpty()) {
            focusCell(rows.size() - 1, "x");
        }
    }

    /** A cell: its entries go through the form, which publishes the data set (a field alone would not). */
    private TextField cell(ParameterField f, int row, String column) {
        TextField tf = new TextField();
        tf.setId("point-" + column + "-" + (row + 1));
        tf.setPrefColumnCount(5);
        tf.setTooltip(tip(f.name() + ": type a number and press Enter (Esc takes a refused entry back); "
                + "|value| ≤ " + f.format(f.acceptMax()) + "."));
        TypedText.bind(tf, f.textProperty(), f.errorProperty(), text -> form.commit(row, column, text),
                () -> form.revert(row, column));
        return tf;
    }

    private void focusCell(int row, String column) {
        table.getChildren().stream().filter(node -> ("point-" + column + "-" + (row + 1)).equals(node.getId()))
                .findFirst().ifPresent(node -> {
                    node.requestFocus();
                    if (node instanceof TextField tf) {
                        tf.selectAll();
                    }
                });
    }

    private VBox drawRow() {
        ParameterField[] f = form.drawFields();
        String[] ids = {"draw-n", "draw-slope", "draw-noise", "draw-seed"};
        String[] captions = {"n", "slope c", "noise σ", "seed"};
        String[] help = {
            "number of points to draw, 1 … " + DataSetForm.MAX_POINTS,
            "the points lie around y = c·x: the noiseless minima are ab = c",
            "standard deviation of the Gaussian noise added to each y",
            "seed of the generator: the same seed gives the same points on every machine",
        };
        GridPane g = new GridPane();
        g.setHgap(4);
        g.setVgap(2);
        for (int i = 0; i < f.length; i++) {
            TextField tf = new TextField();
            tf.setId(ids[i]);
            tf.setPrefColumnCount(4);
            TypedText.bind(tf, f[i]);
            Label l = new Label(captions[i]);
            Tooltip t = tip(help[i] + ".");
            l.setTooltip(t);
            tf.setTooltip(t);
            g.add(l, (i % 2) * 2, i / 2);
            g.add(tf, (i % 2) * 2 + 1, i / 2);
        }
        Button draw = new Button("_Draw");
        draw.setId("draw-button");
        draw.setTooltip(tip("Replace the points by n seeded random points: x uniform in [0.5, 2], y = c·x + σ·ε "
                + "with ε standard normal."));
        draw.setOnAction(e -> form.draw());
        GridPane.setRowSpan(draw, 2);
        g.add(draw, 4, 0);
        Label title = new Label("Random points");
        title.getStyleClass().add("subsection-title");
        VBox box = new VBox(2, title, g);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private VBox batchRow() {
        TextField batch = new TextField();
        batch.setId("batch-field");
        batch.setPrefColumnCount(4);
        TypedText.bind(batch, form.batchTextProperty(), form.batchErrorProperty(), form::commitBatch,
                form::revertBatch);
        Tooltip t = tip("Batch size B of SGD: each epoch a random permutation of the points cut into n/B batches; "
                + "B must divide n. B = n is full-batch gradient descent.");
        batch.setTooltip(t);
        Label caption = new Label("_batch size B:");
        caption.setMnemonicParsing(true);
        caption.setLabelFor(batch);
        caption.setTooltip(t);
        Label divisors = new Label();
        divisors.setId("batch-divisors");
        divisors.getStyleClass().add("hint");
        divisors.textProperty().bind(Bindings.createStringBinding(() -> {
            DataSet d = form.stateProperty().get().data();
            return "divisors of " + d.size() + ": " + String.join(", ",
                    d.divisors().stream().map(String::valueOf).toList());
        }, form.stateProperty()));
        HBox row = new HBox(6, caption, batch, divisors);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("batch-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(form.batchErrorProperty());
        error.visibleProperty().bind(form.batchErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(2, row, error);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    /** @return the form this pane edits */
    public DataSetForm form() {
        return form;
    }
}
