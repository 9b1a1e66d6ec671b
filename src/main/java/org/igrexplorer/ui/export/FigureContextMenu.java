package org.igrexplorer.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.ui.plot.PlotCanvas;

/**
 * A right-click menu for any chart on screen: copy it to the clipboard, or save it as PNG (1×–4×),
 * SVG or PDF, drawn by the chart's own renderer at its on-screen size, with the parameters as a
 * caption. One call per chart:
 *
 * <pre>
 * FigureContextMenu.install(chartCanvas, "loss-chart", vm.parametersProperty()::get);
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
     * @return the menu
     */
    public static ContextMenu install(PlotCanvas canvas, String name, Supplier<RunParameters> parameters) {
        ContextMenu menu = new ContextMenu();
        MenuItem copy = new MenuItem("Copy image");
        copy.setOnAction(e -> NodeImages.copy(canvas.getRenderer(), options(canvas, 2, null)));
        Menu save = new Menu("Save as");
        for (ImageFormat f : ImageFormat.values()) {
            if (f == ImageFormat.PNG) {
                for (int s = 1; s <= 4; s++) {
                    int scale = s;
                    save.getItems().add(item("PNG " + s + "×…", () -> save(canvas, name, f, scale, null)));
                }
            } else {
                save.getItems().add(item(f.name() + "…", () -> save(canvas, name, f, 1, null)));
            }
        }
        menu.getItems().addAll(copy, save);
        if (parameters != null) {
            Menu captioned = new Menu("Save with parameter caption as");
            for (ImageFormat f : ImageFormat.values()) {
                captioned.getItems().add(item(f.name() + "…", () -> save(canvas, name, f, f == ImageFormat.PNG ? 2 : 1,
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

    private static void save(PlotCanvas canvas, String name, ImageFormat f, double scale, String caption) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the figure as " + f.name());
        fc.setInitialFileName(name + "." + f.id());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), "*." + f.id()));
        File file = fc.showSaveDialog(canvas.getScene() == null ? null : canvas.getScene().getWindow());
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        try {
            FigureExport.write(out, f, canvas.getRenderer(), options(canvas, scale, caption), name);
        } catch (IOException | RuntimeException ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, "Cannot write " + out + ": " + ex.getMessage(), ButtonType.OK);
            a.setHeaderText("Export");
            a.show();
        }
    }
}
