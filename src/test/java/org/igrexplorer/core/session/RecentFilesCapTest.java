package org.igrexplorer.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recent-files list beyond its size cap is ignored, so it cannot stop the window from starting. */
class RecentFilesCapTest {

    @Test
    void anOversizedListIsIgnoredAndReplacedOnTheNextAdd(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("recent-files.json");
        try (Writer w = Files.newBufferedWriter(store)) {
            w.write("{\"format\":\"igr-explorer-recent\",\"version\":1,\"files\":[");
            for (int i = 0; i < 100_000; i++) {
                w.write("\"/a/very/long/path/number/" + i + ".igr.json\",");
            }
            w.write("\"/last\"]}");
        }
        assertEquals(true, Files.size(store) > RecentFiles.MAX_BYTES);
        RecentFiles r = new RecentFiles(store, 10);
        assertEquals(List.of(), r.list());
        r.add(dir.resolve("s.igr.json"));
        assertEquals(List.of(dir.resolve("s.igr.json")), new RecentFiles(store, 10).list());
        assertEquals(true, Files.size(store) < 1024);
    }
}
