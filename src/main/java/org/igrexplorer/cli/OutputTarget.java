package org.igrexplorer.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.igrexplorer.core.io.AtomicFileWriter;

/**
 * The commands' output files: checked before any work starts, written through the one
 * {@link AtomicFileWriter}; no file (or "-") means standard output.
 */
final class OutputTarget {

    private OutputTarget() {
    }

    /** @return whether {@code out} means standard output */
    static boolean isStdout(Path out) {
        return out == null || out.toString().equals("-");
    }

    /**
     * Checks, before any work, that {@code out} can be written.
     *
     * @param option the option that named it, e.g. "--out"
     * @throws IllegalArgumentException naming the option, the file and the reason
     */
    static void check(String option, Path out) {
        if (isStdout(out)) {
            return;
        }
        try {
            AtomicFileWriter.check(out);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /** Writes UTF-8 text to {@code out} atomically, or to standard output. */
    static void write(Path out, AtomicFileWriter.TextContent content) throws IOException {
        if (isStdout(out)) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
            return;
        }
        AtomicFileWriter.writeText(out, content);
    }
}
