/**
 * Views of a trained network's own loss landscape ({@link org.igrexplorer.core.mlp.landscape}): the
 * plane renderer (heatmap, contours, paths, hover read-out; the same Graphics2D code for the screen
 * and exported PNG/SVG/PDF), the 3D scene geometry built off the FX thread, and the 3D and plane
 * views. Used by the explorer's landscape-source switch and by {@code render --view mlp-landscape-*}.
 */
package org.igrexplorer.ui.network;
