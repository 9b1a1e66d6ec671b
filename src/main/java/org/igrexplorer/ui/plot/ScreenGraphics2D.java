package org.igrexplorer.ui.plot;

import java.awt.Font;
import java.awt.FontMetrics;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.fx.FXGraphics2D;

/**
 * The Graphics2D every {@link PlotCanvas} paints through: FXGraphics2D onto a JavaFX canvas, with the
 * metrics of the font asked for as JavaFX draws it ({@link FxFontMetrics}), so that charts lay rows,
 * tick labels and titles out with the real line height at every font size. FX thread only.
 */
public class ScreenGraphics2D extends FXGraphics2D {

    private final Map<Font, FxFontMetrics> metrics = new HashMap<>();

    /** @param gc the canvas's graphics context */
    public ScreenGraphics2D(GraphicsContext gc) {
        super(gc);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return metrics.computeIfAbsent(f, FxFontMetrics::new);
    }
}
