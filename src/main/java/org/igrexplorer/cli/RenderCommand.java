package org.igrexplorer.cli;

import static org.igrexplorer.cli.FxStartup.onFx;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.igrexplorer.core.Checks;
import org.igrexplorer.ui.plane.PlaneRenderer;
import org.igrexplorer.core.Identified;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.Momentum;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.ui.IgrApplication;
import org.igrexplorer.ui.teaching.TeachingTab;
import org.igrexplorer.ui.window.MainWindow;
import org.igrexplorer.ui.window.Theme;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.explorer.SurfaceView;
import org.igrexplorer.ui.export.FigureCaption;
import org.igrexplorer.ui.export.FigureExport;
import org.igrexplorer.ui.export.ImageFormat;
import org.igrexplorer.ui.network.NetworkLandscapeRenderer;
import org.igrexplorer.ui.network.NetworkLandscapeScene;
import org.igrexplorer.ui.network.NetworkLandscapeViews;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.plane.FieldGrid;
import org.igrexplorer.ui.teaching.TeachingPanels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Renders a view of the explorer offscreen to a file. The plane is drawn through Graphics2D with no
 * JavaFX toolkit (so it works anywhere) and can be written as PNG, SVG or PDF; the 3D view and the
 * whole window need the JavaFX toolkit, hence a display (Xvfb is enough), and are written as PNG.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render the 3D surface, the 2D plane or the whole window to a file, offscreen.",
                "The plane can be PNG, SVG or PDF (--format) and needs no display;",
                "3d and window are PNG and need a display (e.g. xvfb-run).",
                "--animate writes the playback from step 0 to the end as a looping GIF or an MP4 (H.264) video."})
public final class RenderCommand implements Callable<Integer> {

    /** Exit code when no display is available for a view that needs one. */
    public static final int NO_DISPLAY = 3;
    /** Exit code when the 3D pipeline is unavailable. */
    public static final int NO_3D = 4;
    /** Seconds to wait for the JavaFX toolkit. */

    /** What to render. */
    public enum View {
        THREE_D, PLANE, WINDOW, FIG1B, BACKWARD_ERROR, DISTANCE, BALANCE, SHARPNESS, FORMULA, MLP_LANDSCAPE_3D,
        MLP_LANDSCAPE_PLANE;

        /** @return the teaching panel this view draws (no toolkit needed), or null */
        TeachingPanels.Panel teachingPanel() {
            return switch (this) {
                case FIG1B -> TeachingPanels.Panel.FIG1B;
                case BACKWARD_ERROR -> TeachingPanels.Panel.BACKWARD_ERROR;
                case DISTANCE -> TeachingPanels.Panel.DISTANCE;
                case BALANCE -> TeachingPanels.Panel.BALANCE;
                case SHARPNESS -> TeachingPanels.Panel.SHARPNESS;
                case FORMULA -> TeachingPanels.Panel.FORMULA;
                default -> null;
            };
        }
    }

    /** Output formats: SVG and PDF (vector, through the plane's Graphics2D renderer) are for the plane only. */
    public enum Format { PNG, SVG, PDF, GIF, MP4 }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Mixin
    MlpDataOptions mlpData;

    @Mixin
    MlpLandscapeOptions mlpLandscape;

    @Option(names = "--view", description = "3d, plane, window, a teaching panel: fig1b, backward-error, distance, "
            + "balance, sharpness, formula, or a trained network's landscape (the mlp-landscape options): mlp-landscape-3d, "
            + "mlp-landscape-plane (default: ${DEFAULT-VALUE})", defaultValue = "window",
            converter = ViewConverter.class)
    View view;

    @Option(names = "--h", description = "learning rate h (default: the landscape's; 0.05 on the paper's model)")
    Double h;

    @Option(names = "--mu", description = "EGR strength µ (default: ${DEFAULT-VALUE})", defaultValue = "0.5")
    double mu;

