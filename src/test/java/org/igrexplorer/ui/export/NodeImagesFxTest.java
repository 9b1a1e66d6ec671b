package org.igrexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.igrexplorer.ui.dialog.StubDialogs;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** Node snapshots re-rendered at a larger scale, and clipboard copies, on Monocle's headless pipeline. */
@Tag("fx-headless")
class NodeImagesFxTest extends ApplicationTest {

    private static final int W = 300;
    private static final int H = 200;

    private Pane pane;

    @Override
    public void start(Stage stage) {
        pane = new Pane(new Rectangle(10, 10, 100, 50));
        pane.setPrefSize(W, H);
        stage.setScene(new Scene(pane, W, H));
        stage.show();
    }

    @Test
    void snapshotAtScaleIsRenderedLargerAndWrittenAsPng(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("node.png");
        interact(() -> {
            try {
                NodeImages.writePng(pane, 2.5, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out)));
        assertEquals(Math.round(W * 2.5), img.getWidth());
        assertEquals(Math.round(H * 2.5), img.getHeight());
        // The rectangle's left edge (x = 10) lands exactly on pixel 25: re-rendered at 2.5×, the pixel
        // before it is pure background and the one at it pure black; an upscaled 1× image would blend them.
        int outside = img.getRGB(24, 30);
        int inside = img.getRGB(25, 30);
        assertTrue((inside & 0xFFFFFF) < 0x101010, "black at the edge: " + Integer.toHexString(inside));
        assertTrue((outside & 0xFFFFFF) > 0xF0F0F0, "background just before it: " + Integer.toHexString(outside));
    }

    @Test
    void figureCopiedToTheClipboardHasTheRequestedPixels() {
        PlotRenderer r = (g, w, h) -> {
            g.setColor(java.awt.Color.BLUE);
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, w / 2, h));
        };
        AtomicReference<Image> copied = new AtomicReference<>();
        interact(() -> {
            NodeImages.copy(r, FigureExport.Options.of(120, 80).withScale(2));
            copied.set(Clipboard.getSystemClipboard().getImage());
        });
        Image img = copied.get();
        assertEquals(240, img.getWidth(), 0.5);
        assertEquals(160, img.getHeight(), 0.5);
        Color left = img.getPixelReader().getColor(10, 80);
        assertTrue(left.getBlue() > 0.9 && left.getRed() < 0.1, "the figure's blue half: " + left);
    }

    @Test
    void chartContextMenuOffersCopyAndEveryFormatAndSavesTheChosenFile(@TempDir Path dir)
            throws Exception {
        AtomicReference<javafx.scene.control.ContextMenu> menu = new AtomicReference<>();
        StubDialogs dialogs = new StubDialogs();
        interact(() -> menu.set(FigureContextMenu.install(new org.igrexplorer.ui.plot.PlotCanvas((g, w, h) -> {
            g.setColor(java.awt.Color.BLUE);
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, w / 2, h));
        }), "chart", () -> org.igrexplorer.core.dynamics.RunParameters.DEFAULT, dialogs)));
        var items = menu.get().getItems();
        assertEquals(java.util.List.of("Copy image", "Save as", "Save with parameter caption as"),
                items.stream().map(javafx.scene.control.MenuItem::getText).toList());
        var saveAs = ((javafx.scene.control.Menu) items.get(1)).getItems().stream()
                .map(javafx.scene.control.MenuItem::getText).toList();
        assertEquals(java.util.List.of("PNG 1×…", "PNG 2×…", "PNG 3×…", "PNG 4×…", "SVG…", "PDF…"), saveAs);

        Path svg = dir.resolve("chart.svg");
        dialogs.choose(svg);
        interact(() -> ((javafx.scene.control.Menu) items.get(1)).getItems().get(4).fire());
        assertEquals("chart.svg", dialogs.last().request().initialName());
        String written = Files.readString(svg);
        assertTrue(written.contains("<svg") && written.contains("rgb(0,0,255)"), "the chart's blue half in " + svg);
    }
}
