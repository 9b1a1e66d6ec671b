package org.igrexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.igrexplorer.core.loss.DataSet;

/**
 * The editable points (x_i, y_i) of a {@link DataSet} and the batch size B, as typed in the window's small
 * table. Each cell is a {@link ParameterField}: a value that does not parse, is not finite or is too large
 * is refused with a message naming the cell ("x₃: 'abc' is not a number; kept 1.5"), the cell keeps its
 * last valid value and {@link #revert} takes the typed text back. The batch must divide n; anything else
 * is refused with the data set's message listing the divisors of n. The table never has fewer than one
 * point nor more than {@value #MAX_POINTS}.
 * <p>
 * Every accepted change publishes a new {@link #stateProperty() state} (points and batch). Needs no FX
 * toolkit.
 */
public final class DataSetForm {

    /** Most rows the window's table holds. */
    public static final int MAX_POINTS = 64;

    /** One row of the table: the fields of x_i and y_i. */
    public record Row(ParameterField x, ParameterField y) {
        /** @return the field of a column, {@code "x"} or {@code "y"} */
        public ParameterField column(String name) {
            return switch (name) {
                case "x" -> x;
                case "y" -> y;
                default -> throw new IllegalArgumentException("no column " + name + " (x or y)");
            };
        }
    }

    /**
     * What the table holds once accepted.
     *
     * @param data  the points
     * @param batch the batch size B, a divisor of n
     */
    public record State(DataSet data, int batch) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper batchError = new ReadOnlyStringWrapper(this, "batchError", "");
    private final ReadOnlyStringWrapper batchText = new ReadOnlyStringWrapper(this, "batchText", "");
    private final ParameterField drawCount = new ParameterField("n", ParameterField.Scale.LINEAR, 1, MAX_POINTS, 1,
            MAX_POINTS, true, 8);
    private final ParameterField drawSlope = new ParameterField("slope c", ParameterField.Scale.LINEAR, -3, 3, -100,
            100, false, 0.6);
    private final ParameterField drawNoise = new ParameterField("noise σ", ParameterField.Scale.LINEAR, 0, 1, 0, 100,
            false, 0.3);
    private final ParameterField drawSeed = new ParameterField("seed", ParameterField.Scale.LINEAR, 0, 1000, 0,
            Integer.MAX_VALUE, true, 11);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Function<DataSet, String> check;

    /**
     * @param initial the starting points
     * @param batch   the starting batch size, a divisor of n
     * @param check   whole-set check on top of the per-cell ones: returns the refusal message, or
     *                {@code null} when the set is usable
     * @throws IllegalArgumentException for a set the table cannot hold or a batch that does not divide n
     */
    public DataSetForm(DataSet initial, int batch, Function<DataSet, String> check) {
        this.check = check;
        String problem = problem(initial, batch);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        setRows(initial);
        state.set(new State(initial, batch));
        state.addListener((o, was, is) -> batchText.set(Integer.toString(is.batch())));
        batchText.set(Integer.toString(batch));
    }

    /** @return why {@code d} with batch {@code b} cannot be shown in the table, or {@code null} */
    public String problem(DataSet d, int b) {
        if (d.size() > MAX_POINTS) {
            return String.format(Locale.ROOT, "the window's table holds at most %d points, got %d", MAX_POINTS,
                    d.size());
        }
        String bp = d.batchProblem(b);
        return bp != null ? bp : check.apply(d);
    }

    private static String cellName(String column, int row) {
        return column + subscript(row + 1);
    }

