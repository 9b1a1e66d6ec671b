package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz of every command's numeric options: each case runs one command in-process with one or
 * two options set to an edge value (zero, negative, tiny, huge, NaN, infinite, out of the integer range,
 * not a number) and everything else tiny, and asserts: exit code 0 or 2; one line on standard error,
 * never a stack trace; no NaN or Infinity in any file written; and a failing run leaves the existing
 * output file byte for byte as it was.
 */
class CliFuzzTest {

    /** Cases run; at least 2,000 (the figure). */
    static final int CASES = 2_000;
    static final long SEED = 20_261_201L;

    private static final String[] REALS = {"0", "-1", "1", "0.5", "3", "1e-300", "1e300", "1e308", "-1e308",
            "NaN", "Infinity", "-Infinity", "1e400", "4.9e-324", "abc", "", "0x10", "1,5"};
    private static final String[] COUNTS = {"0", "-1", "1", "2", "3", "-5", "2147483647", "-2147483648",
            "2147483648", "NaN", "1.5", "abc", ""};

    /** A command with tiny defaults and its numeric options, each with the values to try. */
    private record Command(String name, String outExtension, List<String> base, Map<String, String[]> options) {
    }

    private static final List<Command> COMMANDS = List.of(
            new Command("trajectories", ".csv", List.of("--steps", "5"), Map.of(
                    "--x", REALS, "--y", REALS, "--a0", REALS, "--b0", REALS, "--h", REALS, "--mu", REALS,
                    "--beta", REALS, "--steps", new String[] {"0", "-1", "1", "7", "10000001", "2147483648", "NaN",
                            "1.5"})),
            new Command("sweep-lr", ".csv", List.of("--count", "3", "--h-to", "0.2", "--max-steps", "3000"), Map.of(
                    "--x", REALS, "--y", REALS, "--a0", REALS, "--b0", REALS, "--h-from", REALS, "--h-to", REALS,
                    "--count", new String[] {"0", "-1", "1", "2", "100001", "NaN", "2147483648"},
                    "--max-steps", new String[] {"0", "-1", "1", "50", "2147483648", "NaN"})),
            new Command("render", ".png", List.of("--view", "plane", "--width", "100", "--height", "100"), Map.of(
                    "--x", REALS, "--y", REALS, "--a0", REALS, "--b0", REALS, "--h", REALS, "--mu", REALS,
                    "--steps", new String[] {"0", "-1", "1", "20", "200000", "NaN"},
                    "--width", new String[] {"0", "-1", "99", "100", "101", "8193", "NaN"},
                    "--height", new String[] {"0", "-1", "99", "100", "101", "8193", "NaN"},
                    "--scale", new String[] {"0", "-1", "0.1", "0.25", "2", "8", "100", "1e-300", "NaN", "Infinity"})),
            new Command("train", ".csv", List.of("--dataset", "blobs", "--synthetic-size", "16", "--sizes", "2,4,4",
                    "--epochs", "1", "--batch", "4"), Map.ofEntries(
                    Map.entry("--lr", REALS), Map.entry("--mu", REALS), Map.entry("--noise", REALS),
                    Map.entry("--batch", COUNTS), Map.entry("--epochs", new String[] {"0", "-1", "1", "2", "1000001",
                            "NaN"}),
                    Map.entry("--eval-every", COUNTS), Map.entry("--chunk", COUNTS), Map.entry("--threads",
                            new String[] {"0", "1", "2", "257", "-1", "NaN"}),
                    Map.entry("--synthetic-size", new String[] {"0", "3", "4", "16", "1000001", "-1", "NaN"}),
                    Map.entry("--train-limit", COUNTS), Map.entry("--test-limit", COUNTS),
                    Map.entry("--seed", new String[] {"0", "-1", "9223372036854775807", "9223372036854775808", "x"}),
                    Map.entry("--sigmas", new String[] {"0", "0,1", "-1", "101", "NaN", "1e308", "", ","}),
                    Map.entry("--perturb-samples", new String[] {"0", "1", "2", "10001", "-1", "NaN"}))),
            new Command("sweep", ".csv", List.of("--dataset", "xor", "--synthetic-size", "16", "--lrs", "0.1",
                    "--widths", "4", "--epochs", "1", "--batch", "4"), Map.of(
                    "--lrs", new String[] {"0.1", "0.1,0.2", "1e308", "0.1,Infinity", ",,", "", "-1", "NaN", "1e-300"},
                    "--widths", new String[] {"4", "0", "-5", "4097", "2,3", ",", "NaN"},
                    "--depth", new String[] {"0", "1", "2", "65", "-1", "NaN"},
                    "--mu", REALS, "--noise", REALS, "--batch", COUNTS,
                    "--epochs", new String[] {"0", "-1", "1", "1000001", "NaN"},
                    "--shard", new String[] {"0/1", "1/2", "2/2", "-1/2", "0/0", "x", "1"})),
            new Command("bench-mlp", null, List.of("--dataset", "spirals", "--synthetic-size", "16", "--sizes",
                    "2,4,2", "--epochs", "1", "--batch", "4"), Map.of(
                    "--lr", REALS, "--batch", COUNTS, "--chunk", COUNTS,
                    "--epochs", new String[] {"0", "-1", "1", "1001", "NaN"},
                    "--threads", new String[] {"0", "1", "257", "NaN"})));

