/**
 * A small plotting toolkit drawn through {@link java.awt.Graphics2D}: one drawing code for the
 * screen ({@link org.igrexplorer.ui.plot.PlotCanvas}, through FXGraphics2D onto a JavaFX canvas)
 * and for exported files ({@link org.igrexplorer.ui.plot.PngExport}; SVG and PDF through any other
 * Graphics2D). {@link org.igrexplorer.ui.plot.XYChart} is the reusable chart;
 * {@link org.igrexplorer.ui.plot.MethodPalette} and {@link org.igrexplorer.ui.plot.Colormap} are the
 * colours every view shares.
 */
package org.igrexplorer.ui.plot;
