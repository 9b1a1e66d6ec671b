package org.igrexplorer.cli;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
import org.igrexplorer.ui.export.animation.PlaneAtStep;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.ui.teaching.FormulaRenderer;
import org.igrexplorer.ui.teaching.FormulaText;
import org.igrexplorer.ui.teaching.TeachingPanels;

/**
 * {@code render --animate} (and {@code render --step n}): the playback of a view as GIF or MP4, or a
 * still of one step of it. The plane and the teaching charts are drawn through their Graphics2D code on
 * worker threads (no display needed); the 3D view and the window are snapshots on the JavaFX thread.
 */
final class RenderAnimation implements Callable<Integer> {

    private final RenderCommand c;

    RenderAnimation(RenderCommand command) {
        this.c = command;
    }

    @Override
    public Integer call() throws Exception {
        RunParameters p = new RunParameters(c.model.x, c.model.y, c.model.a0, c.model.b0, c.h, c.mu, c.steps);
        Momentum.requireBeta(c.beta);
        boolean video = c.format == RenderCommand.Format.GIF || c.format == RenderCommand.Format.MP4;
        if (c.animate && !video) {
            throw new IllegalArgumentException("--animate writes --format gif or mp4, got --format "
                    + c.format.name().toLowerCase(Locale.ROOT));
        }
        if (video && !c.animate) {
            throw new IllegalArgumentException("--format " + c.format.name().toLowerCase(Locale.ROOT)
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
        AnimationSettings settings = new AnimationSettings(AnimationFormat.fromId(c.format.name()), width, height,
                c.fps, c.stepsPerSecond, c.hold, AnimationSettings.Trail.fromId(c.trail), c.orbit, c.caption);
        if (c.orbit != 0 && c.view != RenderCommand.View.THREE_D) {
            throw new IllegalArgumentException("--orbit turns the camera of --view 3d only");
        }
        AnimationExport.checkTarget(c.out);
        try (FrameSource source = source(p, settings)) {
            AnimationExport.Result r = AnimationExport.export(c.out, settings, source, (done, total) -> { },
                    () -> false);
            c.spec.commandLine().getOut().printf(Locale.ROOT,
                    "wrote %s (%s, %d×%d, %d frames, %.2f s at %s fps; %d bytes; %.1f frames/s)%n", r.file(),
                    settings.format().id(), settings.width(), settings.height(), r.frames(), r.seconds(),
                    fmt(settings.fps()), r.bytes(), r.framesPerSecond());
        }
        return 0;
    }

    /** {@code --step n}: one frame of the animation, written as the still formats are. */
    private int still(RunParameters p, int width, int height) throws Exception {
        AnimationSettings settings = new AnimationSettings(AnimationFormat.GIF, width, height,
                AnimationSettings.DEFAULT_FPS, AnimationSettings.DEFAULT_STEPS_PER_SECOND, 0,
                AnimationSettings.Trail.fromId(c.trail), 0, c.caption);
        Offscreen o = offscreen(p, settings);
        if (c.step < 0 || c.step > o.lastStep()) {
            throw new IllegalArgumentException("--step must be between 0 and the last step " + o.lastStep()
                    + ", got " + c.step);
        }
        int n = c.step;
        FigureExport.Options options = o.options().withCaption(c.caption ? FigureCaption.of(p, n) : null);
        FigureExport.write(c.out, ImageFormat.fromId(c.format.name()), o.figure().get().at(n), options,
                "IGR Explorer: " + c.view.name().toLowerCase(Locale.ROOT).replace('_', '-') + " at step " + n);
        c.spec.commandLine().getOut().println("wrote " + c.out + " (" + c.format.name().toLowerCase(Locale.ROOT)
                + ", step " + n + ")");
        return 0;
    }

    private FrameSource source(RunParameters p, AnimationSettings s) throws Exception {
        Offscreen o = offscreen(p, s);
        IntFunction<String> caption = s.caption() ? n -> FigureCaption.of(p, n) : null;
        return new OffscreenFrames(o.lastStep(), o.figure(), o.options(), caption,
                Runtime.getRuntime().availableProcessors());
    }

    /** A view drawn through Graphics2D: its figure factory (one per thread), last step and frame options. */
    private record Offscreen(Supplier<OffscreenFrames.StepFigure> figure, int lastStep, FigureExport.Options options) {
    }

    private Offscreen offscreen(RunParameters p, AnimationSettings s) {
        double w = s.width() / c.scale;
        double hh = s.height() / c.scale;
        FigureExport.Options options = new FigureExport.Options(w, hh, c.scale, null);
        // the figure above the caption band is what the plane's field is computed for
        double figureH = s.caption() ? hh - Math.ceil(org.igrexplorer.ui.export.CaptionedRenderer.FONT_SIZE * 2.0) : hh;
        AnimationSettings.Trail trail = s.trail();
        return switch (c.view) {
            case PLANE -> {
                Map<Method, Trajectory> curves = explorerCurves(p);
                yield new Offscreen(() -> new PlaneAtStep(RenderCommand.planeRenderer(p, w, figureH), p, curves, trail),
                        PlaneAtStep.lastStep(curves), options);
            }
            case FORMULA -> {
                Map<Method, Trajectory> curves = explorerCurves(p);
                Trajectory gd = curves.get(Method.GD);
                yield new Offscreen(() -> n -> {
                    int k = Math.min(n, gd.lastStep());
                    return new FormulaRenderer(FormulaText.lines(p, gd.a(k), gd.b(k), c.beta),
                            FormulaRenderer.DEFAULT_SIZE, Color.BLACK, Color.WHITE);
                }, gd.lastStep(), options);
            }
            case DISTANCE, BALANCE -> {
                TeachingPanels.Panel panel = c.view.teachingPanel();
                yield new Offscreen(() -> {
                    XYChart chart = (XYChart) TeachingPanels.renderer(panel, p, c.beta);
                    return n -> chart.markerLine(n * p.h(), MethodPalette.INK,
                            String.format(Locale.ROOT, "step %d, t = %.4g", n, n * p.h()));
                }, p.steps(), options);
            }
            case FIG1B, BACKWARD_ERROR -> throw new IllegalArgumentException("--view " + c.view.teachingPanel().id()
                    + " does not change along the playback (its axis is the learning rate): render it as a still");
            case THREE_D, WINDOW -> throw new IllegalArgumentException("--step is for plane, distance, balance and "
                    + "formula; the 3d and window views are animated with --animate");
        };
    }

    private static Map<Method, Trajectory> explorerCurves(RunParameters p) {
        return new ExplorerViewModel(Runnable::run, Runnable::run, p).curvesProperty().get().trajectories();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
