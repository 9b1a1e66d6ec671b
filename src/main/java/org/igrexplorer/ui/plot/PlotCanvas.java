package org.igrexplorer.ui.plot;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * A resizable JavaFX node that shows a {@link PlotRenderer}. It repaints when it is resized, when
 * the renderer is replaced and when {@link #repaint()} is called. Use it on the FX thread only.
 */
public class PlotCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2;
    private PlotRenderer renderer;

    public PlotCanvas() {
        this(null);
    }

    /** @param renderer what to show, or {@code null} for nothing yet */
    public PlotCanvas(PlotRenderer renderer) {
        this.renderer = renderer;
        getChildren().add(canvas);
        g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        widthProperty().addListener((o, a, b) -> repaint());
        heightProperty().addListener((o, a, b) -> repaint());
        setMinSize(40, 40);
        setPrefSize(480, 360);
    }

    /** @return the node that is drawn on (for snapshots and event targets) */
    public Canvas canvas() {
        return canvas;
    }

    public PlotRenderer getRenderer() {
        return renderer;
    }

    /** Replaces the renderer and repaints. */
    public void setRenderer(PlotRenderer renderer) {
        this.renderer = renderer;
        repaint();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
        canvas.relocate(0, 0);
    }

    /** Clears and paints the renderer again. */
    public void repaint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (renderer == null || w <= 0 || h <= 0) {
            return;
        }
        gc.save();
        try {
            renderer.paint(g2, w, h);
        } finally {
            gc.restore();
            g2.setClip(null);
            g2.setTransform(new AffineTransform());
        }
    }
}
