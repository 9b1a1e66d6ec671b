package org.igrexplorer.ui.plot;

import java.awt.geom.Rectangle2D;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The mouse on a chart's legend on screen: a click folds it to its one row or opens it, a drag moves it
 * (kept inside the panel; {@link XYChart#moveLegend}). A view with gestures of its own (the plane drags
 * its start and pans) calls {@link #pressed}, {@link #dragged} and {@link #released} first from its
 * handlers; a plain chart canvas gets them with {@link #install}. FX thread only.
 */
public final class LegendMouse {

    /** Pixels the pointer moves before a press on the legend becomes a drag. */
    public static final double DRAG_SLOP = 4;

    private final Region owner;
    private final Supplier<XYChart> chart;
    private final Runnable repaint;
    /** Whether the last press was on the legend (and the button is still down); its box then, and whether it became a drag. */
    private boolean onLegend;
    private boolean down;
    private Rectangle2D pressBox;
    private boolean moved;
    private double pressX;
    private double pressY;

    /**
     * @param owner   the node the chart is drawn on (its size is the panel's)
     * @param chart   the chart shown now, or {@code null} for none
     * @param repaint paints the chart again after its legend changed
     */
    public LegendMouse(Region owner, Supplier<XYChart> chart, Runnable repaint) {
        this.owner = owner;
        this.chart = chart;
        this.repaint = repaint;
    }

    /** Gives the legend of every chart {@code canvas} shows a click to fold or open it and a drag to move it. */
    public static LegendMouse install(PlotCanvas canvas) {
        LegendMouse m = new LegendMouse(canvas, () -> canvas.getRenderer() instanceof XYChart c ? c : null,
                canvas::repaint);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (m.pressed(e)) {
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (m.dragged(e)) {
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (m.released(e)) {
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED,
                e -> canvas.setCursor(m.isOver(e.getX(), e.getY()) ? Cursor.HAND : Cursor.DEFAULT));
        return m;
    }

    /** @return whether ({@code x}, {@code y}) is on the legend shown now */
    public boolean isOver(double x, double y) {
        XYChart c = chart.get();
        Rectangle2D box = c == null ? null : c.lastLegendBox();
        return box != null && box.contains(x, y);
    }

    /** @return whether the press is on the legend: then its drag and release belong to the legend */
    public boolean pressed(MouseEvent e) {
        onLegend = e.getButton() == MouseButton.PRIMARY && isOver(e.getX(), e.getY());
        down = onLegend;
        if (onLegend) {
            pressBox = chart.get().lastLegendBox();
            moved = false;
            pressX = e.getX();
            pressY = e.getY();
        }
        return onLegend;
    }

    /** @return whether the drag belongs to the legend (it moves once past {@link #DRAG_SLOP}) */
    public boolean dragged(MouseEvent e) {
        XYChart c = chart.get();
        if (!down || c == null) {
            return false;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (moved || Math.hypot(dx, dy) > DRAG_SLOP) {
            moved = true;
            c.moveLegend(pressBox.getX() + dx, pressBox.getY() + dy, owner.getWidth(), owner.getHeight());
            repaint.run();
        }
        return true;
    }

    /** @return whether the release ends a press on the legend; one that did not move folds or opens it */
    public boolean released(MouseEvent e) {
        if (!down) {
            return false;
        }
        down = false;
        XYChart c = chart.get();
        if (!moved && c != null && e.getButton() == MouseButton.PRIMARY) {
            c.legendCollapsed(!c.legendCollapsed());
            repaint.run();
        }
        return true;
    }

    /** @return whether the last press was on the legend (a double click there is not the view's) */
    public boolean lastPressOnLegend() {
        return onLegend;
    }
}
