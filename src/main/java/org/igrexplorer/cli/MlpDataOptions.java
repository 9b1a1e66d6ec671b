package org.igrexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.igrexplorer.core.Checks;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpDataSet;
import picocli.CommandLine.Option;

/** Data and kernel options shared by the MLP commands. */
final class MlpDataOptions {

    @Option(names = "--data", description = "folder with the MNIST IDX files, plain or .gz (default: the copy built"
            + " into the application)")
    Path data;

    @Option(names = "--dataset", description = "mnist, spirals, blobs or xor (default: ${DEFAULT-VALUE})",
            defaultValue = "mnist")
    String dataset;

    @Option(names = "--train-limit", description = "use the first N training examples (default: all)",
            defaultValue = "2147483647")
    int trainLimit;

    @Option(names = "--test-limit", description = "use the first N test examples (default: all)",
            defaultValue = "2147483647")
    int testLimit;

    @Option(names = "--synthetic-size", description = "training points of a synthetic set (default: ${DEFAULT-VALUE})",
            defaultValue = "2000")
    int syntheticSize;

    @Option(names = "--noise", description = "noise of a synthetic set (default: the set's own, as in the MLP lab:"
            + " spirals 0.08, blobs 0.25, xor 0.08)")
    Double noise;

    @Option(names = "--kernel", description = "matrix kernel: auto, openblas or java (default: ${DEFAULT-VALUE})",
            defaultValue = "auto")
    String kernel;

    @Option(names = "--threads", description = "threads inside one matrix product (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    int threads;

    /** Largest synthetic training set (the test set is a quarter of it). */
    static final int MAX_SYNTHETIC_SIZE = 1_000_000;
    /** Largest noise of a synthetic set (its points lie within about ±1). */
    static final double MAX_NOISE = 10;
    /** Most threads inside one matrix product. */
    static final int MAX_THREADS = 256;

    /**
     * Checks every value before any work.
     *
     * @throws IllegalArgumentException naming each bad value and its range
     */
    void check() {
        List<String> problems = new ArrayList<>();
        problems.add(Checks.range("--train-limit", trainLimit, 1, Integer.MAX_VALUE));
        problems.add(Checks.range("--test-limit", testLimit, 1, Integer.MAX_VALUE));
        problems.add(Checks.range("--synthetic-size", syntheticSize, 4, MAX_SYNTHETIC_SIZE));
        if (noise != null) {
            problems.add(Checks.range("--noise", noise, 0, MAX_NOISE));
        }
        problems.add(Checks.range("--threads", threads, 1, MAX_THREADS));
        problems.removeIf(Objects::isNull);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        dataSet();
    }

    /** @return the set named by --dataset */
    private MlpDataSet dataSet() {
        try {
            return MlpDataSet.fromId(dataset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--dataset: " + e.getMessage());
        }
    }

    DataSplit load() throws IOException {
        check();
        MlpDataSet set = dataSet();
        if (set == MlpDataSet.MNIST) {
            return set.load(data, trainLimit, testLimit);
        }
        return set.load(data, Math.min(syntheticSize, trainLimit), Math.min(Math.max(1, syntheticSize / 4), testLimit),
                noise == null ? Double.NaN : noise);
    }

    Blas blas() {
        Blas b = Blas.named(kernel);
        b.setThreads(threads);
        return b;
    }
}
