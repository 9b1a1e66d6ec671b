package org.igrexplorer.core.session;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Small user preferences that outlive a run (e.g. the colour theme), as string values under string
 * keys in {@code settings.json} of the configuration folder ({@link RecentFiles#configDir()}, which
 * the system property {@value RecentFiles#CONFIG_DIR_PROPERTY} overrides):
 * {@code {"format": "igr-explorer-settings", "version": 1, "values": {"theme": "DARK"}}}.
 * A missing or damaged store reads as empty ({@link ConfigStore}); failures to persist are logged, never thrown: settings
 * are a convenience. Thread-safe; every {@link #put} writes the whole file atomically.
 */
public final class UserSettings {

    /** Value of the {@code format} field of the store. */
    public static final String FORMAT = "igr-explorer-settings";

    private static final int VERSION = 1;
    /** Largest settings file read (a few keys fit many times over). */
    private static final long MAX_BYTES = 64 * 1024;
    private static final String WHAT = "the settings";

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
        ConfigStore.write(store, new Stored(FORMAT, VERSION, new TreeMap<>(values)), WHAT);
    }

    private static Map<String, String> read(Path store) {
        Map<String, String> out = new TreeMap<>();
        ConfigStore.read(store, Stored.class, FORMAT, VERSION, MAX_BYTES, WHAT).ifPresent(s -> {
            if (s.values() != null) {
                s.values().forEach((k, v) -> {
                    if (k != null && v != null) {
                        out.put(k, v);
                    }
                });
            }
        });
        return out;
    }

    /** The file's content. */
    record Stored(String format, int version, Map<String, String> values) implements ConfigStore.Versioned {
    }
}
