package org.igrexplorer.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.igrexplorer.core.io.AtomicFileWriter;
import org.igrexplorer.core.io.Csv;
import org.igrexplorer.core.mlp.RunControl;

/**
 * A CSV written row by row as runs finish, to a temporary next to the target (or to standard output):
 * a long command keeps every finished row. When the program is stopped by a signal (SIGINT, SIGTERM)
 * the run is cancelled through its {@link RunControl}, the command ends with a note line saying the
 * work was cut short, and what was finished is moved into place. Owned by the command's thread.
 */
final class RowOutput implements Closeable {

    /** How long the shutdown hook waits for the command to save what it finished. */
    private static final long SAVE_ON_SIGNAL_S = 10;

    private final AtomicFileWriter.Output file;
    private final OutputStream stream;
    private final CountDownLatch ended = new CountDownLatch(1);

    private RowOutput(AtomicFileWriter.Output file, OutputStream stream) {
        this.file = file;
        this.stream = stream;
    }

    /**
     * @param out     the file, or null / "-" for standard output
     * @param control cancelled when the program is stopped by a signal
     * @param header  the CSV header
     */
    static RowOutput open(Path out, RunControl control, String header) throws IOException {
        RowOutput r;
        if (OutputTarget.isStdout(out)) {
            r = new RowOutput(null, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        } else {
            AtomicFileWriter.Output o = AtomicFileWriter.open(out);
            r = new RowOutput(o, o.stream());
            o.onInterrupt(() -> {
                control.cancel();
                try {
                    r.ended.await(SAVE_ON_SIGNAL_S, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        r.line(header + Csv.LINE_END);
        return r;
    }

    /** Writes one finished line (with its line end) and makes it durable in the temporary. */
    void line(String line) throws IOException {
        stream.write(line.getBytes(StandardCharsets.UTF_8));
        stream.flush();
    }

    /**
     * Moves the rows into place.
     *
     * @param note a note line to end the file with (e.g. that the grid was cut short), or null
     */
    void commit(String note) throws IOException {
        try {
            if (note != null) {
                line(Csv.note(note));
            }
            if (file != null) {
                file.commit();
            }
        } finally {
            ended.countDown();
        }
    }

    /** Discards the rows unless committed. */
    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
        ended.countDown();
    }
}
