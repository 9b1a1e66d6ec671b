package org.igrexplorer.ui.mlp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.igrexplorer.ui.explorer.TypedInput;

/**
 * A list of numbers typed into one field ("0.01, 0.05, 0.2"), with the contract of the explorer's
 * {@link org.igrexplorer.ui.explorer.ParameterField}: text that does not parse, or holds a value
 * outside the accepted range, sets {@link #errorProperty()} and keeps the last valid list. Numbers
 * are separated by commas, semicolons or blanks; they are shown again exactly as typed (no
 * rounding). Needs no FX toolkit.
 */
public final class NumberListField extends TypedInput {

    private final String name;
    private final double min;
    private final double max;
    private final boolean integer;
    private final int maxCount;
    private final ReadOnlyObjectWrapper<List<Double>> value;

    /**
     * @param name     shown in messages, e.g. "h list"
     * @param min      least value accepted
     * @param max      largest value accepted
     * @param integer  whether only whole numbers are allowed
     * @param maxCount most numbers accepted
     * @param initial  the starting list, valid
     */
    public NumberListField(String name, double min, double max, boolean integer, int maxCount, double... initial) {
        this.name = name;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.maxCount = maxCount;
        List<Double> start = new ArrayList<>();
        for (double v : initial) {
            start.add(v);
        }
        if (start.isEmpty() || start.size() > maxCount || start.stream().anyMatch(v -> problem(v) != null)) {
            throw new IllegalArgumentException(name + ": initial list outside the accepted range");
        }
        value = new ReadOnlyObjectWrapper<>(this, "value", List.copyOf(start));
        accepted();
    }

    public String name() {
        return name;
    }

    /** @return the last valid list (never empty) */
    public ReadOnlyObjectProperty<List<Double>> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** @return the last valid list (never empty) */
    public List<Double> values() {
        return value.get();
    }

    /** @return the last valid list as whole numbers (for integer fields) */
    public List<Integer> ints() {
        return value.get().stream().map(v -> (int) Math.rint(v)).toList();
    }

    @Override
    protected String shownValue() {
        return format(value.get());
    }

    @Override
    public boolean commitText(String raw) {
        String s = raw == null ? "" : raw.trim();
        List<Double> parsed = new ArrayList<>();
        for (String token : s.split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(token);
            } catch (NumberFormatException e) {
                return refuse(raw, "'" + token + "' is not a number");
            }
            String why = problem(v);
            if (why != null) {
                return refuse(raw, "'" + token + "' " + why);
            }
            parsed.add(v);
        }
        if (parsed.isEmpty()) {
            return refuse(raw, "give at least one number");
        }
        if (parsed.size() > maxCount) {
            return refuse(raw, "at most " + maxCount + " numbers");
        }
        value.set(List.copyOf(parsed));
        accepted();
        return true;
    }

    private String problem(double v) {
        if (!Double.isFinite(v)) {
            return "is not finite";
        }
        if (integer && v != Math.rint(v)) {
            return "is not a whole number";
        }
        if (v < min || v > max) {
            return "is not between " + format(min) + " and " + format(max);
        }
        return null;
    }

    private boolean refuse(String raw, String why) {
        return reject(raw, name + ": " + why + "; kept " + format(value.get()));
    }

    private String format(List<Double> list) {
        return String.join(", ", list.stream().map(this::format).toList());
    }

    /** @return the number as typed: whole numbers plain, others in their shortest exact decimal form */
    private String format(double v) {
        if (integer || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(Math.round(v));
        }
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e7 ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
                : Double.toString(v).replace(".0E", "E").toLowerCase(Locale.ROOT);
    }
}
