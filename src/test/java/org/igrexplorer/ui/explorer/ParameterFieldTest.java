package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterFieldTest {

    private static final double TOL = 1e-12;

    private static ParameterField h() {
        return new ParameterField("h", ParameterField.Scale.LOG, 1e-4, 2, 1e-6, 10, false, 0.05);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "   ", "-0.1", "0", "11", "NaN", "Infinity", "1e-7"})
    void badTextIsRejectedAndTheLastValidValueKept(String text) {
        ParameterField f = h();
        assertFalse(f.commitText(text));
        assertEquals(0.05, f.getValue(), TOL);
        assertTrue(f.hasError());
        assertTrue(f.errorProperty().get().startsWith("h"), f.errorProperty().get());
        assertEquals(text, f.textProperty().get(), "the field keeps showing what was typed");
    }

    @Test
    void goodTextIsAcceptedAndClearsTheError() {
        ParameterField f = h();
        f.commitText("x");
        assertTrue(f.commitText(" 0,2 "));
        assertEquals(0.2, f.getValue(), TOL);
        assertFalse(f.hasError());
        assertEquals("0.2", f.textProperty().get());
        assertTrue(f.commitText("5"), "typed values may go past the slider range up to the accepted range");
        assertEquals(5, f.getValue(), TOL);
    }

    @Test
    void integerFieldsRejectFractions() {
        ParameterField steps = new ParameterField("steps", ParameterField.Scale.LINEAR, 1, 2000, 1, 100_000, true, 400);
        assertFalse(steps.commitText("10.5"));
        assertEquals(400, steps.getValue(), TOL);
        assertTrue(steps.commitText("1000"));
        assertEquals("1000", steps.textProperty().get());
    }

    @Test
    void logSliderMapsDecadesEvenly() {
        ParameterField f = h();
        assertEquals(0, f.toSlider(1e-4), TOL);
        assertEquals(ParameterField.SLIDER_MAX, f.toSlider(2), 1e-9);
        double mid = f.toSlider(Math.sqrt(1e-4 * 2));
        assertEquals(ParameterField.SLIDER_MAX / 2, mid, 1e-9);
        assertEquals(ParameterField.SLIDER_MAX, f.toSlider(5), TOL, "beyond the slider: pinned at its end");
        // round trip within 3 significant digits
        double v = f.fromSlider(f.toSlider(0.0377));
        assertEquals(0.0377, v, 0.0377 * 5e-3);
    }

    @Test
    void linearSliderRoundTrips() {
        ParameterField a = new ParameterField("a₀", ParameterField.Scale.LINEAR, -6, 6, -1000, 1000, false, 2.8);
        assertEquals(2.8, a.fromSlider(a.sliderPosition()), 0.06);
        a.setFromSlider(0);
        assertEquals(-6, a.getValue(), TOL);
    }

    @Test
    void theTextReadsBackAsExactlyTheValue() {
        ParameterField b0 = new ParameterField("b₀", ParameterField.Scale.LINEAR, -6, 6, -1000, 1000, false, 74.925);
        assertEquals("74.925", b0.textProperty().get(), "the far-start preset's b₀ (was 74.93)");
        // any value set from code (presets, sessions, drags) shows a text that Enter accepts unchanged
        java.util.Random rnd = new java.util.Random(18_17);
        for (int i = 0; i < 2000; i++) {
            double v = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(7) - 3);
            if (i % 2 == 0) {
                v = ParameterField.roundTo(v, -rnd.nextInt(6));
            }
            b0.setValue(v);
            String text = b0.textProperty().get();
            assertTrue(b0.commitText(text), text);
            assertEquals(v, b0.getValue(), 0.0, "'" + text + "' reads back as " + v);
        }
        // slider values are short decimals
        ParameterField h = new ParameterField("h", ParameterField.Scale.LOG, 1e-4, 2, 1e-6, 10, false, 0.05);
        for (int pos = 0; pos <= ParameterField.SLIDER_MAX; pos += 7) {
            h.setFromSlider(pos);
            String t = h.textProperty().get();
            assertTrue(t.replaceAll("^0\\.0*|\\.|e.*$", "").length() <= 3, "3 significant digits: " + t);
        }
    }
}
