package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command list of {@code igr-explorer --help} shows one summary per command (its header, or the
 * first line of its description): each must be a whole sentence, never a line cut mid-sentence.
 */
class HelpSummaryTest {

    /** A summary that picocli would wrap onto a third line is too long for the list. */
    private static final int MAX_SUMMARY_CHARS = 110;

    @Test
    void everyCommandSummaryIsOneWholeSentence() {
        CommandLine root = IgrCommand.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue; // picocli's own
            }
            CommandLine.Model.UsageMessageSpec usage = e.getValue().getCommandSpec().usageMessage();
            String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
            String summary = lines.length == 0 ? "" : lines[0].strip();
            if (!summary.endsWith(".") || summary.length() > MAX_SUMMARY_CHARS) {
                bad.add(e.getKey() + ": \"" + summary + "\"");
            }
        }
        assertEquals(List.of(), bad, "summaries that are not one whole sentence");
        String help = CliRun.of("--help").out();
        assertTrue(help.contains("sgd-backward-error") && help.contains("Time a sharpness measurement"), help);
    }
}
