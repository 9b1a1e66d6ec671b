package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line's trajectories at h = 0.3 stay what they were before the flows got a dense drawn path (issue 18
 * #9): the samples at t = n·h, with every digit, of GD, every flow of the paper's model and SGD's modified flow. The
 * expected files were written by the {@code trajectories} command before that change; the paper's model and the
 * data set's loss are polynomials, so every value is reproducible to the last bit.
 */
class TrajectoriesGoldenTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "trajectories-paper-h0.3.csv | --h 0.3 --steps 12 --beta 0.5 --mu 0.15 "
                + "--methods gd,exact,modified,modified2,egr,momentum-flow,momentum-modified",
        "trajectories-sgd-h0.3.csv | --points 1:1,2:1.5,0.5:0.2,1.5:2 --batch 2 --h 0.3 --steps 12 "
                + "--methods sgd-modified"})
    void theSamplesAtStepTimesAreUnchanged(String expectedFile, String arguments) throws IOException {
        Path out = dir.resolve(expectedFile);
        String[] args = ("trajectories " + arguments + " --out " + out).split(" ");
        CliRun r = CliRun.of(args);
        assertEquals(0, r.code(), r.err());
        List<String> expected;
        try (InputStream in = TrajectoriesGoldenTest.class.getResourceAsStream(expectedFile)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> actual = Files.readAllLines(out);
        assertEquals(expected.size(), actual.size(), "rows");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + i);
        }
    }
}
