package org.igrexplorer.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starting the JavaFX toolkit from a command (render with a display, its animations, bench-ui) the
 * same way every time: software OpenGL accepted unless the user decided (as the application does),
 * the toolkit started once per process and kept alive between windows.
 */
final class FxStartup {

    /** Longest wait for the toolkit or a frame before a command gives up. */
    static final long FX_TIMEOUT_S = 120;

    private FxStartup() {
    }

    /**
     * Mesa's software GL (Xvfb, VMs, remote desktops) is refused by JavaFX unless forced, which leaves
     * the 3D view empty; harmless on real GPUs. {@code -Dprism.forceGPU=false} keeps JavaFX's choice.
     */
    static void acceptSoftwareGl() {
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
    }

    /**
     * Accepts software GL, starts the toolkit if it is not running and waits for it.
     *
     * @return whether this call started the toolkit (the caller that started it may also stop it)
     */
    static boolean start() throws Exception {
        acceptSoftwareGl();
        CompletableFuture<Void> up = new CompletableFuture<>();
        boolean started = true;
        try {
            Platform.startup(() -> up.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started = false;
            up.complete(null);
        }
        up.get(FX_TIMEOUT_S, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        return started;
    }

    /**
     * Runs {@code task} on the FX thread and waits for it (at most {@link #FX_TIMEOUT_S} s).
     *
     * @return what {@code task} returns; its exception is rethrown here
     */
    static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(FX_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }
}
