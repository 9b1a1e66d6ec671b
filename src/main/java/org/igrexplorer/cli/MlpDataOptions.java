package org.igrexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpDataSet;
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

    @Option(names = "--noise", description = "noise of a synthetic set (default: the set's own, as in the MLP lab:"
            + " spirals 0.08, blobs 0.25, xor 0.08)")
    Double noise;

    @Option(names = "--kernel", description = "matrix kernel: auto, openblas or java (default: ${DEFAULT-VALUE})",
            defaultValue = "auto")
    String kernel;

    @Option(names = "--threads", description = "threads inside one matrix product (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    int threads;

    DataSplit load() throws IOException {
        if (trainLimit < 1 || testLimit < 0) {
            throw new IllegalArgumentException("--train-limit must be >= 1 and --test-limit >= 0");
        }
        MlpDataSet set;
        try {
            set = MlpDataSet.fromId(dataset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--dataset: " + e.getMessage());
        }
        if (set == MlpDataSet.MNIST) {
            return set.load(data, trainLimit, testLimit);
        }
        if (syntheticSize < 1 || noise != null && !(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("--synthetic-size must be >= 1 and --noise a finite number >= 0");
        }
        return set.load(data, Math.min(syntheticSize, trainLimit), Math.min(Math.max(1, syntheticSize / 4), testLimit),
                noise == null ? Double.NaN : noise);
    }

    Blas blas() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1");
        }
        Blas b = Blas.named(kernel);
        b.setThreads(threads);
        return b;
    }
}
