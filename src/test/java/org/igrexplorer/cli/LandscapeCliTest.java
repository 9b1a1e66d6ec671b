package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.io.CsvExport;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.Landscapes;
import org.igrexplorer.core.loss.LossRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on other landscapes: --loss, --landscape, --const, the landscapes list. */
class LandscapeCliTest {

    @TempDir
    Path dir;

    @Test
    void typedLossTrajectoriesKeepTheColumnsAndMatchTheCore() throws Exception {
        Path csv = dir.resolve("t.csv");
        CliRun r = CliRun.of("trajectories", "--loss", "(1-a)^2 + 10*(b-a^2)^2", "--a0", "-1", "--b0", "1.5", "--h",
                "0.001", "--mu", "0.1", "--steps", "300", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(CsvExport.TRAJECTORY_HEADER, lines.get(0));
        assertEquals("method,step,t,a,b,loss,r_ig,sharpness", lines.get(0), "sharpness added last");
        assertEquals(1 + 5 * 301, lines.size());
        RunParameters p = new RunParameters(LandscapeSpec.typed("(1-a)^2 + 10*(b-a^2)^2", Map.of()),
                new RunSettings(-1, 1.5, 0.001, 0.1, 300));
        Trajectory gd = TrajectoryService.compute(Method.GD, p, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        String[] last = lines.get(301).split(",");
        assertEquals("gd", last[0]);
        assertEquals(gd.a(300), Double.parseDouble(last[3]), 0.0);
        assertEquals(gd.loss(300), Double.parseDouble(last[5]), 0.0);
        // the Hessian of (1-a)² + 10(b-a²)² by hand: [[2 - 40b + 120a², -40a], [-40a, 20]]
        double a = gd.a(300);
        double b = gd.b(300);
        double haa = 2 - 40 * b + 120 * a * a;
        double lambdaMax = (haa + 20) / 2 + Math.hypot((haa - 20) / 2, 40 * a);
        assertEquals(lambdaMax, Double.parseDouble(last[7]), 1e-9 * lambdaMax, "sharpness of the typed loss");
    }

    /** Issue 18 #20: x = 0 and a typed constant are flat; said once, and no curve "converged at step 0". */
    @Test
    void aFlatLossIsSaidOnceAndEveryCurveStaysAtTheStart() {
        for (String[] flat : List.of(new String[] {"--x", "0"}, new String[] {"--loss", "0.18"})) {
            CliRun r = CliRun.of("trajectories", flat[0], flat[1], "--steps", "50", "--out",
                    dir.resolve("flat.csv").toString());
            assertEquals(0, r.code(), r.err());
            String said = r.out() + r.err();
            assertTrue(said.contains("The loss is flat: E = 0.18 everywhere"), said);
            assertEquals(5, said.split(LossRange.STAYS_AT_START, -1).length - 1, said);
            assertTrue(!said.contains("converged at step 0"), said);
        }
    }

    @Test
    void builtinLandscapeWithItsDefaultsAndConstants() throws Exception {
        Path csv = dir.resolve("q.csv");
        CliRun r = CliRun.of("trajectories", "--landscape", "quadratic", "--const", "kappa=20", "--methods", "gd",
                "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        String[] first = lines.get(1).split(",");
        var l = Landscapes.defaultSpec("quadratic").orElseThrow().landscape();
        assertEquals(l.defaultStart()[0], Double.parseDouble(first[3]), 0.0, "the landscape's default start");
        double a = l.defaultStart()[0];
        double b = l.defaultStart()[1];
        assertEquals((a * a + 20 * b * b) / 2, Double.parseDouble(first[5]), 1e-12, "κ = 20 applied");
    }

    @Test
    void xAndYBelongToThePaperModelOnly() {
        CliRun r = CliRun.of("trajectories", "--landscape", "rosenbrock", "--x", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--x and --y are the data point of the paper's model"), r.err());
        r = CliRun.of("sweep-lr", "--loss", "a^2 + b^2", "--y", "1");
        assertEquals(2, r.code());
        r = CliRun.of("trajectories", "--landscape", "nowhere");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown landscape 'nowhere'"), r.err());
    }

    @Test
    void badTypedLossNamesTokenAndColumn() {
        CliRun r = CliRun.of("trajectories", "--loss", "a + c*b");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown variable 'c' at column 5"), r.err());
        r = CliRun.of("trajectories", "--loss", "log(a)", "--a0", "-1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not finite at the start"), r.err());
    }

    @Test
    void sweepOnALandscapeAddsLambdaMaxAtTheEnd() throws Exception {
        Path csv = dir.resolve("s.csv");
        CliRun r = CliRun.of("sweep-lr", "--landscape", "valley", "--h-from", "0.05", "--h-to", "0.5", "--count", "4",
                "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("h,status,steps,a,b,loss,r_ig_over_loss,norm,lambda_max", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[1].equals("converged")) {
                double h = Double.parseDouble(f[0]);
                double a = Double.parseDouble(f[3]);
                assertEquals(1 + a * a, Double.parseDouble(f[8]), 1e-6, "λ_max = 1 + a² on the valley floor");
                assertTrue(h * Double.parseDouble(f[8]) < 2, "GD settles only where h·λ_max < 2");
            }
        }
    }

    @Test
    void landscapesListsEveryBuiltin() {
        CliRun r = CliRun.of("landscapes");
        assertEquals(0, r.code(), r.err());
        for (String name : Landscapes.names()) {
            assertTrue(r.out().contains(name + " "), name);
        }
        assertTrue(r.out().contains("(1 − a)² + 100·(b − a²)²"), r.out());
        assertTrue(r.out().contains("four minima of different sharpness"), r.out());
    }
}
