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
        subcommands = {TrajectoriesCommand.class, SweepLrCommand.class, RenderCommand.class, LandscapesCommand.class,
                BenchMlpCommand.class, BenchUiCommand.class, BenchSharpnessCommand.class, BenchAnimationCommand.class,
                TrainMlpCommand.class, SweepMlpCommand.class, MlpLandscapeCommand.class, SgdBackwardErrorCommand.class,
                CommandLine.HelpCommand.class})
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
        // one line naming the problem, never a stack trace: 2 for bad input, 1 for a failure while working
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.toString() : ex.getMessage();
            commandLine.getErr().println("error: " + message);
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }

    /** Runs the command line on the process streams and returns the exit code. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory (Java heap " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): choose smaller sizes or raise the heap, e.g. java -Xmx4g -jar igr-explorer.jar ...");
            return 1;
        }
    }
}
