package org.igrexplorer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One command-line run in the test's JVM, with what it printed.
 *
 * @param code exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code igr-explorer args…} through {@link IgrCommand#commandLine} and captures both streams. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IgrCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
