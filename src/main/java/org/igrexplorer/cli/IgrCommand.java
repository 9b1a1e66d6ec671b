package org.igrexplorer.cli;

import java.io.PrintWriter;
import org.igrexplorer.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code igr-explorer <subcommand> [options]}. */
@Command(name = "igr-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = IgrCommand.VersionProvider.class,
        description = {"IGR Explorer: implicit gradient regularization (Barrett & Dherin, ICLR 2021).",
                "Run without arguments to open the window; with a subcommand to work headless."},
        subcommands = {TrajectoriesCommand.class, SweepLrCommand.class, RenderCommand.class, BenchMlpCommand.class,
                BenchSharpnessCommand.class, BenchAnimationCommand.class,
                TrainMlpCommand.class, SweepMlpCommand.class, CommandLine.HelpCommand.class})
public final class IgrCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Supplies {@code --version}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"IGR Explorer " + Version.get()};
        }
    }

    /** @return a configured command line (for tests, with its own writers) */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new IgrCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }

    /** Runs the command line on the process streams and returns the exit code. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err).execute(args);
    }
}
