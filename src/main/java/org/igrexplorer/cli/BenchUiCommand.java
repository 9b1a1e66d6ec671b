package org.igrexplorer.cli;

import static org.igrexplorer.cli.FxStartup.onFx;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleFunction;
import javafx.animation.AnimationTimer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.ui.IgrApplication;
import org.igrexplorer.ui.explorer.PlaneView;
import org.igrexplorer.ui.explorer.SurfaceView;
import org.igrexplorer.ui.plot.PlotTransform;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-ui}: how smooth the real window is. It opens the application window on the current
 * display, drags the start handle of the plane along a fixed path with the platform's mouse robot
 * (so the events take the same path as a user's drag: windowing system, scene, the plane's
 * handlers) at a fixed rate, then orbits the 3D view the same way, then leaves the window alone and
 * measures the process's CPU time. Frames are the JavaFX pulses seen by an {@link AnimationTimer}
 * during each phase; the pulse waits for the previous frame to be rendered, so a slow render shows
 * as a long interval. JVM flags such as {@code -Dprism.order=sw} are honoured. Last line:
 * {@code drag_fps=<> drag_p95_ms=<> orbit_fps=<> orbit_p95_ms=<> idle_cpu_percent=<>}.
 */
@Command(name = "bench-ui", mixinStandardHelpOptions = true,
        header = "Measure the window's frame rate while dragging, orbiting and idle.",
        description = {"Measure the window's frame rate: drag the plane's start handle along a fixed path,",
                "then orbit the 3D view (real mouse events from the platform robot), then stay idle.",
                "Needs a display (e.g. xvfb-run -a -s \"-screen 0 1920x1080x24\"). JVM flags such as",
                "-Dprism.order=sw are honoured. Last line:",
                "drag_fps=<> drag_p95_ms=<> orbit_fps=<> orbit_p95_ms=<> idle_cpu_percent=<>",
                "(idle CPU in percent of one core)."})
public final class BenchUiCommand implements Callable<Integer> {

    /** Seconds to wait for the toolkit, the first curves, and each step on the FX thread. */

    @Option(names = "--drag-seconds", description = "length of the drag phase (default: ${DEFAULT-VALUE})",
            defaultValue = "8")
    double dragSeconds;

    @Option(names = "--orbit-seconds", description = "length of the 3D orbit phase (default: ${DEFAULT-VALUE})",
            defaultValue = "8")
    double orbitSeconds;

    @Option(names = "--idle-seconds", description = "length of the idle phase (default: ${DEFAULT-VALUE})",
            defaultValue = "10")
    double idleSeconds;

    @Option(names = "--settle-seconds", description = "pause before each phase, for pending work to finish "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "2")
    double settleSeconds;

    @Option(names = "--warmup-seconds", description = "an unmeasured drag and orbit of this length first, so that "
            + "the measured phases see compiled code rather than the JIT compiler at work (default: ${DEFAULT-VALUE})",
            defaultValue = "0")
    double warmupSeconds;

    @Option(names = "--rate", description = "mouse moves per second (default: ${DEFAULT-VALUE})", defaultValue = "60")
    double rate;

    @Option(names = "--width", description = "window width in pixels (default: the whole screen)", defaultValue = "0")
    int width;

    @Option(names = "--height", description = "window height in pixels (default: the whole screen)",
            defaultValue = "0")
    int height;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Records the pulse time stamps while started. FX thread only. */
    private static final class PulseRecorder extends AnimationTimer {
        private long[] stamps = new long[1024];
        private int n;

        @Override
        public void handle(long now) {
            if (n == stamps.length) {
                stamps = Arrays.copyOf(stamps, 2 * n);
            }
            stamps[n++] = now;
        }

