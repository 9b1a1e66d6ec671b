/**
 * Geometry and images that views show, computed off the FX thread without JavaFX types: the world
 * mapping of the 3D view, surface and tube meshes as plain arrays, the JOML orbit camera and ray picking.
 * (The plane's field grid is in {@code ui.plane}.)
 */
package org.igrexplorer.ui.render;
