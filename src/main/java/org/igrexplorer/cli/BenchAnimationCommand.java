package org.igrexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.export.FigureExport;
import org.igrexplorer.ui.export.ImageFormat;
import org.igrexplorer.ui.export.animation.AnimatedFigures;
import org.igrexplorer.ui.export.animation.AnimationExport;
import org.igrexplorer.ui.export.animation.AnimationFormat;
import org.igrexplorer.ui.export.animation.AnimationSettings;
import org.igrexplorer.ui.export.animation.OffscreenFrames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-animation}: frames per second of the animated export of the plane (rendering and
 * encoding, GIF and MP4) against a baseline measured in the same process: writing one still PNG of the
 * same plane at the same size, as {@code render --view plane} does.
 */
@Command(name = "bench-animation", mixinStandardHelpOptions = true,
        header = "Time the plane's animated export (GIF, MP4) against a still PNG export.",
        description = {"Frames per second of the plane's animated export (GIF, MP4) against a still PNG export of",
                "one frame measured in the same run. Last line: still_png_per_s=<median> gif_fps=<..> mp4_fps=<..>",
                "gif_ratio=<gif_fps / still_png_per_s> mp4_ratio=<..>"})
public final class BenchAnimationCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--width", description = "frame width (default: ${DEFAULT-VALUE})", defaultValue = "1280")
    int width;

    @Option(names = "--height", description = "frame height (default: ${DEFAULT-VALUE})", defaultValue = "720")
    int height;

    @Option(names = "--frames", description = "frames per animation, 2-6000 (default: ${DEFAULT-VALUE})",
            defaultValue = "200")
    int frames;

    @Option(names = "--rounds", description = "rounds of (stills, GIF, MP4), the median is reported "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "3")
    int rounds;

    @Option(names = "--threads", description = "rendering threads (default: the number of cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (frames < 2 || frames > AnimationSettings.MAX_FRAMES || rounds < 1 || rounds > 20) {
            throw new IllegalArgumentException("--frames must be 2-" + AnimationSettings.MAX_FRAMES
                    + " and --rounds 1-20");
        }
        PrintWriter out = spec.commandLine().getOut();
        int steps = frames - 1; // one step per frame, no hold: frames frames exactly
        RunParameters p = model.parameters(model.learningRate(null), 0.5, steps);
        Map<Method, Trajectory> curves = new ExplorerViewModel(Runnable::run, Runnable::run, p).curvesProperty().get()
                .trajectories();
        AnimatedFigures figures = AnimatedFigures.plane(() -> RenderCommand.planeRenderer(p, width, height), p, curves,
                AnimationSettings.Trail.GROWING);
        int last = figures.lastStep();
        int n = Math.max(1, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        FigureExport.Options options = FigureExport.Options.of(width, height);
        Path dir = Files.createTempDirectory("igr-bench-animation");
        List<Double> still = new ArrayList<>();
        List<Double> gif = new ArrayList<>();
        List<Double> mp4 = new ArrayList<>();
        try {
            var stillFigure = figures.figure().get();
            for (int r = 0; r < rounds; r++) {
                int stills = 10;
                long t0 = System.nanoTime();
                for (int i = 0; i < stills; i++) {
                    FigureExport.write(dir.resolve("still.png"), ImageFormat.PNG, stillFigure.at(last * i / stills),
                            options, "bench");
                }
                still.add(stills / ((System.nanoTime() - t0) / 1e9));
                for (AnimationFormat f : AnimationFormat.values()) {
                    AnimationSettings s = new AnimationSettings(f, width, height, 20, 20, 0,
                            AnimationSettings.Trail.GROWING, 0, false);
                    try (OffscreenFrames src = new OffscreenFrames(last, figures.figure(), options, null, n)) {
                        AnimationExport.Result res = AnimationExport.export(dir.resolve("a." + f.id()), s, src,
                                (d, t) -> { }, () -> false);
                        (f == AnimationFormat.GIF ? gif : mp4).add(res.framesPerSecond());
                        out.printf(Locale.ROOT, "round %d: %s %d frames %d×%d in %.2f s = %.1f frames/s (%d bytes)%n",
                                r + 1, f.id(), res.frames(), width, height, res.elapsedNanos() / 1e9,
                                res.framesPerSecond(), res.bytes());
                    }
                }
                out.printf(Locale.ROOT, "round %d: still PNG %.1f per second%n", r + 1, still.get(r));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        double s = median(still);
        double g = median(gif);
        double m = median(mp4);
        out.printf(Locale.ROOT, "%d rendering threads on %d cores%n", n, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "still_png_per_s=%.2f gif_fps=%.2f mp4_fps=%.2f gif_ratio=%.2f mp4_ratio=%.2f%n", s, g,
                m, g / s, m / s);
        return 0;
    }

    private static double median(List<Double> v) {
        List<Double> c = new ArrayList<>(v);
        Collections.sort(c);
        int k = c.size();
        return k % 2 == 1 ? c.get(k / 2) : (c.get(k / 2 - 1) + c.get(k / 2)) / 2;
    }
}