        long[] stamps() {
            return Arrays.copyOf(stamps, n);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!(dragSeconds > 0 && orbitSeconds > 0 && idleSeconds > 0 && settleSeconds >= 0 && warmupSeconds >= 0)) {
            throw new IllegalArgumentException("--drag-seconds, --orbit-seconds and --idle-seconds must be > 0, "
                    + "--settle-seconds and --warmup-seconds >= 0");
        }
        if (!(rate >= 1 && rate <= 1000)) {
            throw new IllegalArgumentException("--rate must be between 1 and 1000 moves per second, got " + rate);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("--width and --height must be >= 0 (0: the whole screen)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!RenderCommand.hasDisplay()) {
            spec.commandLine().getErr().println("error: no display: bench-ui opens the real window; run it under "
                    + "Xvfb, e.g. xvfb-run -a -s \"-screen 0 1920x1080x24\" java -jar igr-explorer.jar bench-ui");
            return RenderCommand.NO_DISPLAY;
        }
        boolean started = FxStartup.start();
        ExecutorService background = IgrApplication.newBackgroundExecutor();
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-ui-mouse");
            t.setDaemon(true);
            return t;
        });
        Stage[] stage = new Stage[1];
        try {
            IgrApplication.OpenWindow w = onFx(() -> {
                Rectangle2D screen = Screen.getPrimary().getBounds();
                double ww = width > 0 ? width : screen.getWidth();
                double wh = height > 0 ? height : screen.getHeight();
                stage[0] = new Stage();
                IgrApplication.OpenWindow ow = IgrApplication.open(stage[0], background, ww, wh);
                stage[0].setX(screen.getMinX());
                stage[0].setY(screen.getMinY());
                stage[0].show();
                stage[0].toFront();
                return ow;
            });
            boolean has3d = onFx(() -> Platform.isSupported(ConditionalFeature.SCENE3D));
            out.printf("bench-ui: window %.0f×%.0f, prism.order=%s, prism.forceGPU=%s, 3D %s, load average %s%n",
                    onFx(() -> stage[0].getScene().getWidth()), onFx(() -> stage[0].getScene().getHeight()),
                    System.getProperty("prism.order", "(default)"), System.getProperty("prism.forceGPU"),
                    has3d ? "available" : "not available (orbit phase skipped)", loadAverage());
            waitUntil(() -> w.explorer().curvesProperty().get() != null && w.explorer().planeFieldProperty().get() != null
                    && (!has3d || w.explorer().surfaceProperty().get() != null) && w.explorer().isIdle());
            settle();

            PlaneView plane = w.window().explorer().planeView();
            Callable<DoubleFunction<Point2D>> dragPathOnFx = () -> {
                double[] s = plane.startPixel();
                PlotTransform tr = plane.planeRenderer().chart().lastTransform();
                if (s == null || tr == null) {
                    throw new IllegalStateException("the plane has not been drawn");
                }
                Point2D handle = plane.localToScreen(s[0], s[1]);
                Point2D centre = plane.localToScreen(tr.area().getCenterX(), tr.area().getCenterY());
                double r = 0.3 * Math.min(tr.area().getWidth(), tr.area().getHeight());
                return dragPath(handle, centre, r);
            };
            SurfaceView surface = w.window().explorer().surfaceView();
            Callable<DoubleFunction<Point2D>> orbitPathOnFx = () -> {
                Point2D centre = surface.localToScreen(surface.getWidth() / 2, surface.getHeight() / 2);
                return orbitPath(centre, 0.3 * surface.getWidth(), 0.2 * surface.getHeight());
            };
            if (warmupSeconds > 0) {
                runPhase(ticks, warmupSeconds, dragPathOnFx);
                if (has3d) {
                    settle();
                    runPhase(ticks, warmupSeconds, orbitPathOnFx);
                }
                out.println("warm-up: " + FrameStats.fmt(warmupSeconds) + " s of drag" + (has3d ? " and of orbit" : "")
                        + " (not measured)");
                settle();
            }
            RunParameters before = onFx(() -> w.explorer().parametersProperty().get());
            Duration dragCpu0 = cpuTime();
            var dragThreads0 = ThreadCpu.now();
            FrameStats drag = runPhase(ticks, dragSeconds, dragPathOnFx);
            RunParameters after = onFx(() -> w.explorer().parametersProperty().get());
            if (before.a0() == after.a0() && before.b0() == after.b0()) {
                throw new IllegalStateException("the drag did not move the start point: the mouse did not reach the "
                        + "plane's start handle (is another window on top?)");
            }
            out.println("drag: " + drag.describe() + cpuPerFrame(dragCpu0, cpuTime(), drag)
                    + ThreadCpu.perFrame(dragThreads0, ThreadCpu.now(), drag.frames()));

            FrameStats orbit = FrameStats.NONE;
            if (has3d) {
                settle();
                double azimuth = onFx(() -> surface.cameraState().yaw());
                Duration orbitCpu0 = cpuTime();
                var orbitThreads0 = ThreadCpu.now();
                orbit = runPhase(ticks, orbitSeconds, orbitPathOnFx);
                if (onFx(() -> surface.cameraState().yaw()) == azimuth) {
                    throw new IllegalStateException("the orbit did not turn the 3D view: the mouse did not reach it");
                }
                out.println("orbit: " + orbit.describe() + cpuPerFrame(orbitCpu0, cpuTime(), orbit)
                        + ThreadCpu.perFrame(orbitThreads0, ThreadCpu.now(), orbit.frames()));
            } else {
                out.println("orbit: skipped, no 3D on this pipeline");
            }

            settle();
            Duration cpu0 = cpuTime();
            long t0 = System.nanoTime();
            Thread.sleep(Math.round(idleSeconds * 1000));
            Duration cpu1 = cpuTime();
            double wall = (System.nanoTime() - t0) / 1e9;
            double idleCpu = cpu0 == null || cpu1 == null ? Double.NaN
                    : 100 * (cpu1.minus(cpu0).toNanos() / 1e9) / wall;
            out.println("idle: " + FrameStats.fmt(wall) + " s, CPU " + FrameStats.fmt(idleCpu) + " % of one core");
            out.println("drag_fps=" + FrameStats.fmt(drag.fps()) + " drag_p95_ms=" + FrameStats.fmt(drag.p95Ms())
                    + " orbit_fps=" + FrameStats.fmt(orbit.fps()) + " orbit_p95_ms=" + FrameStats.fmt(orbit.p95Ms())
                    + " idle_cpu_percent=" + FrameStats.fmt(idleCpu));
            return 0;
        } finally {
            ticks.shutdownNow();
            background.shutdownNow();
            if (stage[0] != null) {
                Platform.runLater(stage[0]::close);
            }
            if (started) {
                Platform.exit();
            }
        }
    }

    /**
     * The drag: from the handle straight to the right end of an ellipse-like figure about the plot
     * centre (half a second), then round a Lissajous figure (periods 4 s and 2.5 s) of radius {@code r}.
     */
    static DoubleFunction<Point2D> dragPath(Point2D handle, Point2D centre, double r) {
        Point2D entry = centre.add(r, 0);
        double approach = 0.5;
        return t -> {
            if (t < approach) {
                double u = t / approach;
                return handle.multiply(1 - u).add(entry.multiply(u));
            }
            double s = t - approach;
            return centre.add(r * Math.cos(2 * Math.PI * s / 4), 0.8 * r * Math.sin(2 * Math.PI * s / 2.5));
        };
    }

    /** The orbit: a Lissajous figure about the view's centre, starting there (periods 3.3 s and 2.2 s). */
    static DoubleFunction<Point2D> orbitPath(Point2D centre, double ax, double ay) {
        return t -> centre.add(ax * Math.sin(2 * Math.PI * t / 3.3), ay * Math.sin(2 * Math.PI * t / 2.2));
    }

    /**
     * Presses the primary button at the path's start, moves along it at {@link #rate} moves per second
     * for {@code seconds} (a move is skipped while the previous one waits for the FX thread, as the
     * windowing system merges the motion of a busy window) and releases; pulses are recorded meanwhile.
     */
    private FrameStats runPhase(ScheduledExecutorService ticks, double seconds,
                                Callable<DoubleFunction<Point2D>> pathOnFx) throws Exception {
        PulseRecorder recorder = new PulseRecorder();
        Robot[] robot = new Robot[1];
        DoubleFunction<Point2D> path = onFx(() -> {
            DoubleFunction<Point2D> p = pathOnFx.call();
            robot[0] = new Robot();
            Point2D p0 = p.apply(0);
            robot[0].mouseMove(p0.getX(), p0.getY());
            return p;
        });
        Thread.sleep(150);
        long t0 = System.nanoTime();
        onFx(() -> {
            robot[0].mousePress(MouseButton.PRIMARY);
            recorder.start();
            return null;
        });
        AtomicBoolean pending = new AtomicBoolean();
        long period = Math.round(1e9 / rate);
        var task = ticks.scheduleAtFixedRate(() -> {
            if (!pending.getAndSet(true)) {
                Platform.runLater(() -> {
                    pending.set(false);
                    Point2D p = path.apply((System.nanoTime() - t0) / 1e9);
                    robot[0].mouseMove(p.getX(), p.getY());
                });
            }
        }, period, period, TimeUnit.NANOSECONDS);
        Thread.sleep(Math.round(seconds * 1000));
        task.cancel(false);
        return onFx(() -> {
            robot[0].mouseRelease(MouseButton.PRIMARY);
            recorder.stop();
            return FrameStats.of(recorder.stamps());
        });
    }

    private void settle() throws InterruptedException {
        Thread.sleep(Math.round(settleSeconds * 1000));
    }

    /**
     * @return ", process CPU 35.2 ms per frame" (all threads: event handling, recomputes, rendering), a figure
     *         that depends less on other programs' load than the frame rate; "" where the platform does not say
     */
    private static String cpuPerFrame(Duration before, Duration after, FrameStats s) {
        if (before == null || after == null || s.frames() < 2) {
            return "";
        }
        return ", process CPU " + FrameStats.fmt(after.minus(before).toNanos() / 1e6 / (s.frames() - 1))
                + " ms per frame";
    }

    /** @return the system's load average over the last minute (other programs compete for the cores), or "?" */
    private static String loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "?" : String.format(Locale.ROOT, "%.1f on %d cores", l,
                Runtime.getRuntime().availableProcessors());
    }

    /** @return the CPU time this process has used, or null where the platform does not say */
    private static Duration cpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(null);
    }

    private static void waitUntil(BooleanSupplier ready) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(FxStartup.FX_TIMEOUT_S);
        while (!onFx(ready::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the window did not finish its first computation in "
                        + FxStartup.FX_TIMEOUT_S + " s");
            }
            Thread.sleep(50);
        }
    }
}
