package org.igrexplorer;

import org.igrexplorer.cli.IgrCommand;

/**
 * Entry point. With no arguments it opens the application window; with a subcommand it runs
 * headless (see {@code --help}). This class does not extend {@code Application}, so the jar runs
 * with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.igrexplorer.ui.IgrApplication.launchApp(args);
            return;
        }
        System.exit(IgrCommand.execute(args));
    }
}
