package org.igrexplorer.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands on the two-parameter model. */
public final class ModelOptions {

    @Option(names = "--x", description = "data input x (default: ${DEFAULT-VALUE})", defaultValue = "1")
    double x;

    @Option(names = "--y", description = "data target y (default: ${DEFAULT-VALUE})", defaultValue = "0.6")
    double y;

    @Option(names = "--a0", description = "start a0 (default: ${DEFAULT-VALUE})", defaultValue = "2.8")
    double a0;

    @Option(names = "--b0", description = "start b0 (default: ${DEFAULT-VALUE})", defaultValue = "3.5")
    double b0;
}
