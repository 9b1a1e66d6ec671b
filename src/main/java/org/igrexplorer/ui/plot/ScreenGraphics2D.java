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

    /**
     * Always hands the font to the canvas. FXGraphics2D skips a font equal to the one it last recorded, but the
     * canvas's graphics context is put back after each paint ({@link PlotCanvas}) and a clip change puts back a
     * saved state, so the context can hold another font than the one recorded: the next paint's first text came
     * out in that font (a plot's legend in the font of a note, a title in the context's default font).
     */
    @Override
    public void setFont(Font font) {
        if (font != null && font.equals(getFont())) {
            super.setFont(font.deriveFont(font.getSize2D() + 1f));
        }
        super.setFont(font);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return metrics.computeIfAbsent(f, FxFontMetrics::new);
    }
}
