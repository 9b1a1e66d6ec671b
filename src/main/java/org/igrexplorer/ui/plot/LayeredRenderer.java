package org.igrexplorer.ui.plot;

import java.awt.Graphics2D;

/**
 * A {@link PlotRenderer} in two layers: a base that changes rarely (background, heatmap, axes) and an
 * overlay above it that changes often (curves, handles, hover). A {@link PlotCanvas} keeps the base in
 * its own canvas and paints only the overlay when only the data move; a file gets {@link #paint}, which
 * is the base and then the overlay, so that the file shows what the screen shows.
 */
public interface LayeredRenderer extends PlotRenderer {

    /**
     * Paints the base layer.
     *
     * @param g target. Modified (as in {@link PlotRenderer#paint}).
     */
    void paintBase(Graphics2D g, double width, double height);

    /**
     * Paints the overlay layer on a transparent target of the same size as the base.
     *
     * @param g target. Modified.
     */
    void paintOverlay(Graphics2D g, double width, double height);

    /**
     * @return whether the last overlay was laid out differently from the last base (e.g. the axes moved
     *         to make room for a legend), so that the base must be painted again
     */
    boolean baseIsStale();
}
