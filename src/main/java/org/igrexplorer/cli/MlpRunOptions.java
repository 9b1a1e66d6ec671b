package org.igrexplorer.cli;

import org.igrexplorer.core.mlp.MlpArchitecture;
import picocli.CommandLine.Option;

/**
 * The options of one MLP training run, shared by {@code train} and {@code mlp-landscape} (and the
 * {@code render} views of a network's landscape): network sizes, learning rate, batch, epochs, seed.
 */
final class MlpRunOptions {

    @Option(names = "--sizes", description = "layer sizes, input first (default: ${DEFAULT-VALUE})", defaultValue = "784,128,10")
    String sizes;

    @Option(names = "--lr", description = "learning rate h (default: ${DEFAULT-VALUE})", defaultValue = "0.1")
    double lr;

    @Option(names = "--batch", description = "batch size, 1 .. N; N or more = full-batch GD (default: ${DEFAULT-VALUE})",
            defaultValue = "32")
    int batch;

    @Option(names = "--epochs", description = "epochs (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int epochs;

    @Option(names = "--seed", description = "seed of the initialisation and the shuffles (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    long seed;

    /** @return the parsed network sizes (a clear message for a bad list) */
    MlpArchitecture architecture() {
        return MlpArchitecture.parse(sizes);
    }
}
