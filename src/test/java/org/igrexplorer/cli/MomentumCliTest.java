package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MomentumCliTest {

    @TempDir
    Path dir;

    @Test
    void trajectoriesComputesMomentumWithTheGivenBeta() throws Exception {
        Path csv = dir.resolve("m.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IgrCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "trajectories", "--steps", "50", "--h", "0.01", "--beta", "0.5",
                "--methods", "momentum,momentum-modified", "--out", csv.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 2 * 51, lines.size());
        Trajectory hb = TrajectoryService.compute(Method.MOMENTUM, RunParameters.DEFAULT.withSteps(50).withH(0.01), 0.5,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        String[] row = lines.stream().filter(l -> l.startsWith("momentum,50,")).findFirst().orElseThrow().split(",");
        assertEquals(hb.a(50), Double.parseDouble(row[3]), 0.0);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("momentum-modified,50,")));
    }

    @Test
    void betaOutsideTheRangeIsRejectedWithAMessage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IgrCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "trajectories", "--steps", "5", "--beta", "1.0", "--methods", "momentum");
        assertEquals(2, code);
        assertTrue(err.toString().contains("beta must be in [0, 0.99], got 1.0"), err.toString());
    }
}
