package org.igrexplorer.core.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.igrexplorer.core.io.AtomicFileWriter;

/** Reads and writes session files ({@link SessionCodec}) on disk; saving is atomic. */
public final class SessionFiles {

    /** The usual file name extension, without the dot. */
    public static final String EXTENSION = "igr.json";

    private SessionFiles() {
    }

    /**
     * @param file a session file
     * @return the state or a failure with a message; never throws for a missing, unreadable or
     *         damaged file
     */
    public static SessionLoadResult load(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return SessionLoadResult.failure(file + " is a folder, not a session file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(SessionCodec.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            return SessionLoadResult.failure("the file " + file + " does not exist");
        } catch (AccessDeniedException e) {
            return SessionLoadResult.failure("no permission to read " + file);
        } catch (IOException | SecurityException e) {
            return SessionLoadResult.failure("cannot read " + file + ": " + e.getMessage());
        }
        SessionLoadResult r = SessionCodec.decode(bytes);
        return r.isOk() ? r : SessionLoadResult.failure(file.getFileName() + ": " + r.error().orElseThrow());
    }

    /**
     * Saves atomically: an interrupted save leaves the previous file as it was.
     *
     * @throws IOException with a message for the user if the file cannot be written
     */
    public static void save(Path file, SessionState state) throws IOException {
        byte[] bytes = SessionCodec.encode(state);
        AtomicFileWriter.write(file, bytes);
    }
}
