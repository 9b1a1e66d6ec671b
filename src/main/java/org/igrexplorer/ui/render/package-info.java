/**
 * Geometry and images that views show, computed off the FX thread without JavaFX types: the world
 * mapping of the 3D view, the surface's heights and colour image (FXyz3D turns the heights into the
 * mesh on the FX thread), tube and marker meshes as plain arrays, the JOML camera and surface picking (the
 * plane's field grid is in {@code ui.plane}).
 */
package org.igrexplorer.ui.render;
