package org.igrexplorer.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.igrexplorer.core.io.AtomicFileWriter;

/**
 * Small user preferences that outlive a run (e.g. the colour theme), as string values under string
 * keys in {@code settings.json} of the configuration folder ({@link RecentFiles#configDir()}, which
 * the system property {@value RecentFiles#CONFIG_DIR_PROPERTY} overrides):
 * {@code {"format": "igr-explorer-settings", "version": 1, "values": {"theme": "DARK"}}}.
 * A missing or damaged store reads as empty; failures to persist are logged, never thrown: settings
 * are a convenience. Thread-safe; every {@link #put} writes the whole file atomically.
 */
public final class UserSettings {

    /** Value of the {@code format} field of the store. */
    public static final String FORMAT = "igr-explorer-settings";

    private static final System.Logger LOG = System.getLogger(UserSettings.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path store;
    private final Map<String, String> values = new TreeMap<>();

    /** @param store the JSON file (its folder is created on the first save) */
    public UserSettings(Path store) {
        this.store = store.toAbsolutePath();
        values.putAll(read(this.store));
    }

    /** @return the settings at {@link #defaultStore()} */
    public static UserSettings openDefault() {
        return new UserSettings(defaultStore());
    }

    /** @return {@code settings.json} in the configuration folder */
    public static Path defaultStore() {
        return RecentFiles.configDir().resolve("settings.json");
    }

    /** @return the file this object reads and writes */
    public Path store() {
        return store;
    }

    /** @return the value stored under {@code key}, if any */
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Stores {@code value} under {@code key} (or with {@code null} removes the key) and persists if
     * that changed anything.
     */
    public synchronized void put(String key, String value) {
        String old = value == null ? values.remove(key) : values.put(key, value);
        if (!Objects.equals(old, value)) {
            persist();
        }
    }

    private void persist() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ObjectNode obj = root.putObject("values");
        values.forEach(obj::put);
        try {
            Files.createDirectories(store.getParent());
            AtomicFileWriter.write(store, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save the settings to " + store + ": " + e);
        }
    }

    private static Map<String, String> read(Path store) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(store)) {
            return out;
        }
        try {
            JsonNode root = MAPPER.readTree(store.toFile());
            if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())
                    || root.path("version").asInt(-1) != 1 || !root.path("values").isObject()) {
                LOG.log(System.Logger.Level.WARNING, "ignoring unreadable settings " + store);
                return out;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("values").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    out.put(e.getKey(), e.getValue().textValue());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable settings " + store + ": " + e);
        }
        return out;
    }
}
