package org.igrexplorer.core.loss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which landscape a run is on, separate from the run's settings (start, h, µ, steps): a built-in
 * by name with its constants (the paper's model with x and y, the ill-conditioned quadratic with
 * κ, …) or a typed expression with its named constants. What sessions store and the command line
 * takes; {@link #landscape()} builds it. With a data set, the spec is the per-example loss ℓ(a, b; x, y)
 * (the paper's model or a typed loss in a, b, x, y) and its landscape is the data-set loss
 * E = (1/n) Σ ℓ(a, b; x_i, y_i) ({@link org.igrexplorer.core.loss.DataSetLoss}); x and y among the constants
 * are then replaced point by point.
 *
 * @param name       a built-in's name ({@link Landscapes#names()}) or {@value #TYPED}
 * @param expression the typed loss when {@code name} is {@value #TYPED}, otherwise {@code null}
 * @param constants  the constants' values, by name (sorted; copied)
 * @param data       the data set the loss is averaged over, or {@code null} for none
 */
public record LandscapeSpec(String name, String expression, Map<String, Double> constants, DataSet data) {

    /** The name of a typed loss. */
    public static final String TYPED = "typed";

    /** The paper's model with its default data point x = 1, y = 0.6. */
    public static final LandscapeSpec PAPER = builtin(TwoParameterModel.NAME, Map.of("x", 1.0, "y", 0.6));

    /**
     * @throws IllegalArgumentException for a blank name, a typed spec without expression (or a built-in
     *                                  with one), or a non-finite constant
     */
    public LandscapeSpec {
        Objects.requireNonNull(name, "landscape name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("landscape name is empty");
        }
        if (TYPED.equals(name) != (expression != null)) {
            throw new IllegalArgumentException(TYPED.equals(name) ? "a typed loss needs its expression"
                    : "only a typed loss has an expression, not '" + name + "'");
        }
        Map<String, Double> c = new TreeMap<>();
        for (Map.Entry<String, Double> e : Objects.requireNonNull(constants, "constants").entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException(e.getKey() + " must be a finite number, got " + e.getValue());
            }
            c.put(e.getKey(), e.getValue());
        }
        constants = Collections.unmodifiableMap(c);
    }

    /** A spec without data set. */
    public LandscapeSpec(String name, String expression, Map<String, Double> constants) {
        this(name, expression, constants, null);
    }

    /** @return a built-in landscape with these constants (missing ones take the built-in's defaults) */
    public static LandscapeSpec builtin(String name, Map<String, Double> constants) {
        return new LandscapeSpec(name, null, constants);
    }

    /** @return a typed loss */
    public static LandscapeSpec typed(String expression, Map<String, Double> constants) {
        return new LandscapeSpec(TYPED, expression, constants);
    }

    /** @return whether this is a typed loss */
    public boolean isTyped() {
        return TYPED.equals(name);
    }

    /** @return the value of a constant, or NaN when there is none of that name */
    public double constant(String key) {
        Double v = constants.get(key);
        return v == null ? Double.NaN : v;
    }

    /** @return a copy with one constant changed (or added) */
    public LandscapeSpec withConstant(String key, double value) {
        Map<String, Double> c = new LinkedHashMap<>(constants);
        c.put(key, value);
        return new LandscapeSpec(name, expression, c, data);
    }

    /** @return a copy averaged over {@code d} ({@code null}: the loss itself, no data set) */
    public LandscapeSpec withData(DataSet d) {
        return new LandscapeSpec(name, expression, constants, d);
    }

    /** @return whether the landscape is a data-set loss */
    public boolean hasData() {
        return data != null;
    }

    /**
     * @return the landscape (built once per distinct spec and kept in a small cache): with a data set the
     *         data-set loss E = (1/n) Σ ℓ_i
     * @throws LossSyntaxException      for a typed loss that does not parse
     * @throws IllegalArgumentException for an unknown built-in or bad constants
     */
    public Landscape landscape() {
        return Landscapes.build(this);
    }

    /** @return "paper (x = 1, y = 0.6)" or "typed: (1-a)^2 + …" for messages and captions */
    public String describe() {
        StringBuilder sb = new StringBuilder(isTyped() ? "typed: " + expression : name);
        if (!constants.isEmpty()) {
            sb.append(isTyped() ? " with " : " (");
            boolean first = true;
            for (Map.Entry<String, Double> e : constants.entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append(" = ").append(e.getValue());
                first = false;
            }
            sb.append(isTyped() ? "" : ")");
        }
        if (data != null) {
            sb.append(" on ").append(data.size()).append(data.size() == 1 ? " point " : " points ").append(data.format());
        }
        return sb.toString();
    }
}
