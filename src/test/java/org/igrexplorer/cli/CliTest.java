package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void trajectoriesWritesTheDocumentedCsvMatchingTheCore() throws Exception {
        Path csv = dir.resolve("traj.csv");
        CliRun r = run("trajectories", "--x", "1", "--y", "0.6", "--a0", "2.8", "--b0", "3.5", "--h", "0.05",
                "--mu", "0.5", "--steps", "400", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("method,step,t,a,b,loss,r_ig,sharpness", lines.get(0));
        Map<String, Long> perMethod = lines.stream().skip(1).collect(
                Collectors.groupingBy(l -> l.substring(0, l.indexOf(',')), Collectors.counting()));
        assertEquals(Map.of("gd", 401L, "exact", 401L, "modified", 401L, "modified2", 401L, "egr", 401L), perMethod);
        Trajectory gd = TrajectoryService.compute(Method.GD, RunParameters.DEFAULT, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        String[] row = lines.stream().filter(l -> l.startsWith("gd,400,")).findFirst().orElseThrow().split(",");
        assertEquals(gd.a(400), Double.parseDouble(row[3]), 0.0);
        assertEquals(gd.b(400), Double.parseDouble(row[4]), 0.0);
        assertEquals(400 * 0.05, Double.parseDouble(row[2]), 1e-12, "t = step·h");
        for (String id : List.of("gd", "exact", "modified", "modified2", "egr")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(id + " ") && l.contains("converged")),
                    "one status line per method: " + r.out());
        }
    }

    @Test
    void sweepWritesOneRowPerLearningRate() throws Exception {
        Path csv = dir.resolve("fig1b.csv");
        CliRun r = run("sweep-lr", "--x", "1", "--y", "0.6", "--a0", "2.8", "--b0", "3.5", "--h-from", "0.01",
                "--h-to", "0.3", "--count", "30", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("h,status,steps,a,b,loss,r_ig_over_loss,norm,lambda_max", lines.get(0), "the old columns, then λ_max");
        assertEquals(31, lines.size());
        assertTrue(lines.get(1).split(",")[1].equals("converged"));
        assertTrue(lines.get(30).split(",")[1].equals("diverged"), lines.get(30));
    }

    @Test
    void badOptionsExitNonZeroWithAClearMessage() {
        CliRun r = run("trajectories", "--h", "-0.1");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("h must be > 0, got -0.1"), r.err());
        r = run("trajectories", "--mu", "NaN");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("mu must be a finite number, got NaN"), r.err());
        r = run("trajectories", "--h", "abc");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("abc"), r.err());
        r = run("trajectories", "--methods", "gd,newton");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("unknown method 'newton'"), r.err());
        r = run("sweep-lr", "--h-from", "0.5", "--h-to", "0.1");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--h-to"), r.err());
        r = run("trajectories", "--out", dir.resolve("no/such/folder/x.csv").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("trajectories", "sweep-lr")) {
            CliRun r = run(cmd, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage:") && r.out().contains("--out"), r.out());
        }
        CliRun v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("IGR Explorer "), v.out());
    }
}
