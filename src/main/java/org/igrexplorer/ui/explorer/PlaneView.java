package org.igrexplorer.ui.explorer;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.ui.plane.FieldGrid;
import org.igrexplorer.ui.plane.PlaneRenderer;
import org.igrexplorer.ui.plot.ChartColors;
import org.igrexplorer.ui.plot.LegendMouse;
import org.igrexplorer.ui.plot.LayeredRenderer;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.PlotTransform;

/**
 * The 2D parameter plane: heatmap and contour lines of log₁₀E (or of E − min E), the landscape's known minima, the flattest
 * minimum, every trajectory, a legend and axes, a hover read-out, and the start point as a handle
 * that can be dragged. Zoom with the wheel, pan by dragging elsewhere, double-click to reset.
 * Drawing goes through {@link PlaneRenderer}, which also serves headless export.
 */
public final class PlaneView extends PlotCanvas {

    /** A press this close (logical pixels) to the start point grabs the handle. */
    public static final double HANDLE_GRAB_RADIUS = 12;

    private final ExplorerViewModel vm;
    private final PlaneRenderer renderer;
    private ViewBox view;
    private ViewBox lastFieldRequest;
    private boolean draggingHandle;
    /** A press on the legend folds or opens it, a drag moves it; no pan, no start drag. */
    private final LegendMouse legendMouse;
    private final ReadOnlyBooleanWrapper draggingStart = new ReadOnlyBooleanWrapper(this, "draggingStart", false);
    private double pressX;
    private double pressY;
    private ViewBox pressView;

