package org.igrexplorer.ui.plot;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * A resizable JavaFX node that shows a {@link PlotRenderer}. It repaints when it is resized, when
 * the renderer is replaced and when {@link #repaint()} is called. A {@link LayeredRenderer} is shown in
 * two stacked canvases: the base is kept (JavaFX retains a canvas's pixels) and {@link #repaintOverlay()}
 * clears and paints only the overlay, so that moving data costs only what the data cost. While it or a
 * parent is invisible (e.g. on a tab that is not selected) painting waits until it shows again, so that
 * hidden figures cost nothing while the user drags in another one. Use it on the FX thread only.
 */
public class PlotCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final Canvas overlay = new Canvas();
    private final FXGraphics2D g2;
    private final FXGraphics2D overlayG2;
    private PlotRenderer renderer;
    private long basePaints;
    private long overlayPaints;
    /** A paint asked for while hidden: {@code BASE} (both layers), {@code OVERLAY} or none. */
    private Pending pending = Pending.NONE;
    /** This node and its parents, whose visibility and parent are watched. */
    private final List<Node> ancestors = new ArrayList<>();
    private final ChangeListener<Parent> ancestry = (o, was, is) -> watchAncestors();
    private final ChangeListener<Boolean> visibility = (o, was, is) -> paintPending();

    private enum Pending { NONE, OVERLAY, BASE }

    public PlotCanvas() {
        this(null);
    }

    /** @param renderer what to show, or {@code null} for nothing yet */
    public PlotCanvas(PlotRenderer renderer) {
        this.renderer = renderer;
        overlay.setMouseTransparent(true);
        getChildren().addAll(canvas, overlay);
        g2 = graphics(canvas);
        overlayG2 = graphics(overlay);
        widthProperty().addListener((o, a, b) -> repaint());
        heightProperty().addListener((o, a, b) -> repaint());
        getStyleClass().add(STYLE_CLASS);
        setMinSize(40, 40);
        setPrefSize(480, 360);
        watchAncestors();
    }

    private void watchAncestors() {
        for (Node n : ancestors) {
            n.parentProperty().removeListener(ancestry);
            n.visibleProperty().removeListener(visibility);
        }
        ancestors.clear();
        for (Node n = this; n != null; n = n.getParent()) {
            ancestors.add(n);
            n.parentProperty().addListener(ancestry);
            n.visibleProperty().addListener(visibility);
        }
        paintPending();
    }

    /** @return whether this node or a parent is invisible, so that a paint would not be seen */
    private boolean hidden() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return true;
            }
        }
        return false;
    }

    private void paintPending() {
        if (pending == Pending.NONE || hidden()) {
            return;
        }
        Pending p = pending;
        pending = Pending.NONE;
        if (p == Pending.BASE) {
            repaint();
        } else {
            repaintOverlay();
        }
    }

    private static FXGraphics2D graphics(Canvas c) {
        FXGraphics2D g = new ScreenGraphics2D(c.getGraphicsContext2D());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** @return the node that is drawn on (for snapshots and event targets); the overlay canvas sits above it */
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
            overlay.setWidth(w);
            overlay.setHeight(h);
            repaint();
        }
        canvas.relocate(0, 0);
        overlay.relocate(0, 0);
    }

    /** Clears and paints both layers again (what the base shows changed: data range, size, field, theme). */
    public void repaint() {
        if (hidden()) {
            pending = Pending.BASE;
            return;
        }
        pending = Pending.NONE;
        if (renderer instanceof LayeredRenderer layered) {
            paintOn(canvas, g2, (g, w, h) -> layered.paintBase(g, w, h));
            basePaints++;
            paintOverlayLayer(layered);
        } else {
            paintOn(canvas, g2, renderer);
            basePaints++;
            paintOn(overlay, overlayG2, null);
        }
    }

    /**
     * Clears and paints only the overlay (curves, handles, hover moved); the base follows only if the
     * overlay's layout no longer matches it. For a renderer in one layer this is {@link #repaint()}.
     */
    public void repaintOverlay() {
        if (hidden()) {
            if (pending == Pending.NONE) {
                pending = Pending.OVERLAY;
            }
            return;
        }
        if (renderer instanceof LayeredRenderer layered) {
            paintOverlayLayer(layered);
        } else {
            repaint();
        }
    }

    private void paintOverlayLayer(LayeredRenderer layered) {
        paintOn(overlay, overlayG2, (g, w, h) -> layered.paintOverlay(g, w, h));
        overlayPaints++;
        if (layered.baseIsStale()) {
            // the legend moved: a new base, and the overlay again on its layout
            paintOn(canvas, g2, (g, w, h) -> layered.paintBase(g, w, h));
            basePaints++;
            paintOn(overlay, overlayG2, (g, w, h) -> layered.paintOverlay(g, w, h));
            overlayPaints++;
        }
    }

    /** @return {base paints, overlay paints} since creation (for tests of what a change repaints) */
    public long[] paintCounts() {
        return new long[] {basePaints, overlayPaints};
    }

    private void paintOn(Canvas c, FXGraphics2D g, PlotRenderer r) {
        double w = c.getWidth();
        double h = c.getHeight();
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (r == null || w <= 0 || h <= 0) {
            return;
        }
        gc.save();
        renderer.colors(screenColors());
        try {
            r.paint(g, w, h);
        } finally {
            renderer.colors(ChartColors.LIGHT); // exports of the same renderer keep the light look
            gc.restore();
            g.setClip(null);
            g.setTransform(new AffineTransform());
        }
    }

    /** Style class of an ancestor (the dark theme's root) under which charts are drawn dark. */
    public static final String DARK_CHARTS = "dark-charts";
    /** Style class of an ancestor (presentation mode's root) under which charts are light even in the dark theme. */
    public static final String LIGHT_CHARTS = "light-charts";
    /** Style class of every plot canvas ({@link #repaintAll}). */
    public static final String STYLE_CLASS = "plot-canvas";

    /** @return the colours this canvas draws with now: dark under {@link #DARK_CHARTS} unless {@link #LIGHT_CHARTS} */
    public ChartColors screenColors() {
        return WindowLook.of(this).colors();
    }

    /** Repaints every plot canvas under {@code root} (after its theme changed). FX thread only. */
    public static void repaintAll(Parent root) {
        for (Node n : root.lookupAll("." + STYLE_CLASS)) {
            if (n instanceof PlotCanvas p) {
                p.repaint();
            }
        }
    }
}