    @Option(names = "--steps", description = "GD steps (default: ${DEFAULT-VALUE})", defaultValue = "400")
    int steps;

    @Option(names = "--beta", description = "teaching panels and window: heavy-ball momentum 0 <= beta <= 0.99 "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "0.0")
    double beta;

    @Option(names = "--tab", description = "window: the tab shown, explorer, teaching or mlp (default: ${DEFAULT-VALUE})",
            defaultValue = "explorer", converter = TabConverter.class)
    WindowTab tab;

    @Option(names = "--presentation", description = "window: as presentation mode (F5) shows it to an audience: the "
            + "larger high-contrast type, menus and toolbars hidden")
    boolean presentation;

    @Option(names = "--theme", description = "window: light or dark (default: ${DEFAULT-VALUE})", defaultValue = "light",
            converter = ThemeConverter.class)
    Theme theme;

    @Option(names = "--width", description = "width in pixels (default: ${DEFAULT-VALUE})", defaultValue = "1600")
    int width;

    @Option(names = "--height", description = "height in pixels (default: ${DEFAULT-VALUE})", defaultValue = "1000")
    int height;

    @Option(names = "--scale", description = "plane only: pixels per logical unit (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    double scale;

    @Option(names = "--format", description = "output format: png, svg or pdf; gif or mp4 with --animate (default: the "
            + "--out extension, else png, or gif with --animate); a format that contradicts the extension is refused", converter = FormatConverter.class)
    Format format;

    @Option(names = "--caption", description = "plane and teaching panels: add a caption line listing the landscape, a0, b0, h, mu, steps")
    boolean caption;

    @Option(names = "--out", required = true, description = "output file")
    Path out;

    @Option(names = "--animate", description = "export the playback from step 0 to the end as an animation "
            + "(--format gif or mp4; plane, 3d, window, distance, balance, sharpness, formula)")
    boolean animate;

    @Option(names = "--fps", description = "animation: frames per second, 1-50 for GIF, 1-60 for MP4 "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "20")
    double fps;

    @Option(names = "--steps-per-second", description = "animation: playback speed in steps per second, "
            + "0.25-2000 (default: ${DEFAULT-VALUE})", defaultValue = "20")
    double stepsPerSecond;

    @Option(names = "--hold", description = "animation: seconds the last frame stays, 0-30 (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    double hold;

    @Option(names = "--trail", description = "animation: growing (curves drawn up to the current step) or full "
            + "(whole curves, moving markers) (default: ${DEFAULT-VALUE})", defaultValue = "growing")
    String trail;

    @Option(names = "--orbit", description = "animation of the 3d view: degrees the camera turns about the vertical "
            + "axis over the animation, -720-720 (default: ${DEFAULT-VALUE})", defaultValue = "0")
    double orbit;

    @Option(names = "--step", description = "plane, distance, balance, sharpness, formula: a still at this playback step "
            + "(curves up to it and the markers on it), as the animation's frame of that step")
    Integer step;

    static final class ViewConverter implements picocli.CommandLine.ITypeConverter<View> {
        @Override
        public View convert(String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "3d" -> View.THREE_D;
                case "plane" -> View.PLANE;
                case "window" -> View.WINDOW;
                case "mlp-landscape-3d" -> View.MLP_LANDSCAPE_3D;
                case "mlp-landscape-plane" -> View.MLP_LANDSCAPE_PLANE;
                default -> {
                    try {
                        yield View.valueOf(TeachingPanels.Panel.fromId(s).name());
                    } catch (IllegalArgumentException e) {
                        throw new picocli.CommandLine.TypeConversionException("expected 3d, plane, window, "
                                + "mlp-landscape-3d or mlp-landscape-plane, or a teaching panel: "
                                + Identified.ids(TeachingPanels.Panel.class) + ", got '" + s + "'");
                    }
                }
            };
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            try {
                return Format.valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected png, svg, pdf, gif or mp4, got '"
                        + s + "'");
            }
        }
    }

