package org.igrexplorer.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The screen's Graphics2D ({@link ScreenGraphics2D} in a {@link PlotCanvas}) draws every text in the font asked
 * for, paint after paint. FXGraphics2D skips a font equal to the one it recorded, but the canvas puts its
 * graphics context back after each paint (and a clip change puts back a saved state), so the context's font
 * could differ from the recorded one: the second paint's text came out in the canvas's default font.
 */
@Tag("fx-headless")
class ScreenGraphics2DFxTest extends ApplicationTest {

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    private static final String TEXT = "WWWWWWWW";
    /** Relative difference allowed between the drawn ink's width and the advance JavaFX measures for the text. */
    private static final double WIDTH_TOL = 0.12;

    private final Pane root = new Pane();

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(root, 600, 200));
        stage.show();
    }

    /** @return the width of the dark pixels on the canvas (the text's ink) */
    private static int inkWidth(WritableImage img) {
        PixelReader px = img.getPixelReader();
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                if (px.getColor(x, y).getBrightness() < 0.25) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return hi < 0 ? 0 : hi - lo + 1;
    }

    @Test
    void everyPaintDrawsItsTextInTheFontItAsksForAfterTheCanvasWasPutBack() {
        List<javafx.scene.text.Font> used = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        double[] advance = new double[1];
        interact(() -> {
            PlotCanvas[] canvas = new PlotCanvas[1];
            canvas[0] = new PlotCanvas((g, w, h) -> {
                g.setColor(Color.WHITE);
                g.fill(new Rectangle2D.Double(0, 0, w, h));
                // as a chart draws: its title's font, the data clipped to the plot area and the clip put back,
                // then the title
                g.setFont(TITLE);
                GraphicsState plotArea = GraphicsState.save(g);
                g.clip(new Rectangle2D.Double(5, 5, w - 10, h - 10));
                g.setColor(Color.GRAY);
                g.draw(new Rectangle2D.Double(10, 10, w - 20, h - 20));
                plotArea.restore(g);
                g.setColor(Color.BLACK);
                used.add(canvas[0].canvas().getGraphicsContext2D().getFont());
                g.drawString(TEXT, 20, 100);
            });
            canvas[0].resizeRelocate(0, 0, 600, 200);
            root.getChildren().add(canvas[0]);
            canvas[0].layout();
            for (int paint = 0; paint < 3; paint++) {
                canvas[0].repaint();
                widths.add(inkWidth(canvas[0].canvas().snapshot(null, null)));
            }
            Text t = new Text(TEXT);
            t.setFont(javafx.scene.text.Font.font(TITLE.getFamily(), FontWeight.BOLD, TITLE.getSize()));
            advance[0] = t.getLayoutBounds().getWidth();
        });
        assertTrue(used.size() >= 3, "painted " + used.size() + " times");
        for (int k = 0; k < used.size(); k++) {
            javafx.scene.text.Font f = used.get(k);
            assertEquals(TITLE.getSize(), f.getSize(), 1e-9, "paint " + k + " draws in " + f);
            assertTrue(f.getStyle().toLowerCase().contains("bold"), "paint " + k + " draws in " + f);
        }
        for (int k = 0; k < widths.size(); k++) {
            assertEquals(advance[0], widths.get(k), WIDTH_TOL * advance[0], "ink width of paint " + k + ": " + widths);
        }
    }
}
