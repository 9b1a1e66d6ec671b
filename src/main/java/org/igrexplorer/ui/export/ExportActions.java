package org.igrexplorer.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.experiment.LearningRateSweep;
import org.igrexplorer.core.experiment.SweepPoint;
import org.igrexplorer.core.io.AtomicFileWriter;
import org.igrexplorer.core.io.DataFiles;
import org.igrexplorer.core.teaching.Figure1b;
import org.igrexplorer.ui.dialog.DialogService;
import org.igrexplorer.ui.dialog.DialogService.FileRequest;
import org.igrexplorer.ui.dialog.DialogService.FileType;
import org.igrexplorer.ui.plot.PlotRenderer;

/**
 * The File → Export menu: the plane as PNG/SVG/PDF, the 3D view and the whole window as PNG at a
 * chosen scale, the curves as CSV/JSON, the Figure 1b sweep as CSV, and copies to the clipboard.
 * Install with one call:
 *
 * <pre>
 * ExportActions.install(menuBar, dialogs, exportSource);
 * </pre>
 * Drawing happens on the FX thread (what is on screen); writing files and computing the sweep run on
 * a background thread. Errors are shown in a dialog; a failed write leaves any previous file intact.
 */
public final class ExportActions {

    /** PNG scales offered; 3.125 is 300 DPI. */
    public static final double[] SCALES = {1, 2, 3, 4, 300 / FigureExport.BASE_DPI};
    /** Learning rates of the exported sweep, spread as the Figure 1b panel's over the landscape's scale. */
    public static final int SWEEP_COUNT = 40;

    private static final FileType CSV = FileType.of("CSV", "csv");
    private static final FileType JSON = FileType.of("JSON", "json");