    /** The window's tabs, as {@code --tab} names them. */
    public enum WindowTab implements Identified {
        EXPLORER("explorer", MainWindow.EXPLORER_TAB_ID), TEACHING("teaching", TeachingTab.TAB_ID),
        MLP("mlp", IgrApplication.MLP_TAB_ID);

        private final String id;
        private final String tabId;

        WindowTab(String id, String tabId) {
            this.id = id;
            this.tabId = tabId;
        }

        @Override
        public String id() {
            return id;
        }

        /** @return the node id of the window's tab */
        String tabId() {
            return tabId;
        }
    }

    static final class TabConverter implements picocli.CommandLine.ITypeConverter<WindowTab> {
        @Override
        public WindowTab convert(String s) {
            try {
                return Identified.fromId(WindowTab.class, s, "tab");
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ThemeConverter implements picocli.CommandLine.ITypeConverter<Theme> {
        @Override
        public Theme convert(String s) {
            for (Theme t : Theme.values()) {
                if (t.label().equalsIgnoreCase(s.trim())) {
                    return t;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected light or dark, got '" + s + "'");
        }
    }

    /** Smallest and largest --width and --height. */
    static final int MIN_SIDE = 100;
    static final int MAX_SIDE = 8192;

    @Override
    public Integer call() throws Exception {
        if (animate || step != null || format == Format.GIF || format == Format.MP4
                || out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT)
                .matches(".*\\.(gif|mp4)")) {
            return new RenderAnimation(this).call();
        }
        List<String> problems = new ArrayList<>();
        problems.add(Checks.range("--width", width, MIN_SIDE, MAX_SIDE));
        problems.add(Checks.range("--height", height, MIN_SIDE, MAX_SIDE));
        problems.add(Checks.range("--scale", scale, FigureExport.MIN_SCALE, FigureExport.MAX_SCALE));
        problems.removeIf(Objects::isNull);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (view != View.WINDOW && (tab != WindowTab.EXPLORER || presentation || theme != Theme.LIGHT)) {
            throw new IllegalArgumentException("--tab, --presentation and --theme are for --view window only");
        }
        format = resolveFormat(format, out);
        RunParameters p = model.parameters(model.learningRate(h), mu, steps);
        OutputTarget.check("--out", out);
        if (view.teachingPanel() != null) {
            Momentum.requireBeta(beta);
            double w = width / scale;
            double hh = height / scale;
            var options = new FigureExport.Options(w, hh, scale,
                    caption ? FigureCaption.of(p) : null);
            FigureExport.write(out,
                    ImageFormat.fromId(format.name()),
                    TeachingPanels.renderer(view.teachingPanel(), p, beta), options,
                    "IGR Explorer: " + view.teachingPanel().id());
            spec.commandLine().getOut().println("wrote " + out + " (" + format.name().toLowerCase(Locale.ROOT) + ")");
            return 0;
        }
        NetworkLandscapeScene mlpScene = null;
        if (view == View.MLP_LANDSCAPE_PLANE || view == View.MLP_LANDSCAPE_3D) {
            if (view == View.MLP_LANDSCAPE_3D && format != Format.PNG) {
                throw new IllegalArgumentException("--view mlp-landscape-3d exports PNG only");
            }
            NetworkLandscape land = mlpLandscape.compute(mlpData.load(), mlpData.blas(), spec.commandLine().getErr());
            if (view == View.MLP_LANDSCAPE_PLANE) {
                NetworkLandscapeRenderer r = new NetworkLandscapeRenderer();
                r.setLandscape(land);
                var options = new FigureExport.Options(width / scale, height / scale, scale,
                        caption ? mlpLandscape.caption() : null);
                FigureExport.write(out, ImageFormat.fromId(format.name()), r, options, "IGR Explorer: network landscape");
                spec.commandLine().getOut().println("wrote " + out + " (" + format.name().toLowerCase(Locale.ROOT) + ")");
                return 0;
            }
            mlpScene = NetworkLandscapeScene.of(land);
        } else if (view != View.PLANE && format != Format.PNG) {
            throw new IllegalArgumentException("--format " + format.name().toLowerCase(Locale.ROOT)
                    + " is for --view plane only (and the teaching panels); the 3d and window views export PNG");
        }
        if (view == View.PLANE) {
            writePlane(p);
            return 0;
        }
        if (!hasDisplay()) {
            spec.commandLine().getErr().println("error: no display: the " + (view == View.THREE_D ? "3d"
                    : view == View.MLP_LANDSCAPE_3D ? "mlp-landscape-3d" : "window")
                    + " view needs one; run under Xvfb, e.g. xvfb-run -a -s \"-screen 0 1920x1080x24\" java -jar "
                    + "igr-explorer.jar render ... (the plane view renders without a display)");
            return NO_DISPLAY;
        }
        if (view == View.WINDOW) {
            Momentum.requireBeta(beta);
        }
        boolean started = FxStartup.start();
        Object r;
        try {
            NetworkLandscapeScene scene3d = mlpScene;
            r = view == View.WINDOW ? snapshotWindow(p)
                    : onFx(() -> scene3d != null ? snapshot(scene3d) : snapshot(p));
        } finally {
            if (started) {
                Platform.exit();
            }
        }
        if (r instanceof String msg) {
            spec.commandLine().getErr().println("error: " + msg);
            return NO_3D;
        }
        BufferedImage img = (BufferedImage) r;
        PngExport.writePng(img, out);
        spec.commandLine().getOut().println("wrote " + out + " (" + img.getWidth() + "×" + img.getHeight() + ")");
        return 0;
    }

    /**
     * @return the format: {@code given}, else the one the file's extension names, else PNG
     * @throws IllegalArgumentException if {@code given} contradicts the extension
     */
    static Format resolveFormat(Format given, Path file) {
        Format named = ImageFormat.fromFileName(file).map(f -> Format.valueOf(f.name())).orElse(null);
        if (given != null && named != null && given != named) {
            throw new IllegalArgumentException("--format " + given.name().toLowerCase(Locale.ROOT) + " contradicts the "
                    + "extension of --out " + file + "; use a ." + given.name().toLowerCase(Locale.ROOT)
                    + " file name or drop --format");
        }
        return given != null ? given : named != null ? named : Format.PNG;
    }

    /** @return whether a display is reachable (always true off Linux/BSD) */
    static boolean hasDisplay() {
        return hasDisplay(System.getProperty("os.name", ""), System.getenv());
    }

    /** @return whether {@code env} names a display (always true off Linux/BSD) */
    static boolean hasDisplay(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String d = env.get("DISPLAY");
        String w = env.get("WAYLAND_DISPLAY");
        return (d != null && !d.isBlank()) || (w != null && !w.isBlank());
    }


    /**
     * The whole window as the application builds it ({@link IgrApplication#open}, never shown), on the tab, theme
     * and presentation look asked for, once the teaching tab's curves have arrived. @return its image
     */
    private BufferedImage snapshotWindow(RunParameters p) throws Exception {
        IgrApplication.OpenWindow ow = onFx(() -> buildWindow(p, tab, theme, presentation, beta, width, height));
        RenderAnimation.awaitCurves(ow.teaching());
        // results published by what the curves' arrival started (markers, panels) land in the rounds after it
        for (int round = 0; round < SETTLE_ROUNDS; round++) {
            onFx(() -> {
                ow.window().applyCss();
                ow.window().layout();
                return null;
            });
        }
        return onFx(() -> SwingFXUtils.fromFXImage(ow.window().getScene().snapshot(null), null));
    }

    /**
     * Builds the application's window ({@link IgrApplication#open}, computing on the calling thread, never shown)
     * on {@code tab}, in {@code theme}, in presentation mode's look if asked, with momentum {@code beta} in the
     * teaching tab. FX thread only.
     */
    static IgrApplication.OpenWindow buildWindow(RunParameters p, WindowTab tab, Theme theme, boolean presentation,
            double beta, double width, double height) {
        IgrApplication.OpenWindow w = IgrApplication.open(new Stage(), Runnable::run, Runnable::run, p, width, height);
        w.teaching().viewModel().betaProperty().set(beta);
        TabPane tabs = w.window().tabs();
        Tab shown = tabs.getTabs().stream().filter(t -> tab.tabId().equals(t.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the window has no " + tab.id() + " tab"));
        tabs.getSelectionModel().select(shown);
        if (w.teaching().viewMenu() != null) {
            w.teaching().viewMenu().themeProperty().set(theme);
        } else {
            Theme.apply(w.window(), theme);
        }
        if (presentation) {
            w.teaching().mode().presentation().enter();
        }
        return w;
    }

    /** FX event rounds a window render waits after its curves arrive, for the results they start. */
    private static final int SETTLE_ROUNDS = 4;

    /** Runs on the FX thread: the network landscape's 3D view. @return an image, or an error message */
    private Object snapshot(NetworkLandscapeScene scene) {
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            return "3D is not supported by this graphics pipeline (try -Dprism.forceGPU=true)";
        }
        NetworkLandscapeViews.Surface root = new NetworkLandscapeViews.Surface();
        root.getStylesheets().add(MainWindow.STYLESHEET);
        root.show(scene);
        Scene s = new Scene(root, width, height);
        root.applyCss();
        root.layout();
        return SwingFXUtils.fromFXImage(s.snapshot(null), null);
    }

    /** Runs on the FX thread; the 3D view, computed synchronously. @return an image, or an error message */
    private Object snapshot(RunParameters p) {
        if (view == View.THREE_D && !Platform.isSupported(ConditionalFeature.SCENE3D)) {
            return "3D is not supported by this graphics pipeline (try -Dprism.forceGPU=true)";
        }
        ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, Runnable::run, p);
        SurfaceView root = new SurfaceView(vm);
        root.getStylesheets().add(MainWindow.STYLESHEET);
        Scene scene = new Scene(root, width, height);
        root.applyCss();
        root.layout();
        root.layout();
        WritableImage fx = scene.snapshot(null);
        return SwingFXUtils.fromFXImage(fx, null);
    }

    /** Writes the plane as PNG, SVG or PDF through {@link org.igrexplorer.ui.export.FigureExport}. */
    private void writePlane(RunParameters p) throws IOException {
        double w = width / scale;
        double hh = height / scale;
        var options = new FigureExport.Options(w, hh, scale,
                caption ? FigureCaption.of(p) : null);
        FigureExport.write(out,
                ImageFormat.fromId(format.name()), planeRenderer(p, w, hh),
                options, "IGR Explorer: parameter plane");
        spec.commandLine().getOut().println("wrote " + out + " (" + format.name().toLowerCase(Locale.ROOT)
                + (format == Format.PNG ? ", " + options.pixelWidth() + "×" + options.pixelHeight() : "") + ")");
    }

    /**
     * @param w logical width
     * @param h logical height
     * @return the plane's renderer with curves and field computed for that size (no JavaFX toolkit)
     */
    public static PlaneRenderer planeRenderer(RunParameters p, double w, double h) {
        ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, Runnable::run, p);
        PlaneRenderer r = new PlaneRenderer();
        r.setView(vm.boxProperty().get());
        r.setCurves(p, vm.curvesProperty().get().trajectories());
        // a first pass fixes the shown box (equal aspect); the field is then computed for exactly it
        PngExport.render(r, w, h, 1, Color.WHITE);
        PlotTransform tr = r.chart().lastTransform();
        var mapping = vm.currentMapping();
        r.setField(FieldGrid.compute(mapping, new ViewBox(tr.xMin(), tr.xMax(), tr.yMin(), tr.yMax()),
                ExplorerViewModel.FIELD_RESOLUTION));
        return r;
    }
}
