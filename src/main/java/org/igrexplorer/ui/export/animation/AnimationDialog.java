package org.igrexplorer.ui.export.animation;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.ui.window.MainWindow;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.explorer.SurfaceView;
import org.igrexplorer.ui.export.CaptionedRenderer;
import org.igrexplorer.ui.export.FigureCaption;
import org.igrexplorer.ui.export.FigureExport;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.ui.teaching.PlaybackViewModel;
import org.igrexplorer.ui.teaching.TeachingPanels;
import org.igrexplorer.ui.teaching.TeachingViewModel;

/**
 * File → Export animation…: the playback of the plane, the 3D view, the whole window or a teaching
 * panel from step 0 to the end as a GIF or MP4, with the speed, frame rate, size, hold, curves,
 * camera orbit (3D) and caption chosen here, the frame count and length shown as they change and a
 * bad value named before anything starts. The export runs on a background thread with a progress bar
 * and Cancel; the plane and the panels are drawn offscreen from the state at the start, while the 3D
 * view and the window are snapshots of the live nodes a few frames at a time (the main window ignores
 * input meanwhile, so nothing moves under the camera, but keeps painting). FX thread only.
 */
public final class AnimationDialog {

    /** What to animate. */
    public enum Target {
        PLANE("Parameter plane"), THREE_D("3D view"), WINDOW("Whole window"), DISTANCE("Distance panel"),
        BALANCE("Balance panel"), SHARPNESS("Sharpness panel"), FORMULA("Formula panel");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }

        /** @return whether frames are snapshots of live nodes (else drawn offscreen) */
        boolean snapshots() {
            return this == THREE_D || this == WINDOW;
        }

