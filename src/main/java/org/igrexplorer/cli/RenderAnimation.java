package org.igrexplorer.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.igrexplorer.ui.window.MainWindow;
import org.igrexplorer.ui.explorer.SurfaceView;
import org.igrexplorer.ui.export.CaptionedRenderer;
import org.igrexplorer.ui.export.animation.SnapshotFrames;
import org.igrexplorer.ui.teaching.PlaybackViewModel;
import org.igrexplorer.ui.teaching.TeachingTab;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.Momentum;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.export.FigureCaption;
import org.igrexplorer.ui.export.FigureExport;
import org.igrexplorer.ui.export.ImageFormat;
import org.igrexplorer.ui.export.animation.AnimationExport;
import org.igrexplorer.ui.export.animation.AnimationFormat;
import org.igrexplorer.ui.export.animation.AnimationSettings;
import org.igrexplorer.ui.export.animation.FrameSource;
import org.igrexplorer.ui.export.animation.OffscreenFrames;
import org.igrexplorer.ui.export.animation.AnimatedFigures;

/**
 * {@code render --animate} (and {@code render --step n}): the playback of a view as GIF or MP4, or a
 * still of one step of it. The plane and the teaching charts are drawn through their Graphics2D code on
 * worker threads (no display needed); the 3D view and the window are snapshots on the JavaFX thread.
 */
final class RenderAnimation implements Callable<Integer> {

    /** Seconds to wait for the JavaFX toolkit. */

    private final RenderCommand c;
    private RenderCommand.Format format;

    RenderAnimation(RenderCommand command) {
        this.c = command;
    }

    @Override
    public Integer call() throws Exception {
        RunParameters p = c.model.parameters(c.model.learningRate(c.h), c.mu, c.steps);
        Momentum.requireBeta(c.beta);
        format = format();
        boolean video = format == RenderCommand.Format.GIF || format == RenderCommand.Format.MP4;
        if (c.animate && !video) {
            throw new IllegalArgumentException("--animate writes --format gif or mp4, got --format "
                    + format.name().toLowerCase(Locale.ROOT));
        }
        if (video && !c.animate) {
            throw new IllegalArgumentException("--format " + format.name().toLowerCase(Locale.ROOT)
                    + " is an animation: add --animate");
        }
        if (c.step != null && c.animate) {
            throw new IllegalArgumentException("--step renders a still; leave it out with --animate");
        }
        boolean explicitSize = c.spec.commandLine().getParseResult().hasMatchedOption("--width")
                || c.spec.commandLine().getParseResult().hasMatchedOption("--height");
        int width = c.animate && !explicitSize ? 1280 : c.width;
        int height = c.animate && !explicitSize ? 720 : c.height;
        if (c.step != null) {
            return still(p, width, height);
        }
        AnimationSettings settings = new AnimationSettings(AnimationFormat.fromId(format.name()), width, height,
                c.fps, c.stepsPerSecond, c.hold, AnimationSettings.Trail.fromId(c.trail), c.orbit, c.caption);
        if (c.orbit != 0 && c.view != RenderCommand.View.THREE_D) {
            throw new IllegalArgumentException("--orbit turns the camera of --view 3d only");
        }
        OutputTarget.check("--out", c.out);
        boolean fx = c.view == RenderCommand.View.THREE_D || c.view == RenderCommand.View.WINDOW;
        try (FrameSource source = source(p, settings)) {
            AnimationExport.Result r = AnimationExport.export(c.out, settings, source, (done, total) -> { },
                    () -> false);
            c.spec.commandLine().getOut().printf(Locale.ROOT,
                    "wrote %s (%s, %d×%d, %d frames, %.2f s at %s fps; %d bytes; %.1f frames/s)%n", r.file(),
                    settings.format().id(), settings.width(), settings.height(), r.frames(), r.seconds(),
                    fmt(settings.fps()), r.bytes(), r.framesPerSecond());
        } finally {
            if (fx) {
                Platform.exit();
            }
        }
        return 0;
    }

