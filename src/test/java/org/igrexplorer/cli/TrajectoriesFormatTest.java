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

    /** λ_max of the paper model's Hessian [[b²x², x(2abx − y)], [x(2abx − y), a²x²]] with x = 1, y = 0.6. */
    private static double lambdaMax(double a, double b) {
        double off = 2 * a * b - 0.6;
        double half = (b * b - a * a) / 2;
        return (a * a + b * b) / 2 + Math.sqrt(half * half + off * off);
    }

    @Test
    void theLastColumnIsTheSharpnessOfEveryMethodAndTheOlderColumnsKeepTheirPlaces(@TempDir Path dir)
            throws Exception {
        Path csv = dir.resolve("t.csv");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "trajectories", "--steps", "30", "--methods", "gd,exact,momentum", "--beta", "0.5",
                "--out", csv.toString()), err::toString);
        java.util.List<String> lines = Files.readAllLines(csv);
        assertEquals("method,step,t,a,b,loss,r_ig,sharpness", lines.get(0));
        java.util.Set<String> methods = new java.util.HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(8, c.length, line);
            methods.add(c[0]);
            double a = Double.parseDouble(c[3]);
            double b = Double.parseDouble(c[4]);
            double r = 0.6 - a * b;
            assertEquals(r * r / 2, Double.parseDouble(c[5]), 1e-12 * Math.max(1, r * r), "loss stays column 6");
            double expected = lambdaMax(a, b);
            assertEquals(expected, Double.parseDouble(c[7]), 1e-12 * expected, line);
        }
        assertEquals(java.util.Set.of("gd", "exact", "momentum"), methods);
        // at the start (2.8, 3.5): 10.045 + sqrt(2.205² + 19²)
        assertEquals(10.045 + Math.hypot(2.205, 19), Double.parseDouble(lines.get(1).split(",")[7]), 1e-12,
                lines.get(1));
    }

    @Test
    void theJsonHasTheSharpnessArrayToo(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("t.json");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "trajectories", "--steps", "10", "--methods", "gd", "--format", "json", "--out",
                json.toString()), err::toString);
        JsonNode t = new ObjectMapper().readTree(json.toFile()).get("trajectories").get(0);
        for (int n = 0; n < 11; n++) {
            double expected = lambdaMax(t.get("a").get(n).asDouble(), t.get("b").get(n).asDouble());
            assertEquals(expected, t.get("sharpness").get(n).asDouble(), 1e-12 * expected);
        }
    }
}