        TeachingPanels.Panel panel() {
            return switch (this) {
                case DISTANCE -> TeachingPanels.Panel.DISTANCE;
                case BALANCE -> TeachingPanels.Panel.BALANCE;
                case SHARPNESS -> TeachingPanels.Panel.SHARPNESS;
                case FORMULA -> TeachingPanels.Panel.FORMULA;
                default -> null;
            };
        }
    }

    /** Snapshot scales offered for the 3D view and the window. */
    static final double[] SCALES = {1, 1.5, 2};

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "igr-animation-export");
        t.setDaemon(true);
        return t;
    });

    private final Stage owner;
    private final MainWindow window;
    private final ExplorerViewModel explorer;
    private final TeachingViewModel teaching;
    private final Stage stage = new Stage();
    private final ChoiceBox<Target> target = new ChoiceBox<>();
    private final ChoiceBox<AnimationFormat> format = new ChoiceBox<>();
    private final Spinner<Integer> width = intSpinner(AnimationSettings.MIN_SIDE, AnimationSettings.MAX_SIDE, 1280, 16);
    private final Spinner<Integer> height = intSpinner(AnimationSettings.MIN_SIDE, AnimationSettings.MAX_SIDE, 720, 16);
    private final ChoiceBox<Double> scale = new ChoiceBox<>();
    private final Spinner<Double> fps = doubleSpinner(1, 60, AnimationSettings.DEFAULT_FPS, 1);
    private final Spinner<Double> speed = doubleSpinner(AnimationSettings.MIN_STEPS_PER_SECOND,
            AnimationSettings.MAX_STEPS_PER_SECOND, AnimationSettings.DEFAULT_STEPS_PER_SECOND, 5);
    private final Spinner<Double> hold = doubleSpinner(0, AnimationSettings.MAX_HOLD_SECONDS,
            AnimationSettings.DEFAULT_HOLD_SECONDS, 0.5);
    private final ChoiceBox<AnimationSettings.Trail> trail = new ChoiceBox<>();
    private final Spinner<Double> orbit = doubleSpinner(-AnimationSettings.MAX_ORBIT_DEGREES,
            AnimationSettings.MAX_ORBIT_DEGREES, 0, 15);
    private final CheckBox caption = new CheckBox("Caption line with the parameters and the step");
    private final Label sizeNote = new Label();
    private final Label summary = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button("_Export…");
    private final Button close = new Button("Close");
    private final AtomicBoolean cancel = new AtomicBoolean();
    /** Written on the FX thread, read by tests from theirs. */
    private volatile boolean running;
    private Path lastFolder;

    private AnimationDialog(Stage owner, MainWindow window, ExplorerViewModel explorer, TeachingViewModel teaching) {
        this.owner = owner;
        this.window = window;
        this.explorer = explorer;
        this.teaching = teaching;
        build();
    }

    /**
     * Adds "Export animation…" (Shortcut+Alt+A) to the bar's File menu, after its Export submenu.
     *
     * @return the dialog it opens
     */
    public static AnimationDialog install(MenuBar bar, Stage owner, MainWindow window, ExplorerViewModel explorer,
                                          TeachingViewModel teaching) {
        AnimationDialog d = new AnimationDialog(owner, window, explorer, teaching);
        MenuItem item = new MenuItem("Export _animation (GIF, MP4)…");
        item.setId("menu-export-animation");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+A"));
        item.setOnAction(e -> d.show());
        Menu file = bar.getMenus().stream().filter(m -> "File".equals(m.getText().replace("_", ""))).findFirst()
                .orElseGet(() -> {
                    Menu m = new Menu("_File");
                    bar.getMenus().add(0, m);
                    return m;
                });
        int at = 0;
        for (int i = 0; i < file.getItems().size(); i++) {
            if ("Export".equals(String.valueOf(file.getItems().get(i).getText()).replace("_", ""))) {
                at = i + 1;
            }
        }
        file.getItems().add(at, item);
        return d;
    }

    /** Shows the dialog (brings it to the front if it is open). */
    public void show() {
        refresh();
        stage.show();
        stage.toFront();
    }

    /** @return the dialog's window (its user data is this dialog) */
    public Stage stage() {
        return stage;
    }

    private void build() {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Export animation");
        stage.setUserData(this);
        target.getItems().setAll(Target.values());
        target.setValue(Target.PLANE);
        target.setId("animation-target");
        format.getItems().setAll(AnimationFormat.values());
        format.setValue(AnimationFormat.GIF);
        format.setId("animation-format");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnimationFormat f) {
                return f == null ? "" : f.description();
            }

            @Override
            public AnimationFormat fromString(String s) {
                return null;
            }
        });
        for (double s : SCALES) {
            scale.getItems().add(s);
        }
        scale.setValue(1.0);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : fmt(s) + "× the size on screen";
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        trail.getItems().setAll(AnimationSettings.Trail.values());
        trail.setValue(AnimationSettings.Trail.GROWING);
        trail.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnimationSettings.Trail t) {
                return t == null ? "" : t == AnimationSettings.Trail.GROWING ? "grow with the playback"
                        : "whole from the start, markers move";
            }

            @Override
            public AnimationSettings.Trail fromString(String s) {
                return null;
            }
        });
        width.setId("animation-width");
        height.setId("animation-height");
        fps.setId("animation-fps");
        speed.setId("animation-speed");
        hold.setId("animation-hold");
        orbit.setId("animation-orbit");
        caption.setId("animation-caption");
        speed.getValueFactory().setValue(teaching.playback().speedProperty().get());
        tip(speed, "Steps of the run per second of animation; the playback bar's speed is the default.");
        tip(hold, "How long the last frame stays before a GIF loops or the video ends.");
        tip(orbit, "3D view: how far the camera turns about the vertical axis over the animation.");
        tip(fps, "Frames per second: 20 is smooth for slides; GIF allows up to 50, MP4 up to 60.");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints c0 = new ColumnConstraints();
        ColumnConstraints c1 = new ColumnConstraints(260, 300, Double.MAX_VALUE);
        c1.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1);
        int row = 0;
        row(grid, row++, "_View", target);
        row(grid, row++, "_Format", format);
        HBox size = new HBox(6, width, new Label("×"), height, new Label("pixels"));
        size.setAlignment(Pos.CENTER_LEFT);
        width.setPrefWidth(100);
        height.setPrefWidth(100);
        row(grid, row++, "Frame si_ze", size);
        row(grid, row++, "Sc_ale", scale);
        grid.add(sizeNote, 1, row++);
        row(grid, row++, "Frames per _second", fps);
        row(grid, row++, "Playback s_peed (steps/s)", speed);
        row(grid, row++, "_Hold the last frame (s)", hold);
        row(grid, row++, "C_urves", trail);
        row(grid, row++, "Camera _orbit (degrees)", orbit);
        grid.add(caption, 1, row++);
        summary.setId("animation-summary");
        summary.setWrapText(true);
        status.setId("animation-status");
        status.setWrapText(true);
        progress.setId("animation-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        export.setId("animation-export");
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseAndExport());
        close.setId("animation-close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (running) {
                cancel.set(true);
            } else {
                stage.hide();
            }
        });
        HBox buttons = new HBox(8, export, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, grid, summary, progress, status, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (running) {
                cancel.set(true); // the window closes; the export stops at the next frame and writes nothing
            }
        });
        for (var p : new Observable[] {target.valueProperty(), format.valueProperty(),
                width.valueProperty(), height.valueProperty(), scale.valueProperty(), fps.valueProperty(),
                speed.valueProperty(), hold.valueProperty(), trail.valueProperty(), orbit.valueProperty(),
                caption.selectedProperty(), teaching.playback().lastStepProperty(), explorer.curvesProperty()}) {
            p.addListener(o -> refresh()); // a recompute while the dialog is open changes the frame count
        }
    }

    private static void row(GridPane grid, int row, String label, Node control) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(control);
        grid.add(l, 0, row);
        grid.add(control, 1, row);
    }

    private static void tip(Spinner<?> s, String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        s.setTooltip(t);
    }

    private static Spinner<Integer> intSpinner(int min, int max, int value, int step) {
        Spinner<Integer> s = new Spinner<>(min, max, value, step);
        s.setEditable(true);
        commitOnFocusLoss(s);
        return s;
    }

    private static Spinner<Double> doubleSpinner(double min, double max, double value, double step) {
        Spinner<Double> s = new Spinner<>();
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max,
                value, step);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : fmt(v);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Double.parseDouble(text.trim().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return f.getValue(); // a bad entry keeps the last valid value
                }
            }
        });
        s.setValueFactory(f);
        s.setEditable(true);
        commitOnFocusLoss(s);
        return s;
    }

    private static <T> void commitOnFocusLoss(Spinner<T> s) {
        s.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                try {
                    s.increment(0);
                } catch (RuntimeException e) {
                    s.getEditor().setText(s.getValueFactory().getConverter().toString(s.getValue()));
                }
            }
        });
    }

    /** The settings as chosen, or an exception naming the bad value. */
    AnimationSettings settings() {
        Target t = target.getValue();
        int[] px = pixelSize(t);
        return new AnimationSettings(format.getValue(), px[0], px[1], fps.getValue(), speed.getValue(),
                hold.getValue(), t == Target.PLANE ? trail.getValue() : AnimationSettings.Trail.FULL,
                t == Target.THREE_D ? orbit.getValue() : 0, caption.isSelected());
    }

    /** @return the frame size: typed for offscreen figures, the node's size × scale for snapshots */
    private int[] pixelSize(Target t) {
        if (!t.snapshots()) {
            return new int[] {width.getValue(), height.getValue()};
        }
        Node n = node(t);
        return SnapshotFrames.frameSize(n.getLayoutBounds().getWidth(), n.getLayoutBounds().getHeight(),
                scale.getValue(), caption.isSelected(), format.getValue() == AnimationFormat.MP4);
    }

    private Node node(Target t) {
        return t == Target.THREE_D ? window.explorer().surfaceView()
                : window.getScene() == null ? window : window.getScene().getRoot();
    }

    private int lastStep() {
        return teaching.playback().lastStepProperty().get();
    }

    /**
     * @return whether the explorer's curves are not there yet, or the playback does not follow them yet (it
     *         takes them over after the teaching panels' computation): its last step would say "nothing to
     *         animate" for a run that has steps
     */
    boolean curvesPending() {
        var curves = explorer.curvesProperty().get();
        if (curves == null || curves.trajectories().isEmpty()) {
            return true;
        }
        return lastStep() < PlaneAtStep.lastStep(curves.trajectories());
    }

    /** Updates which controls apply, the frame count and length, or the error. */
    private void refresh() {
        Target t = target.getValue();
        width.setDisable(t.snapshots());
        height.setDisable(t.snapshots());
        scale.setDisable(!t.snapshots());
        trail.setDisable(t != Target.PLANE);
        orbit.setDisable(t != Target.THREE_D);
        boolean no3d = t == Target.THREE_D && !window.explorer().surfaceView().isSupported3D();
        try {
            if (no3d) {
                throw new IllegalArgumentException("3D is not available with this graphics pipeline");
            }
            if (curvesPending()) {
                throw new IllegalArgumentException("The curves are still being computed: the frame count follows "
                        + "when they are ready.");
            }
            AnimationSettings s = settings();
            AnimationSettings.Plan plan = s.plan(lastStep());
            sizeNote.setText(t.snapshots() ? s.width() + " × " + s.height() + " pixels" : "");
            summary.setText(String.format(Locale.ROOT, "%d frames, %.1f s: steps 0 to %d at %s steps/s, %s fps%s",
                    plan.frames(), plan.seconds(), lastStep(), fmt(s.stepsPerSecond()), fmt(s.fps()),
                    s.holdSeconds() > 0 ? ", then the last frame for " + fmt(s.holdSeconds()) + " s" : ""));
            summary.setStyle("");
            export.setDisable(running);
        } catch (IllegalArgumentException e) {
            sizeNote.setText("");
            summary.setText(e.getMessage());
            summary.setStyle("-fx-text-fill: #b00020;");
            export.setDisable(true);
        }
    }

    private void chooseAndExport() {
        AnimationFormat f = format.getValue();
        FileChooser fc = new FileChooser();
        fc.setTitle("Export animation");
        String base = switch (target.getValue()) {
            case PLANE -> "plane";
            case THREE_D -> "surface-3d";
            case WINDOW -> "window";
            default -> target.getValue().panel().id();
        };
        fc.setInitialFileName(base + "-animation." + f.id());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), "*." + f.id()));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            fc.setInitialDirectory(lastFolder.toFile());
        }
        File file = fc.showSaveDialog(stage);
        if (file != null) {
            Path out = file.toPath();
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + f.id())) {
                out = out.resolveSibling(out.getFileName() + "." + f.id());
            }
            lastFolder = out.toAbsolutePath().getParent();
            export(out);
        }
    }

    /**
     * Starts the export to {@code out} with the current settings (what the Export button does after the
     * file chooser).
     *
     * @return false if the settings are invalid or an export is running (the reason is shown)
     */
    public boolean export(Path out) {
        if (running) {
            return false;
        }
        AnimationSettings s;
        FrameSource source;
        try {
            s = settings();
            s.plan(lastStep());
            source = source(target.getValue(), s);
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
        running = true;
        cancel.set(false);
        progress.setProgress(0);
        status.setStyle("");
        status.setText("Rendering…");
        export.setDisable(true);
        close.setText("_Cancel");
        boolean live = target.getValue().snapshots();
        EventHandler<Event> freeze = Event::consume;
        if (live && owner.getScene() != null) {
            owner.getScene().addEventFilter(InputEvent.ANY, freeze);
        }
        long t0 = System.nanoTime();
        WORKER.execute(() -> {
            Throwable error = null;
            AnimationExport.Result result = null;
            try (source) {
                result = AnimationExport.export(out, s, source, (done, total) -> Platform.runLater(() -> {
                    if (running) {
                        progress.setProgress((double) done / total);
                        status.setText(String.format(Locale.ROOT, "Frame %d of %d (%.1f frames/s)", done, total,
                                done / ((System.nanoTime() - t0) / 1e9)));
                    }
                }), cancel::get);
            } catch (Throwable e) {
                error = e;
            }
            Throwable err = error;
            AnimationExport.Result res = result;
            Platform.runLater(() -> {
                if (live && owner.getScene() != null) {
                    owner.getScene().removeEventFilter(InputEvent.ANY, freeze);
                }
                running = false;
                close.setText("Close");
                refresh();
                if (err == null) {
                    progress.setProgress(1);
                    status.setText(String.format(Locale.ROOT, "Wrote %s: %d frames, %.1f s, %s in %.1f s "
                                    + "(%.1f frames/s).", res.file(), res.frames(), res.seconds(), bytes(res.bytes()),
                            res.elapsedNanos() / 1e9, res.framesPerSecond()));
                } else if (err instanceof CancellationException) {
                    progress.setProgress(0);
                    status.setText("Cancelled: nothing was written" + (out.toFile().exists()
                            ? "; the existing " + out.getFileName() + " is unchanged." : "."));
                } else {
                    progress.setProgress(0);
                    failed(err);
                }
            });
        });
        return true;
    }

    private void failed(Throwable e) {
        status.setStyle("-fx-text-fill: #b00020;");
        status.setText("Not exported: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /** Builds the frame source from the state now (FX thread); offscreen figures are drawn later, on workers. */
    private FrameSource source(Target t, AnimationSettings s) {
        var curves = explorer.curvesProperty().get();
        if (curves == null || curves.trajectories().isEmpty()) {
            throw new IllegalStateException("the curves are still being computed; try again in a moment");
        }
        RunParameters p = curves.parameters();
        IntFunction<String> text = s.caption() ? n -> FigureCaption.of(p, n) : null;
        PlaybackViewModel playback = teaching.playback();
        if (t.snapshots()) {
            Node n = node(t);
            if (t == Target.THREE_D) {
                window.tabs().getSelectionModel().select(0); // the explorer tab holds the 3D view
            }
            return new SnapshotFrames(n, playback, t == Target.THREE_D ? window.explorer().surfaceView() : null,
                    s.orbitDegrees(), scale.getValue(), s.width(), s.height(), text);
        }
        double w = s.width();
        double h = s.height();
        double figureH = s.caption() ? h - Math.ceil(CaptionedRenderer.FONT_SIZE * 2.0) : h;
        FigureExport.Options options = new FigureExport.Options(w, h, 1, null);
        Map<Method, Trajectory> shown = Map.copyOf(curves.trajectories());
        AnimatedFigures figures;
        if (t == Target.PLANE) {
            PlotTransform tr = window.explorer().planeView().planeRenderer().chart().lastTransform();
            ViewBox box = tr == null ? explorer.boxProperty().get()
                    : new ViewBox(tr.xMin(), tr.xMax(), tr.yMin(), tr.yMax());
            var mapping = curves.mapping();
            figures = AnimatedFigures.plane(() -> AnimatedFigures.planeRenderer(p, shown, box, mapping, w, figureH), p,
                    shown, s.trail());
        } else {
            Trajectory gd = shown.get(Method.GD);
            if (gd == null) {
                throw new IllegalStateException("the panels follow gradient descent: show its curve first");
            }
            figures = AnimatedFigures.panel(t.panel(), p, gd, teaching.betaProperty().get());
        }
        return new OffscreenFrames(figures.lastStep(), figures.figure(), options, text,
                Runtime.getRuntime().availableProcessors());
    }

    private static String bytes(long b) {
        return b >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", b / 1048576.0)
                : String.format(Locale.ROOT, "%.0f KB", b / 1024.0);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v)
                .replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** @return the status line (for tests and screen readers) */
    public Label status() {
        return status;
    }

    /** @return whether an export is running */
    public boolean isRunning() {
        return running;
    }

    /** @return the view choice */
    public ChoiceBox<Target> target() {
        return target;
    }

    /** @return the format choice */
    public ChoiceBox<AnimationFormat> format() {
        return format;
    }

    /** Cancels a running export (as the Cancel button does). */
    public void cancel() {
        cancel.set(true);
    }
}
