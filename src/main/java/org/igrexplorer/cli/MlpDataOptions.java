package org.igrexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MnistLoader;
import org.igrexplorer.core.mlp.SyntheticData;
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

    @Option(names = "--noise", description = "noise of a synthetic set (default: ${DEFAULT-VALUE})", defaultValue = "0.1")
    double noise;

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
        String d = dataset.toLowerCase(Locale.ROOT);
        DataSplit split;
        if (d.equals("mnist")) {
            split = MnistLoader.loadFolderOrBundled(data);
        } else {
            SyntheticData.Kind kind;
            try {
                kind = SyntheticData.Kind.valueOf(d.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown --dataset '" + dataset + "' (mnist, spirals, blobs, xor)");
            }
            split = SyntheticData.generate(kind, syntheticSize, Math.max(1, syntheticSize / 4), noise, 1);
        }
        return split.limit(trainLimit, testLimit);
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
