package org.igrexplorer.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes text to a file atomically (temp file, then move), or to standard output for "-". */
final class OutputTarget {

    /** Produces the content. */
    interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private OutputTarget() {
    }

    static void write(Path out, Content content) throws IOException {
        if (out == null || out.toString().equals("-")) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
            return;
        }
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        Path tmp = Files.createTempFile(dir, abs.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
