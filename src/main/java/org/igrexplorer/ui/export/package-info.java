/**
 * Figure export: any {@link org.igrexplorer.ui.plot.PlotRenderer} (the code that draws the screen)
 * to PNG at a scale or DPI, SVG (JFreeSVG) and PDF (OpenPDF, with the shipped DejaVu fonts embedded),
 * with an optional caption line listing the parameters; JavaFX nodes (the 3D view, the whole window) to PNG re-rendered at a larger scale;
 * copies to the clipboard. {@link org.igrexplorer.ui.export.FigureExport} needs no FX toolkit.
 */
package org.igrexplorer.ui.export;
