package org.igrexplorer.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a point picked in a view goes (issue 18 #17): one decimal place for a and b, and its text. */
class ViewBoxPickTest {

    @Test
    void aPickIsRoundedToAboutAThousandthOfTheLargerSide() {
        ViewBox paper = ViewBox.square(4); // side 8: 0.008 → 10^-3
        assertEquals(-3, paper.pickExponent());
        assertEquals(2.803, paper.pick(2.80349), 0);
        assertEquals(3.51, paper.pick(3.50951), 0);
        assertEquals("2.803", paper.pickText(2.80349));
        assertEquals("3.510", paper.pickText(3.50951), "all three decimals: the read-out keeps its width");
        assertEquals("0.000", paper.pickText(-0.0001), "no minus zero");
        assertEquals(-4, new ViewBox(1, 1.5, -1, -0.5).pickExponent(), "zoomed in: finer");
        assertEquals(-3, new ViewBox(0, 0.1, 0, 1.0).pickExponent(), "the larger side counts");
        ViewBox far = ViewBox.square(8000); // side 16000: 16 → 10^1
        assertEquals(1, far.pickExponent());
        assertEquals("120", far.pickText(123.4));
        assertEquals(120.0, far.pick(123.4), 0);
        assertEquals(Double.parseDouble(paper.pickText(-1.23456)), paper.pick(-1.23456), 0, "text and value agree");
    }
}
