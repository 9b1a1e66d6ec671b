package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.igrexplorer.core.io.MlpCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep stopped by SIGTERM keeps its finished rows, says it was cut short, and leaves no temporary. */
class SweepSignalTest {

    /** Generous for a loaded CI machine; the test ends as soon as the first row is written. */
    private static final long WAIT_S = 180;

    @Test
    void sigtermKeepsTheFinishedRowsWithANote(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("grid.csv");
        Files.writeString(out, "previous\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.igrexplorer.Main",
                "sweep", "--dataset", "spirals", "--synthetic-size", "200", "--lrs", "0.05,0.1,0.2,0.3",
                "--widths", "4,8,16,32", "--epochs", "400", "--batch", "10", "--kernel", "java", "--out",
                out.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
            while (rowsInTemporary(dir) < 1 && p.isAlive() && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertTrue(p.isAlive(), "the grid is still running: " + Files.readString(dir.resolve("log.txt")));
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(WAIT_S, TimeUnit.SECONDS), "stops promptly");
        } finally {
            p.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(MlpCsv.SUMMARY_HEADER, lines.get(0));
        assertTrue(lines.size() >= 3, "the finished row(s) and the note: " + lines);
        assertTrue(lines.get(1).startsWith("0.05,4,1,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).matches("# cut short: the grid was stopped after \\d+ of 16 runs"),
                lines.get(lines.size() - 1));
        assertEquals(0, temporaries(dir).size(), "no temporary left");
    }

    private static List<Path> temporaries(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".igr-tmp")).toList();
        }
    }

    private static long rowsInTemporary(Path dir) throws Exception {
        for (Path t : temporaries(dir)) {
            try {
                return Math.max(0, Files.readAllLines(t).size() - 1);
            } catch (java.io.IOException gone) {
                return 0;
            }
        }
        return 0;
    }
}