    public PlaneView(ExplorerViewModel vm) {
        this.vm = vm;
        this.renderer = new PlaneRenderer();
        // an export at another size than the screen's gets the field of the box it shows
        renderer.setFieldForFiles(box -> FieldGrid.compute(vm.currentMapping(), box, ExplorerViewModel.FIELD_RESOLUTION));
        setId("plane-view");
        // in two layers (PlotCanvas keeps the base); a new base may show a box the field does not cover yet
        setRenderer(new LayeredRenderer() {
            @Override
            public void paint(Graphics2D g, double w, double hgt) {
                renderer.paint(g, w, hgt);
                requestFieldFor(renderer.chart().lastTransform());
            }

            @Override
            public void paintBase(Graphics2D g, double w, double hgt) {
                renderer.paintBase(g, w, hgt);
                requestFieldFor(renderer.chart().lastTransform());
            }

            @Override
            public void paintOverlay(Graphics2D g, double w, double hgt) {
                renderer.paintOverlay(g, w, hgt);
            }

            @Override
            public boolean baseIsStale() {
                return renderer.baseIsStale();
            }

            @Override
            public void colors(ChartColors c) {
                renderer.colors(c);
            }
        });
        view = vm.boxProperty().get();
        renderer.setView(view);
        vm.boxProperty().addListener((o, was, is) -> resetView());
        // new curves move only the overlay; the minima and the field follow with the field of a new model
        vm.curvesProperty().addListener((o, was, is) -> {
            renderer.setCurves(is == null ? null : is.parameters(), is == null ? Map.of() : is.trajectories(),
                    is == null ? List.of() : is.samplePaths());
            repaintOverlay();
        });
        vm.planeFieldProperty().addListener((o, was, is) -> {
            renderer.setField(is);
            repaint();
        });
        var current = vm.curvesProperty().get();
        if (current != null) {
            renderer.setCurves(current.parameters(), current.trajectories(), current.samplePaths());
        }
        renderer.setField(vm.planeFieldProperty().get());
        legendMouse = new LegendMouse(this, renderer::chart, this::repaint);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(e -> {
            legendMouse.released(e);
            draggingHandle = false;
            draggingStart.set(false);
            setCursor(Cursor.DEFAULT);
        });
        setOnMouseMoved(this::moved);
        setOnMouseExited(e -> {
            renderer.setHover(Double.NaN, Double.NaN);
            repaintOverlay();
        });
        setOnScroll(this::scrolled);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !legendMouse.lastPressOnLegend()) {
                resetView();
            }
        });
    }

    /** @return the renderer (for export of exactly what is shown) */
    public PlaneRenderer planeRenderer() {
        return renderer;
    }

    /** @return the (a, b) box the plane shows (for saving sessions) */
    public ViewBox view() {
        return view;
    }

    /** Shows {@code v} (restoring a session); the next change of the model box resets it. */
    public void setView(ViewBox v) {
        view = v;
        renderer.setView(v);
        repaint();
    }

    /** Sets the size factor of the plane's text (1 normally; presentation mode enlarges it) and repaints. */
    public void setFontScale(double scale) {
        renderer.setFontScale(scale);
        repaint();
    }

    /** Shows the model box again, the legend in its automatic place. */
    public void resetView() {
        renderer.chart().automaticLegend();
        view = vm.boxProperty().get();
        renderer.setView(view);
        repaint();
    }

    private void requestFieldFor(PlotTransform tr) {
        if (tr == null) {
            return;
        }
        ViewBox shown = new ViewBox(tr.xMin(), tr.xMax(), tr.yMin(), tr.yMax());
        FieldGrid f = vm.planeFieldProperty().get();
        boolean matches = f != null && f.box().equals(shown);
        if (!matches && !shown.equals(lastFieldRequest)) {
            lastFieldRequest = shown;
            vm.requestPlaneField(shown);
        }
    }

    /** @return the pixel position of the start point, or null before the first paint */
    public double[] startPixel() {
        PlotTransform tr = renderer.chart().lastTransform();
        RunParameters p = vm.parametersProperty().get();
        if (tr == null) {
            return null;
        }
        return new double[] {tr.toPixelX(p.a0()), tr.toPixelY(p.b0())};
    }

    private void pressed(MouseEvent e) {
        if (legendMouse.pressed(e)) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressView = view;
        double[] s = startPixel();
        draggingHandle = s != null && Math.hypot(e.getX() - s[0], e.getY() - s[1]) <= HANDLE_GRAB_RADIUS
                && e.getButton() == MouseButton.PRIMARY;
        setCursor(draggingHandle ? Cursor.CLOSED_HAND : Cursor.MOVE);
        draggingStart.set(draggingHandle);
    }

    /** @return whether the user is dragging the start handle now (the 3D view renders faster meanwhile) */
    public ReadOnlyBooleanProperty draggingStartProperty() {
        return draggingStart.getReadOnlyProperty();
    }

    private void dragged(MouseEvent e) {
        PlotTransform tr = renderer.chart().lastTransform();
        if (legendMouse.dragged(e)) {
            return;
        }
        if (tr == null) {
            return;
        }
        if (draggingHandle) {
            double a = tr.toDataX(e.getX());
            double b = tr.toDataY(e.getY());
            vm.setStart(a, b, new ViewBox(tr.xMin(), tr.xMax(), tr.yMin(), tr.yMax()));
            renderer.setHover(a, b);
            return;
        }
        double da = (tr.toDataX(e.getX()) - tr.toDataX(pressX));
        double db = (tr.toDataY(e.getY()) - tr.toDataY(pressY));
        // measure against the view at the press so that panning does not drift
        view = new ViewBox(pressView.aMin() - da, pressView.aMax() - da, pressView.bMin() - db, pressView.bMax() - db);
        pressX = e.getX();
        pressY = e.getY();
        pressView = view;
        renderer.setView(view);
        repaint();
    }

    private void moved(MouseEvent e) {
        PlotTransform tr = renderer.chart().lastTransform();
        if (tr == null) {
            return;
        }
        if (tr.contains(e.getX(), e.getY())) {
            renderer.setHover(tr.toDataX(e.getX()), tr.toDataY(e.getY()));
        } else {
            renderer.setHover(Double.NaN, Double.NaN);
        }
        double[] s = startPixel();
        setCursor(s != null && Math.hypot(e.getX() - s[0], e.getY() - s[1]) <= HANDLE_GRAB_RADIUS ? Cursor.OPEN_HAND
                : legendMouse.isOver(e.getX(), e.getY()) ? Cursor.HAND : Cursor.CROSSHAIR);
        repaintOverlay();
    }

    private void scrolled(ScrollEvent e) {
        PlotTransform tr = renderer.chart().lastTransform();
        if (tr == null || e.getDeltaY() == 0) {
            return;
        }
        double f = Math.pow(1.0015, -e.getDeltaY());
        double ca = tr.toDataX(e.getX());
        double cb = tr.toDataY(e.getY());
        view = new ViewBox(ca - (ca - view.aMin()) * f, ca + (view.aMax() - ca) * f,
                cb - (cb - view.bMin()) * f, cb + (view.bMax() - cb) * f);
        renderer.setView(view);
        repaint();
    }
}
