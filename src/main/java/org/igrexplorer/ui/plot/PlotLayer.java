package org.igrexplorer.ui.plot;

import java.awt.Graphics2D;

/**
 * Extra drawing inside the plot area of an {@link XYChart}, in data coordinates through the given
 * transform (heatmaps, contour lines, annotations, handles). Layers are painted clipped to the plot
 * area, beneath the series ({@link XYChart#addUnderlay}) or above them ({@link XYChart#addOverlay}).
 */
@FunctionalInterface
public interface PlotLayer {

    /**
     * @param g  target, clipped to the plot area. Modified.
     * @param tr the data-to-pixel mapping of this paint
     */
    void paint(Graphics2D g, PlotTransform tr);
}
