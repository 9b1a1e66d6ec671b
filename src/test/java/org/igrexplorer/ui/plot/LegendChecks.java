package org.igrexplorer.ui.plot;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Checks of a chart as last painted, independent of the placement code: whether its legend box lies over a
 * plotted sample, and every text as the screen's canvas draws it (its font read off the canvas, not off the
 * Graphics2D, which can believe it set a font the canvas does not use).
 */
public final class LegendChecks {

    /** Sampling step along a segment, pixels. */
    public static final double STEP_PX = 0.5;

    private LegendChecks() {
    }

    /**
     * @return the first sample of a series (every point and every segment sampled each {@link #STEP_PX}, widened
     *         by half its line width or marker size) or of the vertical marker line that lies inside the plot area
     *         and under the legend box of the last paint, described; {@code null} if none (or no legend)
     */
    public static String sampleUnderLegend(XYChart chart) {
        Rectangle2D box = chart.lastLegendBox();
        PlotTransform tr = chart.lastTransform();
        if (box == null || tr == null) {
            return null;
        }
        Rectangle2D area = tr.area();
        List<Series> all = new ArrayList<>(chart.series());
        all.addAll(chart.rightSeries());
        for (Series s : all) {
            PlotTransform t = chart.series().contains(s) ? tr : chart.lastRightTransform();
            boolean markers = s.style() == Series.Style.MARKERS || s.style() == Series.Style.LINE_AND_MARKERS;
            boolean lines = s.style() != Series.Style.MARKERS;
            double pad = Math.max(lines ? s.lineWidth() / 2 : 0, markers ? s.markerSize() / 2 : 0);
            Rectangle2D hit = new Rectangle2D.Double(box.getX() - pad, box.getY() - pad, box.getWidth() + 2 * pad,
                    box.getHeight() + 2 * pad);
            double px0 = Double.NaN;
            double py0 = Double.NaN;
            for (int i = 0; i < s.size(); i++) {
                double px = t.toPixelX(s.xAt(i));
                double py = t.toPixelY(s.yAt(i));
                if (!Double.isFinite(px) || !Double.isFinite(py)) {
                    px0 = Double.NaN;
                    continue;
                }
                int n = Double.isNaN(px0) || !lines ? 0 : (int) Math.ceil(Math.hypot(px - px0, py - py0) / STEP_PX);
                for (int k = 0; k <= n; k++) {
                    double f = n == 0 ? 1 : (double) k / n;
                    double qx = n == 0 ? px : px0 + f * (px - px0);
                    double qy = n == 0 ? py : py0 + f * (py - py0);
                    if (area.contains(qx, qy) && hit.contains(qx, qy)) {
                        return String.format(Locale.ROOT, "%s at (%.0f, %.0f) under the legend %s", s.name(), qx, qy,
                                box);
                    }
                }
                px0 = px;
                py0 = py;
            }
        }
        XYChart.MarkerLine m = chart.marker();
        if (m != null) {
            double px = tr.toPixelX(m.x());
            if (px >= area.getX() && px <= area.getMaxX() && px > box.getMinX() && px < box.getMaxX()
                    && box.getMaxY() > area.getY() && box.getMinY() < area.getMaxY()) {
                return String.format(Locale.ROOT, "the line '%s' at x = %.0f under the legend %s", m.label(), px, box);
            }
        }
        return null;
    }

    /** A string as a canvas drew it: the font the canvas used and the transform it was drawn under. */
    public record Drawn(String text, double x, double y, Font font, AffineTransform at) {

        /** @return the text's box on the canvas, measured with a JavaFX {@link Text} in the canvas's font */
        public Rectangle2D bounds() {
            Text t = new Text(text);
            t.setFont(font);
            double w = t.getLayoutBounds().getWidth();
            double h = t.getLayoutBounds().getHeight();
            return at.createTransformedShape(new Rectangle2D.Double(x, y - t.getBaselineOffset(), w, h))
                    .getBounds2D();
        }
    }

    /**
     * Paints {@code chart} as a {@link PlotCanvas} of {@code width} × {@code height} does (its base and its
     * overlay, each on its own canvas through {@link ScreenGraphics2D}), then once more as for the next frame
     * of a playback, and records the strings of that second paint. FX thread only.
     *
     * @return every string drawn in the second paint, base then overlay
     */
    public static List<Drawn> paintLikeTheScreen(LayeredRenderer chart, double width, double height) {
        List<Drawn> drawn = new ArrayList<>();
        boolean[] recording = {false};
        Canvas base = new Canvas(width, height);
        Canvas overlay = new Canvas(width, height);
        ScreenGraphics2D gb = recorder(base.getGraphicsContext2D(), drawn, recording);
        ScreenGraphics2D go = recorder(overlay.getGraphicsContext2D(), drawn, recording);
        for (int pass = 0; pass < 2; pass++) {
            recording[0] = pass == 1;
            paintOn(base, gb, (g, c) -> chart.paintBase(g, width, height));
            paintOn(overlay, go, (g, c) -> chart.paintOverlay(g, width, height));
        }
        return List.copyOf(drawn);
    }

    private static ScreenGraphics2D recorder(GraphicsContext gc, List<Drawn> drawn, boolean[] recording) {
        return new ScreenGraphics2D(gc) {
            @Override
            public void drawString(String s, float x, float y) {
                if (recording[0]) {
                    drawn.add(new Drawn(s, x, y, gc.getFont(), getTransform()));
                }
                super.drawString(s, x, y);
            }
        };
    }

    /** What {@link PlotCanvas} does around each paint: clear, save, paint, restore, no clip, no transform. */
    private static void paintOn(Canvas c, ScreenGraphics2D g, BiConsumer<ScreenGraphics2D, Canvas> paint) {
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.clearRect(0, 0, c.getWidth(), c.getHeight());
        gc.save();
        try {
            paint.accept(g, c);
        } finally {
            gc.restore();
            g.setClip(null);
            g.setTransform(new AffineTransform());
        }
    }
}
