package org.igrexplorer.core.session;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The most recently opened or saved session files, newest first, without duplicates, persisted as a
 * small JSON file ({@code {"format": "igr-explorer-recent", "version": 1, "files": [...]}}).
 * A missing or damaged store is treated as an empty list; failures to persist are logged, never thrown:
 * the list is a convenience. Thread-safe.
 */
public final class RecentFiles {

    /** Default number of entries kept. */
    public static final int DEFAULT_CAPACITY = 10;

    /** System property that overrides the configuration folder (tests, portable installs). */
    public static final String CONFIG_DIR_PROPERTY = "igr.configDir";

    /** Value of the {@code format} field of the store. */
    public static final String FORMAT = "igr-explorer-recent";

    private static final int VERSION = 1;
    private static final String WHAT = "the recent files list";

    private final Path store;
    private final int capacity;
    private final List<Path> files = new ArrayList<>();

    /**
     * @param store    the JSON file that keeps the list (its folder is created on the first save)
     * @param capacity how many entries to keep, ≥ 1
     */
    public RecentFiles(Path store, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be ≥ 1, got " + capacity);
        }
        this.store = store.toAbsolutePath();
        this.capacity = capacity;
        files.addAll(read(this.store, capacity));
    }

    /** @return the list at its default place ({@link #defaultStore()}) with the default capacity */
    public static RecentFiles openDefault() {
        return new RecentFiles(defaultStore(), DEFAULT_CAPACITY);
    }

    /**
     * @return {@code recent-files.json} in the configuration folder: the system property
     *         {@value #CONFIG_DIR_PROPERTY} if set, else {@code %APPDATA%\IGR Explorer} on Windows,
     *         {@code ~/Library/Application Support/IGR Explorer} on macOS and
     *         {@code $XDG_CONFIG_HOME/igr-explorer} (default {@code ~/.config/igr-explorer}) elsewhere
     */
    public static Path defaultStore() {
        return configDir().resolve("recent-files.json");
    }

    /** @return the configuration folder (see {@link #defaultStore()}) */
    public static Path configDir() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Paths.get(override);
        }
        String home = System.getProperty("user.home", ".");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Paths.get(appData != null ? appData : home, "IGR Explorer");
        }
        if (os.contains("mac")) {
            return Paths.get(home, "Library", "Application Support", "IGR Explorer");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(home, ".config")).resolve("igr-explorer");
    }

    /** @return the entries, newest first (a snapshot) */
    public synchronized List<Path> list() {
        return Collections.unmodifiableList(new ArrayList<>(files));
    }

    /** Puts {@code file} first (moving it if present), drops the oldest beyond the capacity, persists. */
    public synchronized void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        while (files.size() > capacity) {
            files.remove(files.size() - 1);
        }
        persist();
    }

    /** Removes {@code file} (e.g. when it no longer exists) and persists. */
    public synchronized void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            persist();
        }
    }

    /** Empties the list and persists. */
    public synchronized void clear() {
        files.clear();
        persist();
    }

    private void persist() {
        ConfigStore.write(store, new Stored(FORMAT, VERSION, files.stream().map(Path::toString).toList()), WHAT);
    }

    /**
     * Largest recent-files list read (ten paths of up to 4,096 characters fit many times over); a larger
     * file is ignored, as a session file beyond its cap is refused, so it can never stop the window.
     */
    static final long MAX_BYTES = 256 * 1024;

    private static List<Path> read(Path store, int capacity) {
        List<Path> out = new ArrayList<>();
        List<String> stored = ConfigStore.read(store, Stored.class, FORMAT, VERSION, MAX_BYTES, WHAT)
                .map(Stored::files).orElse(List.of());
        for (String name : stored == null ? List.<String>of() : stored) {
            if (name != null && out.size() < capacity) {
                try {
                    Path p = Paths.get(name).toAbsolutePath().normalize();
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                } catch (InvalidPathException e) {
                    // skip an entry this platform cannot express
                }
            }
        }
        return out;
    }

    /** The file's content. */
    record Stored(String format, int version, List<String> files) implements ConfigStore.Versioned {
    }
}
