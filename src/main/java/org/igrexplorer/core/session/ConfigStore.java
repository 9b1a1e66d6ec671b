package org.igrexplorer.core.session;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.igrexplorer.core.io.AtomicFileWriter;

/**
 * The small JSON files of the configuration folder (recent files, settings) as records read and
 * written by Jackson databind. Each file names its {@code format} and {@code version}; a file that is
 * missing, too large, not JSON, of another format or version, or of the wrong shape reads as absent,
 * and a failure to write is logged: these files are a convenience and never stop the window.
 */
final class ConfigStore {

    /** A stored record: its format and version come first in the file. */
    interface Versioned {
        String format();

        int version();
    }

    private static final System.Logger LOG = System.getLogger(ConfigStore.class.getName());
    private static final ObjectMapper MAPPER = mapper();

    private ConfigStore() {
    }

    /**
     * Strict about the shape (unknown fields, a missing version, a list where a string belongs), but
     * a number or boolean where a string belongs reads as null, so one odd entry of a list is skipped
     * rather than turned into a file name like "7".
     */
    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.AsNull);
        }
        return m;
    }

    /**
     * @param store    the file
     * @param type     the record it holds
     * @param format   the expected {@code format}
     * @param version  the expected {@code version}
     * @param maxBytes larger files are ignored unread
     * @param what     what the file is, for the log, e.g. "the recent files list"
     * @return the record, or empty (logged unless the file does not exist)
     */
    static <T extends Versioned> Optional<T> read(Path store, Class<T> type, String format, int version,
                                                  long maxBytes, String what) {
        if (!Files.isRegularFile(store)) {
            return Optional.empty();
        }
        try {
            if (Files.size(store) > maxBytes) {
                LOG.log(System.Logger.Level.WARNING, "ignoring " + what + " " + store + ": larger than " + maxBytes
                        + " bytes");
                return Optional.empty();
            }
            T value = MAPPER.readValue(store.toFile(), type);
            if (value == null || !format.equals(value.format()) || value.version() != version) {
                LOG.log(System.Logger.Level.WARNING, "ignoring " + what + " " + store + ": not format " + format
                        + " version " + version);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring " + what + " " + store + ", unreadable: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes {@code value} to {@code store} atomically (creating its folder), logging a failure. */
    static void write(Path store, Versioned value, String what) {
        try {
            Files.createDirectories(store.getParent());
            AtomicFileWriter.write(store, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save " + what + " to " + store + ": " + e);
        }
    }
}
