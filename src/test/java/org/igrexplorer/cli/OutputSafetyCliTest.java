package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output path and every value is checked before work starts; formats follow the file name. */
class OutputSafetyCliTest {

    @TempDir
    Path dir;

    private List<Path> listing() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFolderAsOutIsRefusedAndKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("e"));
        CliRun r = CliRun.of("render", "--view", "plane", "--out", folder.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--out: cannot write " + folder + ": it is a folder"), r.err());
        assertTrue(Files.isDirectory(folder));
        r = CliRun.of("trajectories", "--steps", "5", "--out", "/");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cannot write /: it is a folder"), r.err());
    }

    @Test
    void outputsAreCheckedBeforeTraining() {
        String missing = dir.resolve("nonexistent/m.csv").toString();
        CliRun r = CliRun.of("train", "--dataset", "blobs", "--sizes", "2,8,4", "--synthetic-size", "64",
                "--epochs", "1", "--out", missing);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--out: cannot write " + missing), r.err());
        assertFalse(r.err().contains("step 0"), "no training before the check: " + r.err());
        r = CliRun.of("train", "--dataset", "blobs", "--sizes", "2,8,4", "--synthetic-size", "64", "--epochs", "1",
                "--out", dir.resolve("ok.csv").toString(), "--perturb-out", missing);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--perturb-out: cannot write"), r.err());
        assertFalse(Files.exists(dir.resolve("ok.csv")));
        r = CliRun.of("sweep", "--dataset", "blobs", "--synthetic-size", "64", "--lrs", "0.1", "--widths", "4",
                "--epochs", "1", "--out", missing);
        assertEquals(2, r.code(), r.err());
        assertFalse(r.err().contains("run 1/"), r.err());
    }

    @Test
    void everyGridValueIsCheckedBeforeTheFirstRun() throws Exception {
        Path out = dir.resolve("grid.csv");
        Files.writeString(out, "previous\n");
        CliRun r = CliRun.of("sweep", "--dataset", "blobs", "--synthetic-size", "64", "--lrs", "0.1,Infinity",
                "--widths", "4", "--epochs", "1", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("must be between 1E-37 and 1000000, got Infinity"), r.err());
        assertFalse(r.err().contains("run 1/"), "nothing ran: " + r.err());
        assertEquals("previous\n", Files.readString(out));
        r = CliRun.of("sweep", "--dataset", "blobs", "--lrs", "0.1", "--widths", "4,-5", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("got -5"), r.err());
        assertEquals(List.of(out), listing());
    }

    @Test
    void renderInfersTheFormatFromTheExtensionAndRefusesAContradiction() throws Exception {
        Path svg = dir.resolve("x.svg");
        CliRun r = CliRun.of("render", "--view", "plane", "--width", "300", "--height", "200", "--out", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(svg).contains("<svg"), "SVG text in x.svg");
        Path png = dir.resolve("p.png");
        r = CliRun.of("render", "--view", "plane", "--format", "svg", "--out", png.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--format svg contradicts the extension of --out " + png), r.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void rangeMessagesNameTheValueAndTheRange() {
        CliRun r = CliRun.of("render", "--view", "plane", "--scale", "1e-300", "--out", dir.resolve("s.png").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--scale must be between 0.25 and 8, got 1E-300"), r.err());
        r = CliRun.of("render", "--view", "plane", "--h", "20", "--out", dir.resolve("s.png").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("h must be between 0.000001 and 10, got 20"), r.err());
        r = CliRun.of("train", "--dataset", "blobs", "--lr", "1e-300");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("learning rate h (float32) must be between 1E-37 and 1000000, got 1E-300"),
                r.err());
        r = CliRun.of("train", "--dataset", "blobs", "--synthetic-size", "600000000");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--synthetic-size must be between 4 and 1000000, got 600000000"), r.err());
        r = CliRun.of("train", "--dataset", "blobs", "--sizes", "-5");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("layer size must be between 1 and 4096, got -5"), r.err());
        r = CliRun.of("trajectories", "--methods", ",");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--methods names no method"), r.err());
    }
}
