package org.igrexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.experiment.LearningRateSweep;
import org.igrexplorer.core.experiment.SweepPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {

    @Test
    void curvesAndSweepFiles(@TempDir Path dir) throws Exception {
        RunParameters p = RunParameters.DEFAULT.withSteps(30);
        var curves = TrajectoryService.computeAll(EnumSet.of(Method.GD, Method.MODIFIED), p, RunLimits.DEFAULT,
                FlowTolerances.DEFAULT).values();
        Path csv = dir.resolve("c.csv");
        Path json = dir.resolve("c.json");
        Path sweep = dir.resolve("s.csv");
        DataFiles.writeCurvesCsv(csv, p, curves);
        DataFiles.writeCurvesJson(json, p, curves);
        List<SweepPoint> points = LearningRateSweep.run(p.landscape(), p.a0(), p.b0(), new double[] {0.02, 0.05, 0.25});
        DataFiles.writeSweepCsv(sweep, points);

        List<String> rows = Files.readAllLines(csv);
        assertEquals(CsvExport.TRAJECTORY_HEADER, rows.get(0));
        assertEquals(1 + curves.stream().mapToInt(Trajectory::size).sum(), rows.size());
        assertEquals(p.steps(), new ObjectMapper().readTree(json.toFile()).get("parameters").get("run").get("steps").asInt());
        List<String> s = Files.readAllLines(sweep);
        assertEquals(CsvExport.SWEEP_HEADER, s.get(0));
        assertEquals(4, s.size());
        assertTrue(s.get(3).startsWith("0.25,diverged,"), s.get(3));
        assertEquals(3, Files.list(dir).count(), "no temporary files left");
    }
}