    /**
     * @return --format, else the one the --out extension names, else GIF with --animate and PNG without
     * @throws IllegalArgumentException if --format contradicts the extension
     */
    private RenderCommand.Format format() {
        String name = c.out.getFileName() == null ? "" : c.out.getFileName().toString().toLowerCase(Locale.ROOT);
        RenderCommand.Format named = null;
        for (RenderCommand.Format f : RenderCommand.Format.values()) {
            if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                named = f;
            }
        }
        if (c.format != null && named != null && c.format != named) {
            throw new IllegalArgumentException("--format " + c.format.name().toLowerCase(Locale.ROOT) + " contradicts "
                    + "the extension of --out " + c.out + "; use a ." + c.format.name().toLowerCase(Locale.ROOT)
                    + " file name or drop --format");
        }
        return c.format != null ? c.format : named != null ? named
                : c.animate ? RenderCommand.Format.GIF : RenderCommand.Format.PNG;
    }

    /** {@code --step n}: one frame of the animation, written as the still formats are. */
    private int still(RunParameters p, int width, int height) throws Exception {
        AnimationSettings settings = new AnimationSettings(AnimationFormat.GIF, width, height,
                AnimationSettings.DEFAULT_FPS, AnimationSettings.DEFAULT_STEPS_PER_SECOND, 0,
                AnimationSettings.Trail.fromId(c.trail), 0, c.caption);
        OutputTarget.check("--out", c.out);
        Offscreen o = offscreen(p, settings);
        if (c.step < 0 || c.step > o.lastStep()) {
            throw new IllegalArgumentException("--step must be between 0 and the last step " + o.lastStep()
                    + ", got " + c.step);
        }
        int n = c.step;
        FigureExport.Options options = o.options().withCaption(c.caption ? FigureCaption.of(p, n) : null);
        FigureExport.write(c.out, ImageFormat.fromId(format.name()), o.figure().get().at(n), options,
                "IGR Explorer: " + c.view.name().toLowerCase(Locale.ROOT).replace('_', '-') + " at step " + n);
        c.spec.commandLine().getOut().println("wrote " + c.out + " (" + format.name().toLowerCase(Locale.ROOT)
                + ", step " + n + ")");
        return 0;
    }

    private FrameSource source(RunParameters p, AnimationSettings s) throws Exception {
        if (c.view == RenderCommand.View.THREE_D || c.view == RenderCommand.View.WINDOW) {
            return snapshots(p, s);
        }
        Offscreen o = offscreen(p, s);
        IntFunction<String> caption = s.caption() ? n -> FigureCaption.of(p, n) : null;
        return new OffscreenFrames(o.lastStep(), o.figure(), o.options(), caption,
                Runtime.getRuntime().availableProcessors());
    }

    /** A view drawn through Graphics2D: its figures and the frame options. */
    private record Offscreen(Supplier<OffscreenFrames.StepFigure> figure, int lastStep, FigureExport.Options options) {
    }

    private Offscreen offscreen(RunParameters p, AnimationSettings s) {
        double w = s.width() / c.scale;
        double hh = s.height() / c.scale;
        FigureExport.Options options = new FigureExport.Options(w, hh, c.scale, null);
        // the figure above the caption band is what the plane's field is computed for
        double figureH = s.caption() ? hh - Math.ceil(CaptionedRenderer.FONT_SIZE * 2.0) : hh;
        AnimatedFigures figures = switch (c.view) {
            case PLANE -> AnimatedFigures.plane(() -> RenderCommand.planeRenderer(p, w, figureH), p, explorerCurves(p),
                    s.trail());
            case FORMULA, DISTANCE, BALANCE, SHARPNESS, FIG1B, BACKWARD_ERROR -> AnimatedFigures.panel(c.view.teachingPanel(), p,
                    explorerCurves(p).get(Method.GD), c.beta);
            case THREE_D, WINDOW -> throw new IllegalArgumentException("--step is for plane, distance, balance, "
                    + "sharpness and formula; the 3d and window views are animated with --animate");
            case MLP_LANDSCAPE_3D, MLP_LANDSCAPE_PLANE -> throw new IllegalArgumentException("--animate and --step "
                    + "are for the explorer's views and the teaching panels, not for the mlp-landscape views");
        };
        return new Offscreen(figures.figure(), figures.lastStep(), options);
    }

    /**
     * The 3D view or the window, live on the JavaFX toolkit with the teaching overlays installed (the
     * playback markers), snapshotted per frame. The 3D view is the explorer's own surface view taken
     * out of its split pane and shown alone at the frame size.
     */
    private FrameSource snapshots(RunParameters p, AnimationSettings s) throws Exception {
        if (!RenderCommand.hasDisplay()) {
            throw new IllegalStateException("the " + (c.view == RenderCommand.View.THREE_D ? "3d" : "window")
                    + " view needs a display: run under Xvfb, e.g. xvfb-run -a -s \"-screen 0 1920x1080x24\" java -jar "
                    + "igr-explorer.jar render ... (the plane and the panels animate without a display)");
        }
        FxStartup.start();
        boolean threeD = c.view == RenderCommand.View.THREE_D;
        int captionBand = s.caption() ? (int) Math.ceil(Math.ceil(CaptionedRenderer.FONT_SIZE * 2.0) * c.scale) : 0;
        double w = s.width() / c.scale;
        double h = (s.height() - captionBand) / c.scale;
        CompletableFuture<Object[]> built = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                if (threeD && !Platform.isSupported(ConditionalFeature.SCENE3D)) {
                    throw new IllegalStateException("3D is not supported by this graphics pipeline "
                            + "(try -Dprism.forceGPU=true)");
                }
                ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, Runnable::run, p);
                MainWindow window = new MainWindow(vm);
                Stage stage = new Stage();
                Parent root = window;
                if (threeD) {
                    SurfaceView surface = window.explorer().surfaceView();
                    window.explorer().split().getItems().remove(surface);
                    surface.getStylesheets().add(MainWindow.STYLESHEET);
                    root = surface;
                }
                stage.setScene(new Scene(root, w, h));
                TeachingTab teaching = TeachingTab.install(stage, window, vm, Runnable::run);
                teaching.viewModel().betaProperty().set(c.beta);
                built.complete(new Object[] {root, teaching, window.explorer().surfaceView()});
            } catch (Throwable t) {
                built.completeExceptionally(t);
            }
        });
        Object[] parts = built.get(FxStartup.FX_TIMEOUT_S, TimeUnit.SECONDS);
        Parent root = (Parent) parts[0];
        TeachingTab teaching = (TeachingTab) parts[1];
        PlaybackViewModel playback = teaching.viewModel().playback();
        awaitCurves(teaching);
        IntFunction<String> caption = s.caption() ? n -> FigureCaption.of(p, n) : null;
        return new SnapshotFrames(root, playback, threeD ? (SurfaceView) parts[2] : null, s.orbitDegrees(), c.scale,
                s.width(), s.height(), caption);
    }

    /** Waits until the teaching view-model has its curves (computed on, and delivered to, the FX thread). */
    static void awaitCurves(TeachingTab teaching) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FxStartup.FX_TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            if (FxStartup.onFx(() -> teaching.viewModel().curvesProperty().get() != null
                    && teaching.viewModel().playback().lastStepProperty().get() > 0)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the playback curves were not computed in " + FxStartup.FX_TIMEOUT_S + " s");
    }

    private static Map<Method, Trajectory> explorerCurves(RunParameters p) {
        return new ExplorerViewModel(Runnable::run, Runnable::run, p).curvesProperty().get().trajectories();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
