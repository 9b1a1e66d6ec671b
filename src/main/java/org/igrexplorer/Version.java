package org.igrexplorer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, read from a resource that Maven fills in at build time. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    /** @return e.g. "0.1.0" */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
