/**
 * Geometry and images that views show, computed off the FX thread without JavaFX types: the world
 * mapping of the 3D view, surface and tube meshes as plain arrays, the log-loss field with its
 * heatmap and contour lines.
 */
package org.igrexplorer.ui.render;
