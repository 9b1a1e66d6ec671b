package org.igrexplorer.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @Test
    void newestFirstWithoutDuplicatesAndBounded(@TempDir Path dir) {
        Path store = dir.resolve("config/recent-files.json");
        RecentFiles r = new RecentFiles(store, 3);
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path c = dir.resolve("c.json");
        Path d = dir.resolve("d.json");
        r.add(a);
        r.add(b);
        r.add(dir.resolve("x/../a.json"));
        assertEquals(List.of(a, b), r.list());
        r.add(c);
        r.add(d);
        assertEquals(List.of(d, c, a), r.list());
        assertTrue(Files.isRegularFile(store));
        assertEquals(List.of(d, c, a), new RecentFiles(store, 3).list(), "persisted and read back");
        assertEquals(List.of(d, c), new RecentFiles(store, 2).list(), "a smaller capacity keeps the newest");
        r.remove(c);
        assertEquals(List.of(d, a), new RecentFiles(store, 3).list());
        r.clear();
        assertEquals(List.of(), new RecentFiles(store, 3).list());
    }

    @Test
    void damagedStoreIsAnEmptyList(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("recent-files.json");
        for (String content : List.of("", "{", "[1,2]", "{\"format\":\"igr-explorer-recent\",\"version\":9,\"files\":[]}",
                "{\"format\":\"igr-explorer-recent\",\"version\":1,\"files\":3}")) {
            Files.writeString(store, content);
            assertEquals(List.of(), new RecentFiles(store, 5).list(), content);
        }
        Files.writeString(store, "{\"format\":\"igr-explorer-recent\",\"version\":1,\"files\":[\"/a\",7,\"/a\",\"/b\"]}");
        assertEquals(List.of(Path.of("/a"), Path.of("/b")), new RecentFiles(store, 5).list());
    }

    @Test
    void configFolderCanBeOverridden(@TempDir Path dir) {
        String old = System.getProperty(RecentFiles.CONFIG_DIR_PROPERTY);
        System.setProperty(RecentFiles.CONFIG_DIR_PROPERTY, dir.toString());
        try {
            assertEquals(dir.resolve("recent-files.json"), RecentFiles.defaultStore());
        } finally {
            if (old == null) {
                System.clearProperty(RecentFiles.CONFIG_DIR_PROPERTY);
            } else {
                System.setProperty(RecentFiles.CONFIG_DIR_PROPERTY, old);
            }
        }
    }
}