    private static final ExecutorService IO = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-io");
        t.setDaemon(true);
        return t;
    });

    private final DialogService dialogs;
    private final ExportSource source;
    private final CheckMenuItem caption = new CheckMenuItem("Add a caption with the parameters");
    private final ToggleGroup scaleGroup = new ToggleGroup();
    private Path lastFolder;
    private Consumer<String> onNotice = msg -> { };

    private ExportActions(DialogService dialogs, ExportSource source) {
        this.dialogs = dialogs;
        this.source = source;
    }

    /**
     * Adds an "Export" submenu to the bar's "File" menu (creating that menu if missing).
     *
     * @param bar    the menu bar. Modified.
     * @param dialogs the file dialogs and error messages
     * @param source what the window offers for export
     * @return the installed actions
     */
    public static ExportActions install(MenuBar bar, DialogService dialogs, ExportSource source) {
        ExportActions a = new ExportActions(dialogs, source);
        Menu file = bar.getMenus().stream().filter(m -> "File".equals(m.getText().replace("_", ""))).findFirst().orElseGet(() -> {
            Menu m = new Menu("File");
            bar.getMenus().add(0, m);
            return m;
        });
        file.getItems().add(a.menu());
        return a;
    }

    /** @param listener told (on the FX thread) what was written, e.g. "Exported plane.pdf" */
    public void setOnNotice(Consumer<String> listener) {
        onNotice = Objects.requireNonNull(listener);
    }

    /** @return the Export menu */
    public Menu menu() {
        Menu m = new Menu("_Export");
        MenuItem plane = item("Plane as image (PNG, SVG, PDF)…", this::exportPlane);
        MenuItem view3d = item("3D view as PNG…", () -> exportNode(source.view3d(), "surface-3d.png"));
        MenuItem window = item("Window as PNG…", () -> exportNode(source.window(), "window.png"));
        MenuItem csv = item("Curves as CSV…", () -> exportCurves(false));
        MenuItem json = item("Curves as JSON…", () -> exportCurves(true));
        MenuItem sweep = item("Figure 1b sweep as CSV…", this::exportSweep);
        plane.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        window.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        csv.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+E"));
        MenuItem copyPlane = item("Copy plane to clipboard", () -> {
            double[] size = source.planeSize();
            NodeImages.copy(source.plane(), options(size));
        });
        copyPlane.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        MenuItem copy3d = item("Copy 3D view to clipboard", () -> NodeImages.copy(source.view3d(), scale()));
        Menu scales = new Menu("PNG resolution");
        for (double s : SCALES) {
            String label = s == Math.rint(s) ? (int) s + "×  (" + Math.round(s * FigureExport.BASE_DPI) + " DPI)"
                    : "300 DPI  (" + String.format(Locale.ROOT, "%.3g", s) + "×)";
            RadioMenuItem r = new RadioMenuItem(label);
            r.setUserData(s);
            r.setToggleGroup(scaleGroup);
            r.setSelected(s == 2);
            scales.getItems().add(r);
        }
        caption.setSelected(false);
        m.setOnShowing(e -> {
            plane.setDisable(source.plane() == null);
            copyPlane.setDisable(source.plane() == null);
            view3d.setDisable(source.view3d() == null);
            copy3d.setDisable(source.view3d() == null);
            window.setDisable(source.window() == null);
            boolean noCurves = source.curves().isEmpty();
            csv.setDisable(noCurves);
            json.setDisable(noCurves);
        });
        m.getItems().addAll(plane, view3d, window, new SeparatorMenuItem(), csv, json, sweep, new SeparatorMenuItem(),
                copyPlane, copy3d, new SeparatorMenuItem(), scales, caption);
        return m;
    }

    /** @return the selected PNG scale */
    public double scale() {
        return scaleGroup.getSelectedToggle() == null ? 1 : (double) scaleGroup.getSelectedToggle().getUserData();
    }

    private FigureExport.Options options(double[] size) {
        FigureExport.Options o = new FigureExport.Options(size[0], size[1], scale(), null);
        return caption.isSelected() ? o.withCaption(FigureCaption.of(source.parameters())) : o;
    }

    private void exportPlane() {
        PlotRenderer r = source.plane();
        Path out = save(request("Export the plane", "plane.svg", ImageFormat.SVG, ImageFormat.PDF, ImageFormat.PNG));
        if (r == null || out == null) {
            return;
        }
        remember(out);
        ImageFormat format = ImageFormat.fromFileName(out).orElse(ImageFormat.PNG);
        try {
            // drawn now, on the FX thread, exactly as on screen; written in the background
            byte[] data = FigureExport.bytes(format, r, options(source.planeSize()), "IGR Explorer: parameter plane");
            background(() -> AtomicFileWriter.write(out, data), out);
        } catch (IOException | RuntimeException e) {
            error(out, e);
        }
    }

    private void exportNode(Node node, String name) {
        Path out = save(request("Export as PNG", name, ImageFormat.PNG));
        if (node == null || out == null) {
            return;
        }
        remember(out);
        try {
            var img = SwingFXUtils.fromFXImage(NodeImages.snapshot(node, scale()), null);
            double dpi = scale() * FigureExport.BASE_DPI;
            background(() -> AtomicFileWriter.write(out, FigureExport.pngBytes(img, dpi)), out);
        } catch (RuntimeException e) {
            error(out, e);
        }
    }

    private void exportCurves(boolean json) {
        RunParameters p = source.parameters();
        Collection<Trajectory> curves = new ArrayList<>(source.curves());
        Path out = save(FileRequest.of("Export the curves", json ? "curves.json" : "curves.csv", json ? JSON : CSV));
        if (out == null) {
            return;
        }
        remember(out);
        background(() -> {
            if (json) {
                DataFiles.writeCurvesJson(out, p, curves);
            } else {
                DataFiles.writeCurvesCsv(out, p, curves);
            }
        }, out);
    }

    private void exportSweep() {
        RunParameters p = source.parameters();
        Path out = save(FileRequest.of("Export the Figure 1b sweep", "sweep-lr.csv", CSV));
        if (out == null) {
            return;
        }
        remember(out);
        background(() -> {
            List<SweepPoint> points = LearningRateSweep.run(p.landscape(), p.a0(), p.b0(),
                    Figure1b.defaultLearningRates(p, SWEEP_COUNT));
            DataFiles.writeSweepCsv(out, points);
        }, out);
    }

    /** Work that may fail with an I/O error. */
    @FunctionalInterface
    private interface IoWork {
        void run() throws IOException;
    }

    private void background(IoWork work, Path out) {
        IO.execute(() -> {
            try {
                work.run();
                Platform.runLater(() -> onNotice.accept("Exported " + out.getFileName() + " to " + folderOf(out)));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> error(out, e));
            }
        });
    }

    private static String folderOf(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        return parent == null ? "/" : parent.toString();
    }

    private MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> {
            try {
                action.run();
            } catch (RuntimeException ex) {
                error(null, ex);
            }
        });
        return i;
    }

    /** @return a save dialog's request offering image formats */
    static FileRequest request(String title, String initialName, ImageFormat... formats) {
        return new FileRequest(title, initialName, null, List.of(formats).stream().map(ExportActions::type).toList());
    }

    /** @return the dialog's file type of an image format */
    public static FileType type(ImageFormat f) {
        return FileType.of(f.description(), f.id());
    }

    /** @return the file chosen in a save dialog opening in the last export's folder, or null */
    private Path save(FileRequest r) {
        return dialogs.showSaveDialog(r.in(lastFolder)).orElse(null);
    }

    private void remember(Path out) {
        lastFolder = out.toAbsolutePath().getParent();
    }

    private void error(Path out, Exception e) {
        dialogs.showError("Export", (out == null ? "Export failed: " : "Cannot write " + out + ": ") + e.getMessage());
    }
}
