package org.igrexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one way computed numbers are written for people: significant digits, no trailing zeros, short exponents. */
class NumbersTest {

    @Test
    void valuesAreRoundedToTheirDigitsWithoutTrailingZeros() {
        assertEquals("0.18", Numbers.significant(0.18, 4));
        assertEquals("0.18", Numbers.significant(0.180, 3));
        assertEquals("3.605", Numbers.significant(3.60512, 4));
        assertEquals("6.05", Numbers.significant(121 * 0.05, 4));
        assertEquals("2", Numbers.significant(2.0000001, 4));
        assertEquals("-0.5", Numbers.significant(-0.5, 4));
        assertEquals("0", Numbers.significant(0.0, 4));
        assertEquals("1235", Numbers.significant(1234.5678, 4));
    }

    @Test
    void veryLargeAndSmallValuesGetAShortExponent() {
        assertEquals("1.2e-5", Numbers.significant(1.2e-5, 4));
        assertEquals("1e-7", Numbers.significant(1e-7, 4));
        assertEquals("1.235e5", Numbers.significant(123456, 4));
        assertEquals("1.2e5", Numbers.significant(1.2e5, 4));
        assertEquals("-3e10", Numbers.significant(-3e10, 3));
        assertEquals("NaN", Numbers.significant(Double.NaN, 4));
    }
}
