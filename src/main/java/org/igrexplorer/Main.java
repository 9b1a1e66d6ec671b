package org.igrexplorer;

import org.igrexplorer.cli.IgrCommand;
import org.igrexplorer.ui.IgrApplication;

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
            // JavaFX refuses software OpenGL (Mesa llvmpipe: VMs, remote desktops, Xvfb) and would leave the
            // 3D view empty; lecture machines often have exactly that. Accept any GL unless the user decided
            // (-Dprism.forceGPU=false keeps JavaFX's own choice). The render command does the same.
            if (System.getProperty("prism.forceGPU") == null) {
                System.setProperty("prism.forceGPU", "true");
            }
            IgrApplication.launchApp(args);
            return;
        }
        System.exit(IgrCommand.execute(args));
    }
}
