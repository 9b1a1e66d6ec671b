package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.io.CsvExport;
import org.igrexplorer.core.loss.DataSet;
import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.sgd.Sgd;
import org.igrexplorer.core.sgd.SgdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SgdCliTest {

    private static final String POINTS = "1:0.6,2:1.0,0.5:0.2,1.5:1.1";
    /** The slope tolerance. */
    private static final double SLOPE_TOL = 0.15;

    @TempDir
    Path dir;

    @Test
    void trajectoriesOnPointsWritesTheSameColumnsAndTheMeansStandardErrors() throws Exception {
        Path csv = dir.resolve("t.csv");
        CliRun r = CliRun.of("trajectories", "--points", POINTS, "--batch", "1", "--seed", "3", "--steps", "12",
                "--h", "0.02", "--a0", "1.5", "--b0", "0.5",
                "--methods", "gd,sgd,sgd-mean,modified,sgd-modified", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("method,step,t,a,b,loss,r_ig,se_a,se_b,sharpness", lines.get(0), "sharpness stays last");
        assertEquals(CsvExport.SGD_MEAN_HEADER, lines.get(0));
        assertEquals(1 + 5 * 13, lines.size());
        // sgd rows are the first seeded sample path, loss is the full-data E
        DataSetLoss loss = DataSetLoss.paper(DataSet.parse(POINTS));
        Trajectory first = Sgd.path(new SgdRun(loss, 1, 3, 256), new double[] {1.5, 0.5}, 0.02, 12, 0, RunLimits.DEFAULT);
        String[] row = lines.stream().filter(l -> l.startsWith("sgd,12,")).findFirst().orElseThrow().split(",", -1);
        assertEquals(first.a(12), Double.parseDouble(row[3]), 0);
        assertEquals(first.b(12), Double.parseDouble(row[4]), 0);
        assertEquals(loss.value(first.theta(12)), Double.parseDouble(row[5]), 0);
        assertEquals("", row[7], "no standard error on sgd rows");
        // sharpness of the full-data E = (1/n) Σ (y_i − a b x_i)²/2: H = (1/n) Σ [[b²x², x(2abx − y)], [x(2abx − y), a²x²]]
        double a = first.a(12);
        double b = first.b(12);
        double haa = 0;
        double hab = 0;
        double hbb = 0;
        double[][] xy = {{1, 0.6}, {2, 1.0}, {0.5, 0.2}, {1.5, 1.1}};
        for (double[] p : xy) {
            haa += b * b * p[0] * p[0] / xy.length;
            hbb += a * a * p[0] * p[0] / xy.length;
            hab += p[0] * (2 * a * b * p[0] - p[1]) / xy.length;
        }
        double lambdaMax = (haa + hbb) / 2 + Math.hypot((haa - hbb) / 2, hab);
        assertEquals(lambdaMax, Double.parseDouble(row[9]), 1e-12 * lambdaMax, "sharpness of the full-data loss");
        // the mean: exact (se 0) through the first epoch (4 steps), Monte Carlo after it
        String[] exact = lines.stream().filter(l -> l.startsWith("sgd-mean,4,")).findFirst().orElseThrow().split(",");
        assertEquals(0.0, Double.parseDouble(exact[7]));
        String[] mc = lines.stream().filter(l -> l.startsWith("sgd-mean,5,")).findFirst().orElseThrow().split(",");
        assertTrue(Double.parseDouble(mc[7]) > 0 && Double.parseDouble(mc[8]) > 0, lines.toString());
        assertTrue(r.out().contains("sgd-modified"), r.out());
        assertTrue(r.out().contains("data: n = 4 points, B = 1 (m = 4 steps per epoch), seed 3; minima ab = 0.58"),
                r.out());
        assertTrue(r.out().contains("sgd-mean: exact over all 4! orders through step 4 (the first epoch), then the mean "
                + "of 256 seeded paths"), r.out());
    }

    @Test
    void withoutTheMeanTheColumnsAreTheUsualOnesAndWithoutPointsNothingChanges() throws Exception {
        Path sgd = dir.resolve("sgd.csv");
        CliRun r = CliRun.of("trajectories", "--points", POINTS, "--batch", "2", "--steps", "3", "--methods", "sgd",
                "--out", sgd.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(CsvExport.TRAJECTORY_HEADER, Files.readAllLines(sgd).get(0));
        Path plain = dir.resolve("plain.csv");
        Path paper = dir.resolve("paper.csv");
        CliRun a = CliRun.of("trajectories", "--steps", "3", "--out", plain.toString());
        CliRun b = CliRun.of("trajectories", "--steps", "3", "--x", "1", "--y", "0.6", "--out", paper.toString());
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertEquals(Files.readString(paper), Files.readString(plain));
        assertEquals(CsvExport.TRAJECTORY_HEADER, Files.readAllLines(plain).get(0));
        assertFalse(Files.readString(plain).contains("sgd"));
    }

    @Test
    void jsonCarriesTheDataAndTheStandardErrors() throws Exception {
        CliRun r = CliRun.of("trajectories", "--points", "1:0.6,2:1.0", "--loss", "(y - a*b*x)^2/2 + 0.01*a^2",
                "--methods", "sgd-mean,sgd-modified", "--steps", "3", "--samples", "16", "--format", "json", "--out",
                dir.resolve("t.json").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(dir.resolve("t.json").toFile());
        assertEquals("1:0.6,2:1", j.get("data").get("points").asText());
        assertEquals(1, j.get("data").get("batch").asInt());
        assertEquals(16, j.get("data").get("samples").asInt());
        JsonNode mean = j.get("trajectories").get(0);
        assertEquals("sgd-mean", mean.get("method").asText());
        assertEquals(4, mean.get("se_a").size());
        assertEquals(0.0, mean.get("se_a").get(2).asDouble(), "exact through the first epoch (2 steps)");
        assertTrue(mean.get("se_a").get(3).asDouble() > 0);
        assertFalse(j.get("trajectories").get(1).has("se_a"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--points|1:0.6,2:1.0,0.5:0.2|--batch|2|batch size 2 does not divide n = 3 points; choose one of 1, 3",
        "--points|1:0.6,2:abc|--batch|1|point 2: y 'abc' at column 9 is not a number",
        "--points|' '|--batch|1|the point list is empty (n = 0)",
        "--points|1:0.6,nan:1|--batch|1|point 2: x 'nan' at column 7 is not a finite number",
        "--points|1:0.6;2:1|--batch|1|point 1 '1:0.6;2:1' at column 1 is not x:y",
        "--samples|1|--seed|1|--seed needs a data set",
        "--points|1:0.6,2:1|--samples|1|--samples must be between 2 and 100000, got 1",
        "--points|1:0.6,2:1|--landscape|rosenbrock|the landscape 'rosenbrock' has no data point",
        "--points|1:0.6,2:1|--x|2|--x and --y are the single data point"})
    void badDataSetInputIsRefusedWithAMessageNamingIt(String o1, String v1, String o2, String v2, String message) {
        CliRun r = CliRun.of("trajectories", o1, v1.equals("' '") ? " " : v1, o2, v2, "--steps", "3", "--methods",
                "sgd");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals("", r.out());
    }

    @Test
    void sgdMethodsWithoutPointsAreRefused() {
        CliRun r = CliRun.of("trajectories", "--steps", "3", "--methods", "gd,sgd-mean");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the method sgd-mean needs a data set: give --points"), r.err());
    }

    private static double slope(String out, String flow) {
        Matcher m = Pattern.compile("slope vs " + Pattern.quote(flow) + "\\s+(\\S+)").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1));
    }

    @ParameterizedTest
    @CsvSource({"1", "2"})
    void sgdBackwardErrorWritesTheDistancesAndPrintsSlopesTwoTwoThree(int batch) throws Exception {
        Path csv = dir.resolve("e.csv");
        CliRun r = CliRun.of("sgd-backward-error", "--points", POINTS, "--batch", Integer.toString(batch), "--a0", "2.8",
                "--b0", "3.5", "--count", "7", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("h,err_exact,err_modified,err_sgd_modified", lines.get(0));
        assertEquals(8, lines.size());
        for (String l : lines.subList(1, 8)) {
            String[] f = l.split(",");
            assertTrue(Double.parseDouble(f[3]) < Double.parseDouble(f[2]), l);
        }
        assertEquals(2.0, slope(r.out(), "E:"), SLOPE_TOL);
        assertEquals(2.0, slope(r.out(), "GD's Ẽ:"), SLOPE_TOL);
        assertEquals(3.0, slope(r.out(), "Ẽ_SGD:"), SLOPE_TOL);
    }

    @Test
    void sgdBackwardErrorTakesAnHRangeAndRefusesBadInput() throws Exception {
        Path csv = dir.resolve("h.csv");
        CliRun r = CliRun.of("sgd-backward-error", "--points", POINTS, "--batch", "2", "--h-from", "1e-4", "--h-to",
                "1e-3", "--count", "4", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("h from 0.0001000 to 0.001000"), r.out());
        String[] lines = Files.readAllLines(csv).toArray(new String[0]);
        assertEquals(5, lines.length);
        assertEquals(1e-4, Double.parseDouble(lines[1].split(",")[0]), 1e-18);
        assertEquals(1e-3, Double.parseDouble(lines[4].split(",")[0]), 1e-17);
        assertFalse(r.out().contains("note:"), "h*lambda_max stays small here: " + r.out());

        // a range far beyond the asymptotic one is computed, with a note naming how far it reaches
        CliRun wide = CliRun.of("sgd-backward-error", "--points", POINTS, "--batch", "2", "--h-from", "1e-3", "--h-to",
                "1e-1", "--count", "3", "--out", dir.resolve("wide.csv").toString());
        assertEquals(0, wide.code(), wide.err());
        assertTrue(wide.out().contains("note: h*lambda_max reaches"), wide.out());

        CliRun nine = CliRun.of("sgd-backward-error", "--points", "1:1,2:1,3:1,4:1,5:1,6:1,7:1,8:1,9:1");
        assertEquals(2, nine.code());
        assertTrue(nine.err().contains("needs n <= 8 points, got n = 9"), nine.err());
        CliRun noPoints = CliRun.of("sgd-backward-error", "--batch", "1");
        assertEquals(2, noPoints.code());
        assertTrue(noPoints.err().contains("needs a data set"), noPoints.err());
        CliRun batch = CliRun.of("sgd-backward-error", "--points", POINTS, "--batch", "3");
        assertEquals(2, batch.code());
        assertTrue(batch.err().contains("choose one of 1, 2, 4"), batch.err());
        CliRun half = CliRun.of("sgd-backward-error", "--points", POINTS, "--h-from", "1e-4");
        assertEquals(2, half.code());
        assertTrue(half.err().contains("give both --h-from and --h-to"), half.err());
        CliRun nan = CliRun.of("sgd-backward-error", "--points", POINTS, "--h-from", "NaN", "--h-to", "1e-3");
        assertEquals(2, nan.code());
        assertTrue(nan.err().contains("--h-from must be between"), nan.err());
    }
}
