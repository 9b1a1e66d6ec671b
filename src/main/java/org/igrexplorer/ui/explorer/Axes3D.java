package org.igrexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.text.Font;
import org.igrexplorer.ui.plot.Axis;
import org.igrexplorer.ui.render.OrbitCamera;
import org.igrexplorer.ui.render.SceneMapping;
import org.joml.Matrix4d;

/**
 * The frame of a 3D surface view: thin bars along the front edge (x), the left edge (z) and up the back-left
 * corner (height), tick marks, and the tick labels and titles as crisp 2D labels placed at their anchors'
 * screen positions by the {@link OrbitCamera} (JOML). Titles are placed first and always shown; a tick label
 * that would overlap a title or an earlier label is hidden, so that no two labels are drawn over each other
 * (small windows, steep views). The world box is the views' common one: x and z over
 * [−{@value SceneMapping#HALF}, {@value SceneMapping#HALF}], heights up to {@value SceneMapping#HEIGHT}.
 * FX thread only.
 */
public final class Axes3D {

    /** A tick: its world coordinate along the axis (world y, down, for heights) and its text. */
    public record Tick(double world, String text) {
    }

    /**
     * @return ticks at nice values in [lo, hi] ({@link Axis#ticks}), each labelled with as many decimals as the
     *         tick step needs (or as a power of ten on a log axis), at the world coordinate {@code world} gives
     */
    public static List<Tick> ticks(double lo, double hi, boolean log, int target, DoubleUnaryOperator world) {
        List<Double> v = Axis.ticks(lo, hi, log, target);
        double step = v.size() > 1 ? Math.abs(v.get(1) - v.get(0)) : Math.abs(hi - lo);
        List<Tick> out = new ArrayList<>();
        for (double t : v) {
            out.add(new Tick(world.applyAsDouble(t), Axis.format(t, log, step)));
        }
        return out;
    }

    private final Group bars = new Group();
    private final Pane labels = new Pane();
    private final List<Label> nodes = new ArrayList<>();
    private final List<double[]> anchors = new ArrayList<>();
    /** Per label: {alignment (−1 right-aligned at the anchor, 0 centred), 1 for titles}. */
    private final List<int[]> kinds = new ArrayList<>();
    private final PhongMaterial ink = new PhongMaterial(Color.web("#333333"));
    private double scale = 1;
    private boolean dark;

    public Axes3D() {
        ink.setSpecularColor(Color.BLACK);
        bars.setMouseTransparent(true);
        labels.setMouseTransparent(true);
        labels.setManaged(false);
    }

    /** @return the bars and tick marks, in world coordinates (add to the rotating world) */
    public Group bars() {
        return bars;
    }

    /** @return the label layer (lay it over the 3D view, same size) */
    public Pane labels() {
        return labels;
    }

    /** @return the label nodes (for tests of their layout) */
    public List<Label> labelNodes() {
        return List.copyOf(nodes);
    }

    /** Sets the text size factor (1 normally; presentation mode uses more); takes effect at the next {@link #frame}. */
    public void setScale(double s) {
        scale = s;
    }

    public double scale() {
        return scale;
    }

    /** Draws the bars and labels light, for a dark background (the dark theme), or dark; at once. */
    public void setDark(boolean on) {
        dark = on;
        ink.setDiffuseColor(Color.web(on ? "#c8c8c8" : "#333333"));
        for (int i = 0; i < nodes.size(); i++) {
            style(nodes.get(i), kinds.get(i)[1] == 1);
        }
    }

    private void style(Label l, boolean title) {
        String fill = dark ? (title ? "#f0f0f0" : "#d0d0d0") : (title ? "#111" : "#333");
        l.setStyle("-fx-text-fill: " + fill + ";" + (title ? " -fx-font-weight: bold; -fx-font-style: italic;" : ""));
    }

    /**
     * Builds the frame.
     *
     * @param x       ticks along the front edge (world x), and its title
     * @param z       ticks along the left edge (world z)
     * @param heights ticks up the back-left corner (world y, ≤ 0)
     */
    public void frame(List<Tick> x, String xTitle, List<Tick> z, String zTitle, List<Tick> heights,
                      String heightTitle) {
        bars.getChildren().clear();
        labels.getChildren().clear();
        nodes.clear();
        anchors.clear();
        kinds.clear();
        double half = SceneMapping.HALF;
        double top = SceneMapping.HEIGHT;
        // x along the front edge, z along the left edge, height up the back-left corner
        bar(0, 0, -half, 2 * half, 0.8, 0.8);
        bar(-half, 0, 0, 0.8, 0.8, 2 * half);
        bar(-half, -top / 2, half, 0.8, top, 0.8);
        for (Tick t : x) {
            bar(t.world(), 0, -half - 4, 0.8, 0.8, 8);
            label(t.text(), t.world(), 0, -half - 16, false, 0);
        }
        for (Tick t : z) {
            bar(-half - 4, 0, t.world(), 8, 0.8, 0.8);
            label(t.text(), -half - 10, 0, t.world(), false, -1);
        }
        for (Tick t : heights) {
            bar(-half - 3, t.world(), half, 6, 0.8, 0.8);
            // right-aligned beyond the tick, so that the text never runs into it
            label(t.text(), -half - 9, t.world(), half, false, -1);
        }
        label(xTitle, 0, 0, -half - 40, true, 0);
        label(zTitle, -half - 40, 0, 0, true, 0);
        label(heightTitle, -half, -top - 28, half, true, 0);
    }

    private void bar(double x, double y, double z, double w, double h, double d) {
        Box b = new Box(w, h, d);
        b.setTranslateX(x);
        b.setTranslateY(y);
        b.setTranslateZ(z);
        b.setMaterial(ink);
        bars.getChildren().add(b);
    }

    private void label(String text, double x, double y, double z, boolean title, int align) {
        Label l = new Label(text);
        l.setFont(Font.font("SansSerif", (title ? 15 : 12) * scale));
        style(l, title);
        kinds.add(new int[] {align, title ? 1 : 0});
        labels.getChildren().add(l);
        nodes.add(l);
        anchors.add(new double[] {x, y, z});
    }

    /** Places every label at its anchor's screen position (one JOML projection for all), inside w × h. */
    public void place(OrbitCamera camera, double w, double h) {
        if (nodes.isEmpty()) {
            return;
        }
        labels.resizeRelocate(0, 0, w, h);
        Matrix4d view = camera.view();
        List<Rectangle2D> taken = new ArrayList<>();
        for (int pass = 1; pass >= 0; pass--) {
            for (int i = 0; i < nodes.size(); i++) {
                int[] kind = kinds.get(i);
                if (kind[1] != pass) {
                    continue;
                }
                Label l = nodes.get(i);
                double[] a = anchors.get(i);
                double[] p = camera.project(view, a[0], a[1], a[2]);
                l.autosize();
                double x = kind[0] < 0 ? p[0] - l.getWidth() : p[0] - l.getWidth() / 2;
                double lx = Math.max(2, Math.min(w - l.getWidth() - 2, x));
                double ly = Math.max(2, Math.min(h - l.getHeight() - 2, p[1] - l.getHeight() / 2));
                l.relocate(lx, ly);
                Rectangle2D box = new Rectangle2D(lx, ly, l.getWidth(), l.getHeight());
                boolean free = taken.stream().noneMatch(box::intersects);
                boolean show = p[2] > 0 && (pass == 1 || free);
                l.setVisible(show);
                if (show) {
                    taken.add(box);
                }
            }
        }
    }
}
