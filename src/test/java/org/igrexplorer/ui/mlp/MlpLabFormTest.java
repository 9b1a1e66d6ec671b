package org.igrexplorer.ui.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.igrexplorer.core.mlp.MlpDataSet;
import org.igrexplorer.core.mlp.SharpnessSchedule;
import org.igrexplorer.core.mlp.TrainingConfig;
import org.junit.jupiter.api.Test;

/** The lab's typed form: the explorer's field contract, the grid limit, the plan. */
class MlpLabFormTest {

    final MlpLabForm form = new MlpLabForm();

    @Test
    void listFieldsKeepTheLastValidListAndSayWhy() {
        NumberListField h = form.learningRates();
        assertTrue(h.commitText(" 0.05;0.2  1e-3 "));
        assertEquals(List.of(0.05, 0.2, 0.001), h.values());
        assertEquals("0.05, 0.2, 0.001", h.textProperty().get(), "shown again exactly, not rounded");
        assertEquals("", h.errorProperty().get());

        assertFalse(h.commitText("0.1, x"));
        assertEquals("h list: 'x' is not a number; kept 0.05, 0.2, 0.001", h.errorProperty().get());
        assertEquals("0.1, x", h.textProperty().get(), "the rejected text stays for correcting");
        assertEquals(List.of(0.05, 0.2, 0.001), h.values());
        assertFalse(h.commitText(""));
        assertTrue(h.errorProperty().get().startsWith("h list: give at least one number"));
        assertFalse(h.commitText("0.1, NaN"));
        assertTrue(h.errorProperty().get().contains("'NaN' is not finite"), h.errorProperty().get());
        assertFalse(h.commitText("20"));
        assertTrue(h.errorProperty().get().contains("'20' is not between"), h.errorProperty().get());
        h.revertText();
        assertEquals("0.05, 0.2, 0.001", h.textProperty().get());
        assertFalse(h.hasError());

        assertFalse(form.widths().commitText("8, 2.5"));
        assertTrue(form.widths().errorProperty().get().contains("'2.5' is not a whole number"));
        assertFalse(form.seeds().commitText("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17"));
        assertTrue(form.seeds().errorProperty().get().contains("at most 16 numbers"));
    }

    @Test
    void problemsCollectFieldErrorsAndTheGridLimit() {
        assertEquals("", form.problemsProperty().get());
        form.depth().commitText("9");
        form.mu().commitText("-1");
        String p = form.problemsProperty().get();
        assertTrue(p.contains("hidden layers must be between 1 and 8, got 9; kept 2") && p.contains("µ must be between 0 and 100"),
                p);
        assertThrows(IllegalStateException.class, form::plan);
        form.depth().revertText();
        form.mu().revertText();
        assertEquals("", form.problemsProperty().get());

        // 4 × 4 × 5 = 80 runs: every field valid, the grid too large
        form.learningRates().commitText("0.01,0.02,0.03,0.04");
        form.widths().commitText("8,16,32,64");
        form.seeds().commitText("1,2,3,4,5");
        assertEquals("the grid has 80 runs; at most " + MlpLabForm.MAX_RUNS, form.problemsProperty().get());
        form.seeds().commitText("1,2,3,4");
        assertEquals("", form.problemsProperty().get(), "64 runs are allowed");
    }

    @Test
    void thePlanHoldsTypedValuesAndBuildsEachRun() {
        form.dataSetProperty().set(MlpDataSet.BLOBS);
        form.dataFolderProperty().set("some/where");
        form.trainExamples().commitText("300");
        form.testExamples().commitText("50");
        form.widths().commitText("8, 16");
        form.depth().commitText("3");
        form.learningRates().commitText("0.1");
        form.mu().commitText("0.5");
        form.batch().commitText("20");
        form.epochs().commitText("4");
        form.evalEvery().commitText("7");
        form.seeds().commitText("5, 6");
        form.workers().commitText("3");
        form.noiseSamples().commitText("2");
        form.sharpnessEvery().commitText("9");
        form.sharpnessExamples().commitText("250");
        MlpLabForm.Plan plan = form.plan();
        assertEquals(new MlpLabForm.Plan(MlpDataSet.BLOBS, Path.of("some/where"), 300, 50, List.of(0.1),
                List.of(8, 16), List.of(5, 6), 3, 0.5, 20, 4, 7, 3, 2, new SharpnessSchedule(9, 250)), plan);
        assertEquals(4, plan.runCount());
        TrainingConfig c = plan.config(0.1, 16, 6);
        assertArrayEquals(new int[] {2, 16, 16, 16, 4}, c.architecture().sizes(), "blobs: 2 inputs, 4 classes");
        assertEquals(new TrainingConfig(c.architecture(), 0.1, 20, 0.5, 4, 7, 6, MlpLabForm.Plan.CHUNK,
                new SharpnessSchedule(9, 250)), c);
    }
}
