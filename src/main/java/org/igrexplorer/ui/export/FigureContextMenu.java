package org.igrexplorer.ui.export;

import java.awt.Color;
import java.io.IOException;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.ui.dialog.DialogService;
import org.igrexplorer.ui.dialog.DialogService.FileRequest;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.plot.XYChart;

/**
 * A right-click menu for any chart on screen: copy it to the clipboard, or save it as PNG (1×–4×),
 * SVG or PDF, drawn by the chart's own renderer at its on-screen size (larger where a chart's legend would
 * otherwise cover its curves, see {@link #fileSize}), with the parameters as a caption. One call per chart:
 *
 * <pre>
 * FigureContextMenu.install(chartCanvas, "loss-chart", vm.parametersProperty()::get, FxDialogService.of(chartCanvas));
 * </pre>
 * FX thread only.
 */
public final class FigureContextMenu {

    private FigureContextMenu() {
    }

    /**
     * @param canvas     the chart. Its context-menu handler is set.
     * @param name       base file name offered in the save dialog
     * @param parameters the parameters for the caption, or {@code null} for no caption item
     * @param dialogs    the save dialog and error messages
     * @return the menu
     */
    public static ContextMenu install(PlotCanvas canvas, String name, Supplier<RunParameters> parameters,
            DialogService dialogs) {
        ContextMenu menu = new ContextMenu();
        MenuItem copy = new MenuItem("Copy image");
        copy.setOnAction(e -> {
            NodeImages.copy(canvas.getRenderer(), options(canvas, 2, null));
            canvas.repaint(); // the export laid the chart out for a file; the screen's layout comes back
        });
        Menu save = new Menu("Save as");
        for (ImageFormat f : ImageFormat.values()) {
            if (f == ImageFormat.PNG) {
                for (int s = 1; s <= 4; s++) {
                    int scale = s;
                    save.getItems().add(item("PNG " + s + "×…", () -> save(canvas, dialogs, name, f, scale, null)));
                }
            } else {
                save.getItems().add(item(f.name() + "…", () -> save(canvas, dialogs, name, f, 1, null)));
            }
        }
        menu.getItems().addAll(copy, save);
        if (parameters != null) {
            Menu captioned = new Menu("Save with parameter caption as");
            for (ImageFormat f : ImageFormat.values()) {
                captioned.getItems().add(item(f.name() + "…", () -> save(canvas, dialogs, name, f, f == ImageFormat.PNG ? 2 : 1,
                        FigureCaption.of(parameters.get()))));
            }
            menu.getItems().add(captioned);
        }
        canvas.setOnContextMenuRequested(e -> {
            boolean none = canvas.getRenderer() == null;
            menu.getItems().forEach(i -> i.setDisable(none));
            menu.show(canvas, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static FigureExport.Options options(PlotCanvas canvas, double scale, String caption) {
        double[] size = fileSize(canvas.getRenderer(), Math.max(50, canvas.getWidth()), Math.max(50, canvas.getHeight()));
        return new FigureExport.Options(size[0], size[1], scale, caption);
    }

    /** Largest factor by which {@link #fileSize} enlarges a figure. */
    static final double MAX_GROWTH = 3;
    /** Step of that enlargement. */
    private static final double GROWTH_STEP = 1.25;

    /**
     * The size a figure is written at: its size on screen, unless it is a chart whose legend finds no free place
     * at that size (on screen it folds to one row; a file cannot be clicked open, so it would cover the curves):
     * then the smallest enlargement, same proportions, in steps of {@value #GROWTH_STEP}× up to
     * {@value #MAX_GROWTH}×, at which it does. The type keeps its size, so the curves get the room.
     *
     * @return {width, height}, logical pixels
     */
    static double[] fileSize(PlotRenderer renderer, double width, double height) {
        if (!(renderer instanceof XYChart chart)) {
            return new double[] {width, height};
        }
        for (double g = 1; g <= MAX_GROWTH + 1e-9; g *= GROWTH_STEP) {
            PngExport.render(chart, width * g, height * g, 1, Color.WHITE);
            if (!chart.lastLegendHidesData()) {
                return new double[] {width * g, height * g};
            }
        }
        return new double[] {width, height};
    }

    private static void save(PlotCanvas canvas, DialogService dialogs, String name, ImageFormat f, double scale,
            String caption) {
        FileRequest request = FileRequest.of("Save the figure as " + f.name(), name + "." + f.id(), ExportActions.type(f));
        dialogs.showSaveDialog(request).ifPresent(out -> {
            try {
                FigureExport.write(out, f, canvas.getRenderer(), options(canvas, scale, caption), name);
            } catch (IOException | RuntimeException ex) {
                dialogs.showError("Export", "Cannot write " + out + ": " + ex.getMessage());
            } finally {
                canvas.repaint(); // the export laid the chart out for a file; the screen's layout comes back
            }
        });
    }
}
