package org.igrexplorer.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.igrexplorer.core.io.AtomicFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFilesTest {

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void saveThenLoadGivesAnEqualState(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.igr.json");
        for (Preset p : Presets.all()) {
            SessionFiles.save(file, p.state());
            assertEquals(p.state(), SessionFiles.load(file).state().orElseThrow(), p.id());
        }
        assertEquals(List.of(file), listing(dir), "no temporary file is left behind");
    }

    @Test
    void interruptedSaveLeavesThePreviousFileIntact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keep.igr.json");
        SessionFiles.save(file, Presets.FIG1A_NEAR.state());
        byte[] before = Files.readAllBytes(file);
        byte[] next = SessionCodec.encode(Presets.DIVERGENCE.state());
        // The write fails half-way, as a full disk or a killed writer would.
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write(next, 0, next.length / 2);
            out.flush();
            throw new IOException("disk full (simulated)");
        }));
        assertEquals("disk full (simulated)", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(Presets.FIG1A_NEAR.state(), SessionFiles.load(file).state().orElseThrow());
        // An unchecked failure mid-write behaves the same.
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write(next, 0, 10);
            throw new IllegalStateException("crash (simulated)");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), listing(dir), "the half-written temporary files were removed");
    }

    @Test
    void saveIntoAMissingFolderFailsWithAMessage(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class,
                () -> SessionFiles.save(dir.resolve("nope/a.igr.json"), SessionState.DEFAULT));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void loadReportsMissingFoldersAndDamagedFiles(@TempDir Path dir) throws Exception {
        String missing = SessionFiles.load(dir.resolve("missing.json")).error().orElseThrow();
        assertTrue(missing.contains("does not exist"), missing);
        assertTrue(SessionFiles.load(dir).error().orElseThrow().contains("folder"));
        Path bad = dir.resolve("bad.igr.json");
        Files.writeString(bad, "{\"format\":\"igr-explorer-session\",\"version\":1,\"parameters\":");
        String msg = SessionFiles.load(bad).error().orElseThrow();
        assertTrue(msg.startsWith("bad.igr.json: "), msg);
    }

    @Test
    void managerOpensSavesAndKeepsRecentFiles(@TempDir Path dir) throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("cfg/recent.json"), 3);
        SessionManager m = new SessionManager(SessionState.DEFAULT, recent);
        m.apply(Presets.RICOCHET);
        Path a = dir.resolve("a.igr.json");
        m.save(a);
        m.set(SessionState.DEFAULT);
        assertTrue(m.open(a).isOk());
        assertEquals(Presets.RICOCHET.state(), m.current());
        assertEquals(List.of(a.toAbsolutePath()), recent.list());
        Path bad = dir.resolve("bad.igr.json");
        Files.writeString(bad, "not json");
        assertFalse(m.open(bad).isOk());
        assertEquals(Presets.RICOCHET.state(), m.current());
        assertEquals(List.of(a.toAbsolutePath()), recent.list(), "a failed open is not a recent file");
        Files.delete(a);
        assertFalse(m.open(a).isOk());
        assertEquals(List.of(), recent.list(), "a vanished file leaves the list");
    }
}
