package org.igrexplorer.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataSetTest {

    private static final String ISSUE_POINTS = "1:0.6,2:1.0,0.5:0.2,1.5:1.1";

    @Test
    void parsesTheIssuesPointsAndFormatsThemBack() {
        DataSet d = DataSet.parse(ISSUE_POINTS);
        assertEquals(4, d.size());
        assertEquals(0.5, d.x(2));
        assertEquals(1.1, d.y(3));
        assertEquals("1:0.6,2:1,0.5:0.2,1.5:1.1", d.format());
        assertEquals(d, DataSet.parse(d.format()));
        assertEquals(d, DataSet.parse(" 1 : 0.6 , 2:1.0,\t.5:2e-1, 1.5:+1.1 "));
        assertEquals(DataSet.of(1, 0.6, 2, 1.0, 0.5, 0.2, 1.5, 1.1), d);
    }

    @Test
    void badPointListsNameTheTokenThePointAndTheColumn() {
        DataSetSyntaxException e = assertThrows(DataSetSyntaxException.class, () -> DataSet.parse("1:0.6,2:abc,3:1"));
        assertEquals("abc", e.token());
        assertEquals(2, e.point());
        assertEquals(9, e.column());
        assertTrue(e.getMessage().contains("point 2") && e.getMessage().contains("'abc'")
                && e.getMessage().contains("column 9"), e.getMessage());

        e = assertThrows(DataSetSyntaxException.class, () -> DataSet.parse("1:0.6,2;1.0"));
        assertEquals("2;1.0", e.token());
        assertEquals(2, e.point());
        assertEquals(7, e.column());
        assertTrue(e.getMessage().contains("not x:y"), e.getMessage());

        e = assertThrows(DataSetSyntaxException.class, () -> DataSet.parse("1:0.6,"));
        assertEquals(2, e.point());
        assertTrue(e.getMessage().contains("trailing comma"), e.getMessage());

        e = assertThrows(DataSetSyntaxException.class, () -> DataSet.parse("1:0.6,2:NaN"));
        assertEquals("NaN", e.token());
        assertTrue(e.getMessage().contains("point 2") && e.getMessage().contains("NaN"), e.getMessage());

        e = assertThrows(DataSetSyntaxException.class, () -> DataSet.parse("1e400:1"));
        assertTrue(e.getMessage().contains("x is Infinity, not a finite number"), e.getMessage());

        e = assertThrows(DataSetSyntaxException.class, () -> DataSet.parse("1:"));
        assertTrue(e.getMessage().contains("y is missing"), e.getMessage());

        e = assertThrows(DataSetSyntaxException.class, () -> DataSet.parse("1:2:3"));
        assertTrue(e.getMessage().contains("'1:2:3'"), e.getMessage());
    }

    @Test
    void anEmptyDataSetIsRefusedNamingNEqualsZero() {
        DataSetSyntaxException e = assertThrows(DataSetSyntaxException.class, () -> DataSet.parse("  "));
        assertTrue(e.getMessage().contains("n = 0"), e.getMessage());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> new DataSet(List.of()));
        assertTrue(f.getMessage().contains("n = 0"), f.getMessage());
        f = assertThrows(IllegalArgumentException.class, () -> DataSet.parse("1:0.6").withRemoved(0));
        assertTrue(f.getMessage().contains("n ≥ 1"), f.getMessage());
    }

    @Test
    void nanAndHugeValuesAreRefusedNamingThePoint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataSet.of(1, 0.6, Double.NaN, 1));
        assertEquals("point 2: x is NaN, not a finite number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new DataSet.Point(1, Double.POSITIVE_INFINITY));
        assertEquals("y is Infinity, not a finite number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new DataSet.Point(2e6, 1));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void editsReturnNewDataSets() {
        DataSet d = DataSet.parse(ISSUE_POINTS);
        DataSet e = d.withPoint(1, new DataSet.Point(3, 2)).withAdded(new DataSet.Point(-1, 0.5)).withRemoved(0);
        assertEquals("3:2,0.5:0.2,1.5:1.1,-1:0.5", e.format());
        assertEquals(ISSUE_POINTS.replace("1.0", "1"), d.format());
    }

    @Test
    void divisorsAndTheBatchCheckListThem() {
        assertEquals(List.of(1, 2, 3, 4, 6, 12), DataSet.divisors(12));
        assertEquals(List.of(1), DataSet.divisors(1));
        assertEquals(List.of(1, 7), DataSet.divisors(7));
        DataSet d = DataSet.parse(ISSUE_POINTS);
        assertNull(d.batchProblem(2));
        assertEquals(4, d.requireBatch(4));
        assertEquals("batch size 3 does not divide n = 4 points; choose one of 1, 2, 4", d.batchProblem(3));
        assertEquals("batch size 0 does not divide n = 4 points; choose one of 1, 2, 4", d.batchProblem(0));
        assertEquals("batch size 8 does not divide n = 4 points; choose one of 1, 2, 4", d.batchProblem(8));
        assertThrows(IllegalArgumentException.class, () -> d.requireBatch(3));
    }

    @Test
    void seededRandomPointsAreReproducibleAndFollowTheLineWithTheNoise() {
        DataSet a = DataSet.random(200, 0.6, 0.1, 7);
        assertEquals(a, DataSet.random(200, 0.6, 0.1, 7));
        assertNotEquals(a, DataSet.random(200, 0.6, 0.1, 8));
        double s = 0;
        for (int i = 0; i < a.size(); i++) {
            assertTrue(a.x(i) >= 0.5 && a.x(i) <= 2.0, "x in [0.5, 2]");
            double r = a.y(i) - 0.6 * a.x(i);
            s += r * r;
        }
        double sd = Math.sqrt(s / a.size());
        // the residual sd of 200 normal draws with σ = 0.1 lies within ±15 % of σ (about 3 standard errors)
        assertEquals(0.1, sd, 0.015);
        // noiseless points lie on the line up to the 3-decimal rounding, so ab = Σxy/Σx² is the slope
        assertEquals(0.6, DataSet.random(20, 0.6, 0, 1).leastSquaresProduct(), 1e-3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataSet.random(0, 1, 0, 1));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }

    @Test
    void presetsAreNamedAndTheIssuesFourPointsAreOne() {
        assertEquals(DataSet.parse(ISSUE_POINTS), DataSet.preset("four").data());
        assertEquals(1, DataSet.preset("single").data().size());
        assertEquals(8, DataSet.preset("eight").data().size());
        assertTrue(DataSet.presets().size() >= 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataSet.preset("nine"));
        assertTrue(e.getMessage().contains("'nine'") && e.getMessage().contains("four"), e.getMessage());
    }

    @Test
    void leastSquaresProductIsSumXyOverSumXx() {
        DataSet d = DataSet.parse(ISSUE_POINTS);
        double sxy = 1 * 0.6 + 2 * 1.0 + 0.5 * 0.2 + 1.5 * 1.1;
        double sxx = 1 + 4 + 0.25 + 2.25;
        assertEquals(sxy / sxx, d.leastSquaresProduct(), 1e-15);
        assertTrue(Double.isNaN(DataSet.of(0, 1, 0, 2).leastSquaresProduct()));
    }
}