    private static String subscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('\u2080' + (c - '0')));
        }
        return sb.toString();
    }

    private void setRows(DataSet d) {
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            list.add(new Row(cell("x", i, d.x(i)), cell("y", i, d.y(i))));
        }
        rows.setAll(list);
    }

    private ParameterField cell(String column, int row, double v) {
        ParameterField f = new ParameterField(cellName(column, row), ParameterField.Scale.LINEAR, -3, 3,
                -DataSet.MAX_MAGNITUDE, DataSet.MAX_MAGNITUDE, false, v);
        f.errorProperty().addListener((o, was, is) -> {
            if (!is.isEmpty()) {
                message.set(is);
            } else if (message.get().startsWith(f.name() + ":") || message.get().startsWith(f.name() + " ")) {
                message.set("");
            }
        });
        return f;
    }

    /** @return the rows (unmodifiable; replaced as a whole when points are added or removed) */
    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** @return the number of points n */
    public int size() {
        return rows.size();
    }

    /**
     * Accepts a typed value for one cell.
     *
     * @param row    0-based row
     * @param column {@code "x"} or {@code "y"}
     * @return whether it was accepted; if not, the data set is unchanged and the message says why
     */
    public boolean commit(int row, String column, String text) {
        ParameterField f = rows.get(row).column(column);
        double before = f.getValue();
        if (!f.commitText(text)) {
            return false;
        }
        DataSet next = current();
        String problem = check.apply(next);
        if (problem != null) {
            // the set as a whole is refused: the cell goes back to its kept value, the message says why
            f.setValue(before);
            message.set(f.name() + ": " + problem + "; kept " + f.format(before));
            return false;
        }
        if (before != f.getValue()) {
            state.set(new State(next, batch()));
        }
        return true;
    }

    /** Takes a rejected text back: the cell shows its kept value again and its message goes. */
    public void revert(int row, String column) {
        rows.get(row).column(column).revertText();
    }

    /**
     * Appends a point (a copy of the last one, to be edited).
     *
     * @return whether it was added (refused at {@value #MAX_POINTS} points)
     */
    public boolean add() {
        if (rows.size() >= MAX_POINTS) {
            message.set(String.format(Locale.ROOT, "the table holds at most %d points", MAX_POINTS));
            return false;
        }
        DataSet cur = current();
        return replace(cur.withAdded(cur.point(cur.size() - 1)));
    }

    /**
     * Removes one point (refused for the last one: a data set needs a point).
     *
     * @return whether it was removed
     */
    public boolean remove(int row) {
        if (rows.size() <= 1) {
            message.set("a data set needs at least one point (n ≥ 1): the last one cannot be removed");
            return false;
        }
        return replace(current().withRemoved(row));
    }

    /**
     * Replaces every point (a random draw, a preset). If the batch no longer divides n it becomes the
     * largest divisor of n below it, and the message says so.
     *
     * @return whether the points were accepted (else nothing changes and the message says why)
     */
    public boolean setPoints(DataSet d) {
        return replace(d);
    }

    /**
     * Replaces the points and the batch together (a session).
     *
     * @throws IllegalArgumentException naming the problem; nothing changes then
     */
    public void set(DataSet d, int b) {
        String problem = problem(d, b);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        setRows(d);
        batchError.set("");
        message.set("");
        state.set(new State(d, b));
        batchText.set(Integer.toString(b));
    }

    private boolean replace(DataSet next) {
        int b = batch();
        String adjusted = "";
        if (next.batchProblem(b) != null) {
            int nb = 1;
            for (int d : next.divisors()) {
                if (d <= b) {
                    nb = d;
                }
            }
            adjusted = String.format(Locale.ROOT, "B = %d does not divide n = %d: the batch is now %d", b, next.size(),
                    nb);
            b = nb;
        }
        String problem = problem(next, b);
        if (problem != null) {
            message.set(problem);
            return false;
        }
        setRows(next);
        batchError.set("");
        message.set(adjusted);
        state.set(new State(next, b));
        return true;
    }

    /**
     * Accepts a typed batch size.
     *
     * @return whether it was accepted; a non-divisor (or text that is not a whole number) is refused with
     *         a message listing the divisors of n, and the batch stays
     */
    public boolean commitBatch(String text) {
        String s = text == null ? "" : text.strip();
        DataSet d = state.get().data();
        int b;
        try {
            b = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            b = 0;
        }
        String problem = d.batchProblem(b);
        if (problem != null) {
            String shown = s.matches("[+-]?\\d+") ? problem
                    : "batch size '" + s + "' is not a whole number; " + problem.substring(problem.indexOf("choose"));
            batchError.set(shown + "; kept " + batch());
            batchText.set(s);
            return false;
        }
        batchError.set("");
        batchText.set(Integer.toString(b));
        if (b != batch()) {
            state.set(new State(d, b));
        }
        return true;
    }

    /** Takes a rejected batch text back. */
    public void revertBatch() {
        batchError.set("");
        batchText.set(Integer.toString(batch()));
    }

    /** @return what the batch field shows: B, or the refused text while {@link #batchErrorProperty()} is set */
    public ReadOnlyStringProperty batchTextProperty() {
        return batchText.getReadOnlyProperty();
    }

    /**
     * Replaces the points by a seeded random draw ({@link DataSet#random}) with the draw fields' n, slope,
     * noise and seed.
     *
     * @return whether the draw was accepted (else the message says why)
     */
    public boolean draw() {
        DataSet d;
        try {
            d = DataSet.random((int) drawCount.getValue(), drawSlope.getValue(), drawNoise.getValue(),
                    (long) drawSeed.getValue());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        return replace(d);
    }

    /** @return the fields of a random draw: n, slope c, noise σ, seed */
    public ParameterField[] drawFields() {
        return new ParameterField[] {drawCount, drawSlope, drawNoise, drawSeed};
    }

    /** @return the batch size B, a divisor of n */
    public int batch() {
        return state.get().batch();
    }

    /** @return why the last typed batch was refused, "" when it was accepted */
    public ReadOnlyStringProperty batchErrorProperty() {
        return batchError.getReadOnlyProperty();
    }

    /** @return the last refusal or adjustment of the table ("" when none) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return the accepted points and batch (changes on every accepted edit) */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** @return the accepted points as a data set */
    public DataSet current() {
        List<DataSet.Point> pts = new ArrayList<>();
        for (Row r : rows) {
            pts.add(new DataSet.Point(r.x().getValue(), r.y().getValue()));
        }
        return new DataSet(pts);
    }
}
