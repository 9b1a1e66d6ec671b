package org.igrexplorer.ui.mlp;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpDataSet;
import org.igrexplorer.core.mlp.SharpnessSchedule;
import org.igrexplorer.core.mlp.TrainingConfig;
import org.igrexplorer.ui.explorer.ParameterField;
import org.igrexplorer.ui.explorer.ParameterField.Scale;

/**
 * The MLP lab's inputs, typed. Single numbers are {@link ParameterField}s and lists are
 * {@link NumberListField}s, so a bad entry is marked and the last valid value kept, as in the
 * explorer; {@link #problemsProperty()} collects what stands in the way of a start (a field in
 * error, a grid larger than {@value #MAX_RUNS} runs). {@link #plan()} reads the form into one
 * immutable {@link Plan}. Needs no FX toolkit.
 */
public final class MlpLabForm {

    /** Most runs in one grid. */
    public static final int MAX_RUNS = 64;
    /** Most hidden layers. */
    public static final int MAX_DEPTH = 8;
    /** Most parallel runs. */
    public static final int MAX_WORKERS = 16;
    /** Most noise draws per σ in the Figure 3 experiment. */
    public static final int MAX_NOISE_SAMPLES = 50;

    private final ObjectProperty<MlpDataSet> dataSet = new SimpleObjectProperty<>(this, "dataSet", MlpDataSet.SPIRALS);
    /** The MNIST folder; empty: the copy built into the application. */
    private final StringProperty dataFolder = new SimpleStringProperty(this, "dataFolder", "");
    private final ParameterField trainExamples = count("train examples", 1, 1_000_000, 10_000);
    private final ParameterField testExamples = count("test examples", 1, 1_000_000, 2_000);
    private final NumberListField widths = new NumberListField("widths", 1, MlpArchitecture.MAX_WIDTH, true, 16, 32, 128);
    private final ParameterField depth = count("hidden layers", 1, MAX_DEPTH, 2);
    private final NumberListField learningRates = new NumberListField("h list", 1e-6, 10, false, 16, 0.01, 0.05, 0.2);
    private final ParameterField mu = new ParameterField("µ", Scale.LINEAR, 0, 1, 0, 100, false, 0);
    private final ParameterField batch = count("batch", 1, 1_000_000, 32);
    private final ParameterField epochs = count("epochs", 1, 10_000, 20);
    private final ParameterField evalEvery = count("evaluate every", 0, 10_000_000, 0);
    private final ParameterField sharpnessEvery = count("sharpness every", 0, 10_000_000, 0);
    private final ParameterField sharpnessExamples = count("sharpness examples", 1, 1_000_000,
            SharpnessSchedule.DEFAULT_EXAMPLES);
    private final NumberListField seeds = new NumberListField("seeds", 0, Integer.MAX_VALUE, true, 16, 1);
    private final ParameterField workers = count("parallel runs", 1, MAX_WORKERS,
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    private final ParameterField noiseSamples = count("noise samples", 1, MAX_NOISE_SAMPLES, 3);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");

    /**
     * The form read at one moment: every value typed and valid.
     *
     * @param dataFolder   where the MNIST files are; null: the copy built into the application
     * @param workers      size of the worker pool
     * @param noiseSamples Figure 3: draws per σ
     * @param sharpness    when the runs measure their sharpness λ_max(∇²E), and on how many examples
     */
    public record Plan(MlpDataSet dataSet, Path dataFolder, int trainExamples, int testExamples,
            List<Double> learningRates, List<Integer> widths, List<Integer> seeds, int depth, double mu, int batch,
            int epochs, int evalEvery, int workers, int noiseSamples, SharpnessSchedule sharpness) {

        /** Rows per chunk of a full-set pass: keeps the memory of several concurrent runs small. */
        public static final int CHUNK = 512;

        public Plan {
            learningRates = List.copyOf(learningRates);
            widths = List.copyOf(widths);
            seeds = List.copyOf(seeds);
        }

        /** @return runs in the grid h × width × seed */
        public int runCount() {
            return learningRates.size() * widths.size() * seeds.size();
        }

        /** @return the training run of one grid cell */
        public TrainingConfig config(double h, int width, int seed) {
            MlpArchitecture a = MlpArchitecture.of(dataSet.features(), width, depth, dataSet.classes());
            return new TrainingConfig(a, h, batch, mu, epochs, evalEvery, seed, CHUNK, sharpness);
        }
    }

    public MlpLabForm() {
        List<Observable> inputs = List.of(dataSet, dataFolder, trainExamples.errorProperty(), testExamples.errorProperty(),
                widths.errorProperty(), widths.valueProperty(), depth.errorProperty(), learningRates.errorProperty(),
                learningRates.valueProperty(), mu.errorProperty(), batch.errorProperty(), epochs.errorProperty(),
                evalEvery.errorProperty(), seeds.errorProperty(), seeds.valueProperty(), workers.errorProperty(),
                noiseSamples.errorProperty(), sharpnessEvery.errorProperty(), sharpnessExamples.errorProperty());
        inputs.forEach(o -> o.addListener(x -> problems.set(findProblems())));
        problems.set(findProblems());
    }

    private static ParameterField count(String name, int min, int max, int initial) {
        return new ParameterField(name, Scale.LINEAR, min, max, min, max, true, initial);
    }

    private String findProblems() {
        List<String> p = new ArrayList<>();
        for (ParameterField f : List.of(trainExamples, testExamples, depth, mu, batch, epochs, evalEvery, workers,
                noiseSamples, sharpnessEvery, sharpnessExamples)) {
            if (f.hasError()) {
                p.add(f.errorProperty().get());
            }
        }
        for (NumberListField f : List.of(widths, learningRates, seeds)) {
            if (f.hasError()) {
                p.add(f.errorProperty().get());
            }
        }
        String folderText = folderText();
        if (!folderText.isEmpty() && dataSet.get() == MlpDataSet.MNIST) {
            Path f = folder();
            if (f == null) {
                p.add("MNIST folder: '" + folderText + "' is not a valid path");
            } else if (!java.nio.file.Files.isDirectory(f)) {
                p.add("MNIST folder: '" + folderText + "' is not a folder (clear it to use the built-in copy)");
            }
        }
        long runs = (long) learningRates.values().size() * widths.values().size() * seeds.values().size();
        if (runs > MAX_RUNS) {
            p.add("the grid has " + runs + " runs; at most " + MAX_RUNS);
        }
        return String.join("; ", p);
    }

    private String folderText() {
        return dataFolder.get() == null ? "" : dataFolder.get().trim();
    }

    /** @return the chosen MNIST folder, or null for the built-in copy (or a path that is not valid) */
    private Path folder() {
        if (folderText().isEmpty()) {
            return null;
        }
        try {
            return Path.of(folderText());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** @return "" when a start is possible, else the problems joined by "; " */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /**
     * @return the form's values
     * @throws IllegalStateException while {@link #problemsProperty()} is not empty
     */
    public Plan plan() {
        if (!problems.get().isEmpty()) {
            throw new IllegalStateException(problems.get());
        }
        return new Plan(dataSet.get(), folder(), (int) trainExamples.getValue(), (int) testExamples.getValue(),
                learningRates.values(), widths.ints(), seeds.ints(), (int) depth.getValue(), mu.getValue(),
                (int) batch.getValue(), (int) epochs.getValue(), (int) evalEvery.getValue(), (int) workers.getValue(),
                (int) noiseSamples.getValue(),
                new SharpnessSchedule((int) sharpnessEvery.getValue(), (int) sharpnessExamples.getValue()));
    }

    public ObjectProperty<MlpDataSet> dataSetProperty() {
        return dataSet;
    }

    /** @return the folder with the MNIST files; empty: the copy built into the application */
    public StringProperty dataFolderProperty() {
        return dataFolder;
    }

    /** @return the first N training examples (MNIST), or the points of a synthetic set */
    public ParameterField trainExamples() {
        return trainExamples;
    }

    public ParameterField testExamples() {
        return testExamples;
    }

    /** @return hidden widths, one run each */
    public NumberListField widths() {
        return widths;
    }

    /** @return hidden layers */
    public ParameterField depth() {
        return depth;
    }

    /** @return learning rates h, one run (and one colour) each */
    public NumberListField learningRates() {
        return learningRates;
    }

    /** @return the EGR strength (0: plain SGD) */
    public ParameterField mu() {
        return mu;
    }

    public ParameterField batch() {
        return batch;
    }

    public ParameterField epochs() {
        return epochs;
    }

    /** @return steps between evaluations (0: each epoch) */
    public ParameterField evalEvery() {
        return evalEvery;
    }

    public NumberListField seeds() {
        return seeds;
    }

    /** @return the size of the worker pool */
    public ParameterField workers() {
        return workers;
    }

    /** @return steps between measurements of the sharpness λ_max(∇²E) (0: never) */
    public ParameterField sharpnessEvery() {
        return sharpnessEvery;
    }

    /** @return training examples of the sharpness loss (at most the training set) */
    public ParameterField sharpnessExamples() {
        return sharpnessExamples;
    }

    /** @return Figure 3: draws per σ */
    public ParameterField noiseSamples() {
        return noiseSamples;
    }
}
