package org.igrexplorer.ui.mlp;

import java.util.function.Consumer;
import org.igrexplorer.core.mlp.MlpDataSet;

/**
 * Ready-made settings of the MLP lab, each with the one line that says what it shows. Applying one
 * fills the form; nothing starts until the user presses Start.
 */
public enum LabPreset {

    /**
     * Cohen et al. (ICLR 2021): under full-batch gradient descent the sharpness rises until it reaches
     * 2/h and then hovers there, while with a small h it keeps growing far below 2/h.
     */
    EDGE_OF_STABILITY("Edge of stability",
            "Full-batch GD on 2,000 MNIST images, 784-64-64-10: with h = 0.2 the sharpness rises past 2/h = 10, is "
                    + "pushed back and hovers just below it while the loss falls unevenly; with h = 0.02 it doubles but "
                    + "stays far below 2/h = 100. With cross-entropy both fall again once the images are fit",
            f -> {
                f.dataSetProperty().set(MlpDataSet.MNIST);
                f.trainExamples().commitText("2000");
                f.testExamples().commitText("1000");
                f.widths().commitText("64");
                f.depth().commitText("2");
                f.learningRates().commitText("0.2, 0.02");
                f.mu().commitText("0");
                f.batch().commitText("2000"); // the whole training set: full-batch gradient descent
                f.epochs().commitText("400"); // one step per epoch
                f.evalEvery().commitText("10");
                f.sharpnessEvery().commitText("10");
                f.sharpnessExamples().commitText("2000");
                f.seeds().commitText("1");
            });

    private final String title;
    private final String explanation;
    private final Consumer<MlpLabForm> settings;

    LabPreset(String title, String explanation, Consumer<MlpLabForm> settings) {
        this.title = title;
        this.explanation = explanation;
        this.settings = settings;
    }

    /** @return the name in the menu */
    public String title() {
        return title;
    }

    /** @return what the preset shows, in one line */
    public String explanation() {
        return explanation;
    }

    /** Fills the form with this preset's values (the data folder and the worker count stay). @param form Modified. */
    public void apply(MlpLabForm form) {
        settings.accept(form);
    }
}
