package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.igrexplorer.core.io.LandscapeCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlpLandscapeCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheGridAndThePathWithTheIssuesColumns() throws Exception {
        Path g = dir.resolve("g.csv");
        Path p = dir.resolve("p.csv");
        Path q = dir.resolve("q.csv");
        CliRun r = CliRun.of("mlp-landscape", "--dataset", "blobs", "--synthetic-size", "400", "--sizes", "2,12,4",
                "--lr", "0.2", "--compare-lr", "0.05", "--batch", "40", "--epochs", "6", "--grid", "9", "--subset", "300",
                "--workers", "2", "--out-grid", g.toString(), "--out-path", p.toString(), "--out-compare-path",
                q.toString());
        assertEquals(0, r.code(), r.err());
        List<String> grid = Files.readAllLines(g);
        assertEquals(LandscapeCsv.GRID_HEADER, grid.get(0));
        assertEquals(81, grid.size() - 1);
        List<String> path = Files.readAllLines(p);
        assertEquals(LandscapeCsv.PATH_HEADER, path.get(0));
        // 60 steps, automatic period 1 (60 / 199 rounded up): every step plus step 0
        assertEquals(61, path.size() - 1);
        String[] first = path.get(1).split(",");
        String[] last = path.get(path.size() - 1).split(",");
        assertEquals("0", first[0]);
        assertEquals("60", last[0]);
        assertEquals(0, Double.parseDouble(last[1]), 0, "the path ends at the plane's origin");
        assertEquals(0, Double.parseDouble(last[2]), 0);
        assertTrue(Double.parseDouble(first[3]) > Double.parseDouble(last[3]), "training lowers the loss");
        // the grid covers the path: every path point lies inside the grid's box
        double aMin = Double.parseDouble(grid.get(1).split(",")[0]);
        double bMin = Double.parseDouble(grid.get(1).split(",")[1]);
        double aMax = Double.parseDouble(grid.get(81).split(",")[0]);
        double bMax = Double.parseDouble(grid.get(81).split(",")[1]);
        for (String line : path.subList(1, path.size())) {
            String[] c = line.split(",");
            double a = Double.parseDouble(c[1]);
            double b = Double.parseDouble(c[2]);
            assertTrue(a > aMin && a < aMax && b > bMin && b < bMax, line);
            double acc = Double.parseDouble(c[4]);
            assertTrue(acc >= 0 && acc <= 1, line);
        }
        List<String> other = Files.readAllLines(q);
        assertEquals(61, other.size() - 1);
        assertNotEquals("0.00000000", other.get(other.size() - 1).split(",")[1], "the second run ends elsewhere");
        assertTrue(r.err().contains("d1 explains"), r.err());
        assertTrue(r.err().contains("full-batch gradients"), r.err());
    }

    @Test
    void badValuesAreNamedAndNothingIsWritten() {
        Path g = dir.resolve("g.csv");
        CliRun r = CliRun.of("mlp-landscape", "--dataset", "xor", "--grid", "1", "--out-grid", g.toString(),
                "--out-path", dir.resolve("p.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("points per side"), r.err());
        assertFalse(Files.exists(g));
        CliRun s = CliRun.of("mlp-landscape", "--dataset", "xor", "--sizes", "2,8,2", "--out-grid", g.toString(),
                "--out-path", dir.resolve("p.csv").toString(), "--out-compare-path", dir.resolve("q.csv").toString());
        assertEquals(2, s.code());
        assertTrue(s.err().contains("--compare-lr"), s.err());
    }

    @Test
    void renderDrawsThePlaneFromTheSameOptionsWithoutADisplay() throws Exception {
        Path svg = dir.resolve("plane.svg");
        CliRun r = CliRun.of("render", "--view", "mlp-landscape-plane", "--dataset", "xor", "--synthetic-size", "300",
                "--sizes", "2,8,2", "--lr", "0.3", "--batch", "30", "--epochs", "5", "--grid", "11", "--subset", "200",
                "--format", "svg", "--caption", "--width", "800", "--height", "500", "--out", svg.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        assertTrue(text.contains("the loss on its path"), "title drawn");
        assertTrue(text.contains("along d"), "axis labels name the directions");
        assertTrue(text.contains("MLP 2,8,2, h = 0.3"), "caption line");
        CliRun bad = CliRun.of("render", "--view", "mlp-landscape-3d", "--format", "pdf", "--dataset", "xor",
                "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("PNG only"), bad.err());
    }
}
