package org.igrexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one output writer: atomic under a crash, and careful with folders, links, devices and modes. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private static byte[] png(int size, int rgb) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                img.setRGB(x, y, rgb ^ (x * 31 + y * 17));
            }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "png", b);
        return b.toByteArray();
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aCrashHalfWayThroughAPngLeavesTheOldPngWhole() throws Exception {
        Path out = dir.resolve("big.png");
        byte[] good = png(300, 0x336699);
        AtomicFileWriter.write(out, good);
        byte[] next = png(600, 0x993366);
        // the process "dies" half-way (an Error, as an OutOfMemoryError or a kill mid-write would be)
        assertThrows(AssertionError.class, () -> AtomicFileWriter.write(out, os -> {
            os.write(next, 0, next.length / 2);
            os.flush();
            throw new AssertionError("simulated crash");
        }));
        assertArrayEquals(good, Files.readAllBytes(out));
        assertEquals(300, ImageIO.read(out.toFile()).getWidth(), "the old PNG still decodes");
        assertEquals(List.of(out), listing(), "the half-written temporary is gone");
    }

    @Test
    void aStopBySignalDeletesTheTemporaryAndRunsTheInterruptAction() throws Exception {
        Path out = dir.resolve("rows.csv");
        Files.writeString(out, "old\n");
        AtomicBoolean told = new AtomicBoolean();
        AtomicFileWriter.Output o = AtomicFileWriter.open(out);
        o.onInterrupt(() -> told.set(true));
        o.stream().write("new rows\n".getBytes(StandardCharsets.UTF_8));
        o.stream().flush();
        assertEquals(2, listing().size(), "rows go to a temporary next to the target");
        AtomicFileWriter.interruptAll(); // what the shutdown hook does on SIGINT / SIGTERM
        assertTrue(told.get());
        assertEquals("old\n", Files.readString(out));
        assertEquals(List.of(out), listing());
    }

    @Test
    void staleTemporariesOfDeadProcessesAreSweptByTheNextWrite() throws Exception {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        long dead = p.pid();
        Path stale = dir.resolve(".keep.csv.igr-" + dead + "-0123abcd" + AtomicFileWriter.TEMP_SUFFIX);
        Files.write(stale, new byte[4096]);
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path running = dir.resolve(".keep.csv.igr-" + alive + "-89abcdef" + AtomicFileWriter.TEMP_SUFFIX);
        Files.write(running, new byte[16]);
        Path foreign = dir.resolve(".keep.csv.tmp");
        Files.write(foreign, new byte[16]);
        AtomicFileWriter.write(dir.resolve("keep.csv"), "a\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(Files.exists(stale), "a dead process's temporary is removed");
        assertTrue(Files.exists(running), "a running process's temporary is left alone");
        assertTrue(Files.exists(foreign), "files not of our naming are left alone");
    }

    @Test
    void aFolderAsTargetIsRefusedAndLeftAsItWas() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("e"));
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(folder, new byte[] {1}));
        assertTrue(e.getMessage().contains("cannot write " + folder) && e.getMessage().contains("is a folder"),
                e.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(folder), listing());
        IOException root = assertThrows(IOException.class, () -> AtomicFileWriter.check(Path.of("/")));
        assertTrue(root.getMessage().contains("is a folder"), root.getMessage());
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTarget() throws Exception {
        Path real = dir.resolve("real.csv");
        Files.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        AtomicFileWriter.write(link, "new\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new\n", Files.readString(real));
        // a dangling link creates its target
        Path dangling = Files.createSymbolicLink(dir.resolve("d.csv"), dir.resolve("made.csv"));
        AtomicFileWriter.write(dangling, "x\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("x\n", Files.readString(dir.resolve("made.csv")));
    }

    @Test
    void aDeviceIsStreamedToNeverReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        AtomicFileWriter.check(devNull);
        AtomicFileWriter.write(devNull, new byte[1 << 16]);
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
        assertEquals(0, Files.size(devNull));
    }

    @Test
    void newFilesFollowTheUmaskAndReplacedFilesKeepTheirMode() throws Exception {
        Path plain = dir.resolve("plain");
        Files.newOutputStream(plain).close(); // the mode the umask gives a new file
        Path fresh = dir.resolve("fresh.csv");
        AtomicFileWriter.write(fresh, new byte[] {1});
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));

        Path kept = dir.resolve("kept.csv");
        Files.writeString(kept, "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(kept, mode);
        AtomicFileWriter.write(kept, new byte[] {2});
        assertEquals(mode, Files.getPosixFilePermissions(kept));
    }

    @Test
    void messagesNameTheTargetAndTheReason() throws Exception {
        Path missing = dir.resolve("nope/a.csv");
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.check(missing));
        assertEquals("cannot write " + missing + ": the folder " + dir.resolve("nope") + " does not exist",
                e.getMessage());
        Path file = Files.writeString(dir.resolve("f"), "x");
        e = assertThrows(IOException.class, () -> AtomicFileWriter.write(file.resolve("a.csv"), new byte[1]));
        assertTrue(e.getMessage().startsWith("cannot write " + file.resolve("a.csv") + ": the folder " + file),
                e.getMessage());
        Path proc = Path.of("/proc/igr-explorer-test.png");
        e = assertThrows(IOException.class, () -> AtomicFileWriter.check(proc));
        assertTrue(e.getMessage().startsWith("cannot write " + proc + ": "), e.getMessage());
        assertEquals(List.of(file), listing());
    }
}