    @TempDir
    Path dir;

    @Test
    void everyNumericOptionAtItsEdgesExitsCleanlyAndKeepsFilesSafe() throws Exception {
        SplittableRandom rng = new SplittableRandom(SEED);
        byte[] sentinel = "previous content\n".getBytes(StandardCharsets.UTF_8);
        // one command line for all cases (picocli resets every option to its default before each parse)
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CommandLine cli = IgrCommand.commandLine(new PrintWriter(outText, true), new PrintWriter(errText, true));
        int ok = 0;
        int refused = 0;
        for (int c = 0; c < CASES; c++) {
            // render is the slowest command: one case in twelve
            Command cmd = rng.nextInt(12) == 0 ? COMMANDS.get(2)
                    : COMMANDS.get(new int[] {0, 1, 3, 4, 5}[rng.nextInt(5)]);
            // the tiny defaults, then one or two options replaced by edge values (each option given once)
            Map<String, String> chosen = new LinkedHashMap<>();
            for (int k = 0; k < cmd.base().size(); k += 2) {
                chosen.put(cmd.base().get(k), cmd.base().get(k + 1));
            }
            List<String> names = new ArrayList<>(cmd.options().keySet());
            names.sort(null);
            int fuzzed = 1 + rng.nextInt(2);
            for (int k = 0; k < fuzzed; k++) {
                String option = names.get(rng.nextInt(names.size()));
                String[] values = cmd.options().get(option);
                chosen.put(option, values[rng.nextInt(values.length)]);
            }
            List<String> args = new ArrayList<>();
            args.add(cmd.name());
            chosen.forEach((option, value) -> {
                args.add(option);
                args.add(value);
            });
            Path out = null;
            Path perturb = null;
            if (cmd.outExtension() != null) {
                out = dir.resolve("case" + c + cmd.outExtension());
                Files.write(out, sentinel);
                args.add("--out");
                args.add(out.toString());
                if (cmd.name().equals("train") && args.contains("--sigmas") || args.contains("--perturb-samples")) {
                    perturb = dir.resolve("case" + c + "-perturb.csv");
                    Files.write(perturb, sentinel);
                    args.add("--perturb-out");
                    args.add(perturb.toString());
                }
            }
            outText.getBuffer().setLength(0);
            errText.getBuffer().setLength(0);
            int code = cli.execute(args.toArray(new String[0]));
            CliRun r = new CliRun(code, outText.toString(), errText.toString());
            String label = "case " + c + ": " + String.join(" ", args) + "\n" + r.err();
            assertTrue(r.code() == 0 || r.code() == 2, "exit code " + r.code() + " for " + label);
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in"), "stack trace for " + label);
            assertFalse(r.err().contains("error: null"), label);
            for (Path f : new Path[] {out, perturb}) {
                if (f == null) {
                    continue;
                }
                byte[] now = Files.readAllBytes(f);
                if (r.code() != 0) {
                    assertEquals(new String(sentinel, StandardCharsets.UTF_8), new String(now, StandardCharsets.UTF_8),
                            "a failing run changed " + f + ": " + label);
                } else if (!f.toString().endsWith(".png")) {
                    String text = new String(now, StandardCharsets.UTF_8);
                    assertFalse(text.contains("NaN") || text.contains("Infinity"), "non-finite number in " + f
                            + ": " + label);
                }
            }
            if (r.code() == 0) {
                ok++;
            } else {
                refused++;
            }
        }
        assertTrue(ok > CASES / 10 && refused > CASES / 10, "both outcomes are exercised: " + ok + " ran, "
                + refused + " refused");
    }
}
