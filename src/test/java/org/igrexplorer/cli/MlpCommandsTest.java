package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.io.MlpCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlpCommandsTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void trainWritesOneRowPerEvaluationWithConsistentColumns() throws Exception {
        Path csv = dir.resolve("m.csv");
        CliRun r = run("train", "--dataset", "blobs", "--synthetic-size", "300", "--sizes", "2,16,4", "--lr", "0.1",
                "--batch", "10", "--epochs", "3", "--seed", "2", "--out", csv.toString(), "--perturb-out",
                dir.resolve("p.csv").toString(), "--sigmas", "0,2", "--perturb-samples", "3");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(MlpCsv.METRICS_HEADER, lines.get(0));
        assertEquals(4, lines.size() - 1, "step 0 and 3 epochs");
        String[] last = lines.get(4).split(",");
        assertEquals("90", last[0]);
        double g2 = Double.parseDouble(last[3]);
        double rIg = Double.parseDouble(last[4]);
        int m = 2 * 16 + 16 + 16 * 4 + 4;
        assertEquals(g2 / m, rIg, 1e-6 * rIg);
        assertEquals(0.1 * m / 4, Double.parseDouble(last[9]), 1e-9);
        assertTrue(r.err().contains("max test accuracy"), r.err());
        List<String> p = Files.readAllLines(dir.resolve("p.csv"));
        assertEquals(MlpCsv.PERTURBATION_HEADER, p.get(0));
        String[] zero = p.get(1).split(",");
        assertEquals(Double.parseDouble(last[5]), Double.parseDouble(zero[2]), 1e-6 * Double.parseDouble(last[5]),
                "σ = 0: the trained net's slope");
        assertEquals(3, p.size());
    }

    @Test
    void trainMeasuresTheSharpnessEveryKStepsAndLeavesOtherRowsEmpty() throws Exception {
        Path csv = dir.resolve("s.csv");
        CliRun r = run("train", "--dataset", "blobs", "--synthetic-size", "200", "--sizes", "2,8,4", "--lr", "0.5",
                "--batch", "200", "--epochs", "6", "--eval-every", "1", "--sharpness-every", "3", "--sharpness-examples",
                "150", "--seed", "4", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).endsWith(",sharpness"), lines.get(0));
        assertEquals(7, lines.size() - 1, "full batch: steps 0..6");
        int columns = lines.get(0).split(",").length;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            assertEquals(columns, f.length, lines.get(i));
            boolean due = Integer.parseInt(f[0]) % 3 == 0;
            assertEquals(due, !f[columns - 1].isEmpty(), lines.get(i));
            if (due) {
                assertTrue(Double.parseDouble(f[columns - 1]) > 0, "a positive top curvature: " + lines.get(i));
            }
        }
        assertTrue(r.err().contains("sharpness"), r.err());
        CliRun bad = run("train", "--dataset", "blobs", "--synthetic-size", "200", "--sizes", "2,8,4", "--sharpness-every",
                "-1", "--out", dir.resolve("never.csv").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("sharpness period"), bad.err());
        assertTrue(!Files.exists(dir.resolve("never.csv")), "nothing written on bad input");
    }

    @Test
    void sweepShardsPartitionTheGrid() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path csv = dir.resolve("s" + i + ".csv");
            CliRun r = run("sweep", "--dataset", "xor", "--synthetic-size", "200", "--lrs", "0.05,0.2", "--widths",
                    "4,8,16", "--epochs", "2", "--batch", "20", "--shard", i + "/2", "--out", csv.toString());
            assertEquals(0, r.code(), r.err());
            List<String> lines = Files.readAllLines(csv);
            assertEquals(MlpCsv.SUMMARY_HEADER, lines.get(0));
            rows.addAll(lines.subList(1, lines.size()));
        }
        assertEquals(6, rows.size(), "3 + 3 cells");
        List<String> cells = rows.stream().map(l -> {
            String[] f = l.split(",");
            return Double.parseDouble(f[0]) + "/" + f[1];
        }).sorted().toList();
        assertEquals(List.of("0.05/16", "0.05/4", "0.05/8", "0.2/16", "0.2/4", "0.2/8"), cells);
        for (String l : rows) {
            String[] f = l.split(",");
            assertEquals(Double.parseDouble(f[0]) * Integer.parseInt(f[3]) / 4, Double.parseDouble(f[4]), 1e-6);
        }
    }

    @Test
    void benchEndsWithTheMediansLine() {
        CliRun r = run("bench-mlp", "--dataset", "spirals", "--synthetic-size", "400", "--sizes", "2,32,32,2", "--epochs",
                "3");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().trim().split("\n");
        assertTrue(lines[lines.length - 1].matches("epoch_seconds=[0-9.]+ full_gradient_seconds=[0-9.]+"),
                lines[lines.length - 1]);
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("epoch ")).count());
    }

    @Test
    void benchSharpnessEndsWithTheRatioLine() {
        CliRun r = run("bench-sharpness", "--dataset", "spirals", "--synthetic-size", "400", "--sizes", "2,32,32,2",
                "--sharpness-examples", "300", "--rounds", "2");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().trim().split("\n");
        assertTrue(lines[lines.length - 1].matches("gradient_seconds=[0-9.]+ lanczos_iteration_seconds=[0-9.]+ ratio=[0-9.]+"),
                lines[lines.length - 1]);
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("round ")).count());
        assertTrue(r.out().contains("300 examples"), r.out());
    }

    @Test
    void trainFindsTheBuiltInMnistFromAnyWorkingDirectory() throws Exception {
        // a fresh JVM whose working directory holds no assets/data: the data must come from the application
        Path cwd = Files.createDirectories(dir.resolve("elsewhere"));
        Path csv = cwd.resolve("mnist.csv");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.igrexplorer.Main", "train", "--sizes", "784,16,10",
                "--train-limit", "500", "--test-limit", "200", "--epochs", "1", "--batch", "50", "--out", csv.toString())
                .directory(cwd.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "train did not end");
        assertEquals(0, p.exitValue(), output);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(MlpCsv.METRICS_HEADER, lines.get(0));
        assertEquals(2, lines.size() - 1, "step 0 and one epoch");
        assertEquals("10", lines.get(2).split(",")[0], "500 examples / batch 50 = 10 steps");
    }

    @Test
    void badOptionsAreNamed() {
        CliRun r = run("train", "--dataset", "nope");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--dataset: unknown data set 'nope' (expected mnist, spirals, blobs or xor)"), r.err());
        CliRun r2 = run("train", "--dataset", "xor", "--lr", "-1");
        assertNotEquals(0, r2.code());
        assertTrue(r2.err().contains("learning rate h (float32) must be between 1E-37 and 1000000, got -1"), r2.err());
        assertThrows(IllegalArgumentException.class, () -> SweepMlpCommand.parseShard("2/2"));
        CliRun r3 = run("train", "--data", dir.toString());
        assertNotEquals(0, r3.code());
        assertTrue(r3.err().contains("missing MNIST file"), r3.err());
    }

    @Test
    void theCommandLineTrainsOnTheLabsSets() throws Exception {
        TrainMlpCommand train = new TrainMlpCommand();
        new picocli.CommandLine(train).parseArgs("--dataset", "spirals", "--synthetic-size", "400", "--train-limit", "300");
        org.igrexplorer.core.mlp.DataSplit cli = train.dataOptions.load();
        // the MLP lab loads MlpDataSet.SPIRALS at the sizes of its form
        org.igrexplorer.core.mlp.DataSplit lab = org.igrexplorer.core.mlp.MlpDataSet.SPIRALS.load(dir, 300, 100);
        assertEquals(300, cli.train().size());
        assertEquals(100, cli.test().size());
        for (int i = 0; i < 300; i += 37) {
            assertEquals(lab.train().feature(i, 0), cli.train().feature(i, 0));
            assertEquals(lab.train().feature(i, 1), cli.train().feature(i, 1));
        }
        assertEquals(lab.test().feature(99, 1), cli.test().feature(99, 1));
    }
}
