package org.igrexplorer.ui.plot;

import java.awt.Graphics2D;

/**
 * Something that draws itself through {@link Graphics2D}. The same renderer paints the screen (a
 * {@link PlotCanvas}, through FXGraphics2D) and every exported file (PNG through {@link PngExport};
 * SVG or PDF through any other Graphics2D), so what is exported is what the screen shows.
 *
 * <p>Implementations paint in logical units: (0, 0) is the top-left corner and
 * ({@code width}, {@code height}) the bottom-right one. Callers that want more pixels scale the
 * Graphics2D before calling. Painting must not change the renderer's data; it runs on the thread of
 * the caller (the FX thread for the screen).
 */
@FunctionalInterface
public interface PlotRenderer {

    /**
     * @param g      the target. Modified (its transform, clip, paint and stroke may be changed; callers
     *               that need them back should use {@link GraphicsState}).
     * @param width  logical width to fill
     * @param height logical height to fill
     */
    void paint(Graphics2D g, double width, double height);

    /**
     * Sets the colours of the frame around the data (card, axes, text, grid, legend) for the following paints;
     * renderers without a frame ignore it. The screen sets {@link ChartColors#DARK} around a paint under the
     * dark theme and {@link ChartColors#LIGHT} back after it, so exports always get the light look.
     */
    default void colors(ChartColors c) {
    }
}
