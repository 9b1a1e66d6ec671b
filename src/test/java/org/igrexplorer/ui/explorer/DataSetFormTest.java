package org.igrexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.loss.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataSetFormTest {

    private static final DataSet FOUR = DataSet.parse("1:0.6,2:1.0,0.5:0.2,1.5:1.1");

    private static DataSetForm form() {
        return new DataSetForm(FOUR, 2, d -> null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "NaN", "Infinity", "-Infinity", "1e7", "2..5"})
    void aBadCellIsRefusedWithAMessageAndTheDataStayIntact(String text) {
        DataSetForm f = form();
        DataSetForm.State before = f.stateProperty().get();
        assertFalse(f.commit(2, "y", text));
        assertSame(before, f.stateProperty().get(), "nothing published");
        assertEquals(FOUR, f.current());
        assertTrue(f.messageProperty().get().startsWith("y₃"), f.messageProperty().get());
        assertTrue(f.messageProperty().get().contains("kept 0.2"), f.messageProperty().get());
        assertEquals(text, f.rows().get(2).y().textProperty().get(), "the cell shows what was typed");
        f.revert(2, "y");
        assertEquals("0.2", f.rows().get(2).y().textProperty().get(), "Esc takes the entry back");
        assertEquals("", f.messageProperty().get());
    }

    @Test
    void aGoodCellIsPublished() {
        DataSetForm f = form();
        List<DataSetForm.State> seen = new ArrayList<>();
        f.stateProperty().addListener((o, was, is) -> seen.add(is));
        assertTrue(f.commit(0, "x", " 1,25 "));
        assertEquals(1, seen.size());
        assertEquals(1.25, seen.get(0).data().x(0));
        assertEquals(2, seen.get(0).batch());
    }

    @Test
    void aWholeSetCheckRefusesTheCellAndKeepsItsValue() {
        DataSetForm f = new DataSetForm(DataSet.parse("1:0.6,2:1"), 1,
                d -> d.sumXx() == 0 ? "every x is 0" : null);
        assertTrue(f.commit(0, "x", "0"));
        assertFalse(f.commit(1, "x", "0"));
        assertEquals(2.0, f.current().x(1));
        assertEquals("x₂: every x is 0; kept 2", f.messageProperty().get());
    }

    @Test
    void aNonDivisorBatchIsRefusedWithTheDivisors() {
        DataSetForm f = form();
        assertFalse(f.commitBatch("3"));
        assertEquals(2, f.batch());
        String m = f.batchErrorProperty().get();
        assertTrue(m.contains("does not divide n = 4") && m.contains("1, 2, 4") && m.endsWith("kept 2"), m);
        assertEquals("3", f.batchTextProperty().get());
        assertFalse(f.commitBatch("two"));
        assertTrue(f.batchErrorProperty().get().contains("not a whole number")
                && f.batchErrorProperty().get().contains("1, 2, 4"), f.batchErrorProperty().get());
        f.revertBatch();
        assertEquals("2", f.batchTextProperty().get());
        assertEquals("", f.batchErrorProperty().get());
        assertTrue(f.commitBatch("4"));
        assertEquals(4, f.batch());
    }

    @Test
    void removingAPointAdjustsTheBatchAndSaysSo() {
        DataSetForm f = form();
        assertTrue(f.remove(3));
        assertEquals(3, f.size());
        assertEquals(1, f.batch(), "2 does not divide 3: the largest divisor below it");
        assertTrue(f.messageProperty().get().contains("the batch is now 1"), f.messageProperty().get());
        assertEquals(DataSet.parse("1:0.6,2:1.0,0.5:0.2"), f.current());
        assertEquals("y₃", f.rows().get(2).y().name(), "rows are renamed after a removal");
    }

    @Test
    void theLastPointCannotBeRemoved() {
        DataSetForm f = new DataSetForm(DataSet.parse("1:0.6"), 1, d -> null);
        assertFalse(f.remove(0));
        assertEquals(1, f.size());
        assertTrue(f.messageProperty().get().contains("at least one point"), f.messageProperty().get());
    }

    @Test
    void addingCopiesTheLastPointUpToTheTableLimit() {
        DataSetForm f = form();
        assertTrue(f.add());
        assertEquals(5, f.size());
        assertEquals(FOUR.point(3), f.current().point(4));
        assertEquals(1, f.batch(), "2 does not divide 5");
        while (f.size() < DataSetForm.MAX_POINTS) {
            assertTrue(f.add());
        }
        assertFalse(f.add());
        assertEquals(DataSetForm.MAX_POINTS, f.size());
    }

    @Test
    void aDrawIsTheSeededGeneratorsDataSet() {
        DataSetForm f = form();
        ParameterField[] d = f.drawFields();
        assertTrue(d[0].commitText("6"));
        assertTrue(d[3].commitText("5"));
        assertTrue(f.draw());
        assertEquals(DataSet.random(6, 0.6, 0.3, 5), f.current());
        assertEquals(2, f.batch(), "2 divides 6: kept");
    }

    @Test
    void setRefusesABatchThatDoesNotDivide() {
        DataSetForm f = form();
        assertThrows(IllegalArgumentException.class, () -> f.set(DataSet.parse("1:1,2:2,3:3"), 2));
        assertEquals(FOUR, f.current());
        f.set(DataSet.parse("1:1,2:2,3:3"), 3);
        assertEquals(3, f.batch());
        assertEquals("3", f.batchTextProperty().get());
    }
}
