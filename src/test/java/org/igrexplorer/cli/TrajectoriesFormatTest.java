package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.igrexplorer.core.io.CsvExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoriesFormatTest {

    private static int run(StringWriter err, String... args) {
        return IgrCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void jsonAndCsvFormats(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("t.json");
        Path csv = dir.resolve("t.csv");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "trajectories", "--steps", "20", "--methods", "gd,exact", "--format", "json",
                "--out", json.toString()), err::toString);
        assertEquals(0, run(err, "trajectories", "--steps", "20", "--methods", "gd,exact", "--out", csv.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(20, root.get("parameters").get("run").get("steps").asInt());
        assertEquals(2, root.get("trajectories").size());
        assertEquals(21, root.get("trajectories").get(0).get("a").size());
        assertTrue(Files.readString(csv).startsWith(CsvExport.TRAJECTORY_HEADER + "\n"));
    }

    @Test
    void unknownFormatIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "trajectories", "--steps", "5", "--format", "xml"));
        assertTrue(err.toString().contains("--format must be csv or json"), err.toString());
    }
}
