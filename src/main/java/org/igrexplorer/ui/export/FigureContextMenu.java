package org.igrexplorer.ui.export;

import java.io.IOException;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.ui.dialog.DialogService;
import org.igrexplorer.ui.dialog.DialogService.FileRequest;
import org.igrexplorer.ui.plot.PlotCanvas;

/**
 * A right-click menu for any chart on screen: copy it to the clipboard, or save it as PNG (1×–4×),
 * SVG or PDF, drawn by the chart's own renderer at its on-screen size, with the parameters as a
 * caption. One call per chart:
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
        copy.setOnAction(e -> NodeImages.copy(canvas.getRenderer(), options(canvas, 2, null)));
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
        return new FigureExport.Options(Math.max(50, canvas.getWidth()), Math.max(50, canvas.getHeight()), scale,
                caption);
    }

    private static void save(PlotCanvas canvas, DialogService dialogs, String name, ImageFormat f, double scale,
            String caption) {
        FileRequest request = FileRequest.of("Save the figure as " + f.name(), name + "." + f.id(), ExportActions.type(f));
        dialogs.showSaveDialog(request).ifPresent(out -> {
            try {
                FigureExport.write(out, f, canvas.getRenderer(), options(canvas, scale, caption), name);
            } catch (IOException | RuntimeException ex) {
                dialogs.showError("Export", "Cannot write " + out + ": " + ex.getMessage());
            }
        });
    }
}
