/**
 * The parameter plane drawn without JavaFX, for the window and for files alike:
 * {@link org.igrexplorer.ui.plane.PlaneRenderer} (field, minima, curves, handle, legend, axes, read-out) and
 * {@link org.igrexplorer.ui.plane.FieldGrid} (the log-loss field over a view box with its heatmap, contours
 * and stability region, computed off the FX thread).
 */
package org.igrexplorer.ui.plane;
