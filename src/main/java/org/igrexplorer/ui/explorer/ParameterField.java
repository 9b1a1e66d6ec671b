package org.igrexplorer.ui.explorer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.igrexplorer.core.Checks;
import org.igrexplorer.core.Numbers;

/**
 * View-model of one numeric parameter with a slider and a text field. It keeps the last valid
 * value: text that does not parse or lies outside the accepted range sets {@link #errorProperty()}
 * and leaves the value unchanged. The slider works in positions 0 … {@value #SLIDER_MAX} mapped
 * linearly or logarithmically onto the slider range; typed values may go beyond the slider range
 * up to the accepted range. Needs no FX toolkit.
 */
public final class ParameterField extends TypedInput {

    /** How slider positions map onto values. */
    public enum Scale { LINEAR, LOG }

    /** Slider positions run from 0 to this. */
    public static final double SLIDER_MAX = 1000;

    private final String name;
    private final Scale scale;
    private final double sliderMin;
    private final double sliderMax;
    private final double acceptMin;
    private final double acceptMax;
    private final boolean integer;
    private final ReadOnlyDoubleWrapper value;

    /**
     * @param name      shown in messages, e.g. "h"
     * @param scale     slider mapping
     * @param sliderMin value at the left end of the slider (&gt; 0 for LOG)
     * @param sliderMax value at the right end
     * @param acceptMin least value accepted from typing
     * @param acceptMax largest value accepted from typing
     * @param integer   whether only whole numbers are allowed
     * @param initial   starting value, within the accepted range
     */
    public ParameterField(String name, Scale scale, double sliderMin, double sliderMax, double acceptMin,
                          double acceptMax, boolean integer, double initial) {
        if (scale == Scale.LOG && !(sliderMin > 0)) {
            throw new IllegalArgumentException("a log slider needs a positive range");
        }
        String outside = Checks.range(name, initial, acceptMin, acceptMax);
        if (outside != null) {
            throw new IllegalArgumentException(outside);
        }
        this.name = name;
        this.scale = scale;
        this.sliderMin = sliderMin;
        this.sliderMax = sliderMax;
        this.acceptMin = acceptMin;
        this.acceptMax = acceptMax;
        this.integer = integer;
        this.value = new ReadOnlyDoubleWrapper(this, "value", initial);
        accepted();
    }

    public String name() {
        return name;
    }

    public Scale scale() {
        return scale;
    }

    /** @return the least value accepted (sessions check against it before applying anything) */
    public double acceptMin() {
        return acceptMin;
    }

    /** @return the largest value accepted */
    public double acceptMax() {
        return acceptMax;
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public double getValue() {
        return value.get();
    }

    @Override
    protected String shownValue() {
        return format(getValue());
    }

    /**
     * Accepts typed text: a number in the accepted range (whole for integer fields; a decimal comma
     * is read as a point).
     *
     * @return whether the value was accepted; if not, the value stays and {@link #errorProperty()} says why
     */
    @Override
    public boolean commitText(String raw) {
        String s = raw == null ? "" : raw.trim().replace(',', '.');
        double v;
        try {
            if (s.isEmpty()) {
                throw new NumberFormatException();
            }
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return reject(raw, String.format(Locale.ROOT, "%s: '%s' is not a number; kept %s", name, raw,
                    format(getValue())));
        }
        if (!Double.isFinite(v)) {
            return reject(raw, name + " must be finite; kept " + format(getValue()));
        }
        if (integer && v != Math.rint(v)) {
            return reject(raw, name + " must be a whole number; kept " + format(getValue()));
        }
        String outside = Checks.range(name, v, acceptMin, acceptMax);
        if (outside != null) {
            return reject(raw, outside + "; kept " + format(getValue()));
        }
        value.set(v);
        accepted();
        return true;
    }

    /** Sets a value from code (clamped into the accepted range; rounded for integer fields). */
    public void setValue(double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        double c = Math.max(acceptMin, Math.min(acceptMax, integer ? Math.rint(v) : v));
        value.set(c);
        accepted();
    }

    /** @return the slider position of the current value (clamped to the slider) */
    public double sliderPosition() {
        return toSlider(getValue());
    }

    /** @return the slider position of a value, clamped to 0 … {@value #SLIDER_MAX} */
    public double toSlider(double v) {
        double f;
        if (scale == Scale.LOG) {
            f = v > 0 ? Math.log(v / sliderMin) / Math.log(sliderMax / sliderMin) : 0;
        } else {
            f = (v - sliderMin) / (sliderMax - sliderMin);
        }
        return Math.max(0, Math.min(1, f)) * SLIDER_MAX;
    }

    /** @return the value at a slider position, rounded to 3 significant digits (log) or a slider step */
    public double fromSlider(double pos) {
        double f = Math.max(0, Math.min(1, pos / SLIDER_MAX));
        double v;
        if (scale == Scale.LOG) {
            v = sliderMin * Math.pow(sliderMax / sliderMin, f);
            v = roundTo(v, (int) Math.floor(Math.log10(v)) - 2);
        } else {
            v = sliderMin + f * (sliderMax - sliderMin);
            double step = (sliderMax - sliderMin) / 200;
            v = roundTo(v, (int) Math.floor(Math.log10(step)));
        }
        return integer ? Math.rint(v) : v;
    }

    /**
     * @return {@code v} rounded to a multiple of 10^{@code exponent}, as the double nearest that decimal (so that it
     *         prints as the short decimal, e.g. 0.0354, never 0.035400000000000001)
     */
    public static double roundTo(double v, int exponent) {
        if (!Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).setScale(-exponent, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Moves to the value at a slider position. */
    public void setFromSlider(double pos) {
        setValue(fromSlider(pos));
    }

    /**
     * @return a short text for a value that reads back as exactly that value: integers plain, else the fewest
     *         significant digits (at least 4, trailing zeros dropped) that give the same double, so that Enter in
     *         the field never changes the value (74.925 shows 74.925, not 74.93)
     */
    public String format(double v) {
        if (integer) {
            return Long.toString(Math.round(v));
        }
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        String s = "";
        for (int digits = 4; digits <= 17; digits++) {
            s = Numbers.significant(v, digits);
            if (Double.parseDouble(s) == v) {
                break;
            }
        }
        return s;
    }
}
