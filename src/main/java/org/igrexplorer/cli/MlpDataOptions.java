package org.igrexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.igrexplorer.core.Checks;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MnistLoader;
import org.igrexplorer.core.mlp.SyntheticData;
import picocli.CommandLine.Option;

/** Data and kernel options shared by the MLP commands. */
final class MlpDataOptions {

    @Option(names = "--data", description = "folder with the MNIST IDX files, plain or .gz (default: ${DEFAULT-VALUE})",
            defaultValue = "assets/data")
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

    @Option(names = "--noise", description = "noise of a synthetic set (default: ${DEFAULT-VALUE})", defaultValue = "0.1")
    double noise;

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
        problems.add(Checks.range("--noise", noise, 0, MAX_NOISE));
        problems.add(Checks.range("--threads", threads, 1, MAX_THREADS));
        problems.removeIf(Objects::isNull);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        syntheticKind();
    }

    /** @return the synthetic set named by --dataset, or null for MNIST */
    private SyntheticData.Kind syntheticKind() {
        String d = dataset.trim().toLowerCase(Locale.ROOT);
        if (d.equals("mnist")) {
            return null;
        }
        try {
            return SyntheticData.Kind.valueOf(d.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --dataset '" + dataset + "' (mnist, spirals, blobs, xor)");
        }
    }

    DataSplit load() throws IOException {
        check();
        SyntheticData.Kind kind = syntheticKind();
        DataSplit split = kind == null ? MnistLoader.load(data)
                : SyntheticData.generate(kind, syntheticSize, Math.max(1, syntheticSize / 4), noise, 1);
        return split.limit(trainLimit, testLimit);
    }

    Blas blas() {
        Blas b = Blas.named(kernel);
        b.setThreads(threads);
        return b;
    }
}
