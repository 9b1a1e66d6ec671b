package org.igrexplorer.ui.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A field sampled on the nodes of a grid over a box, shown as an image: one pixel a node, the top row the
 * largest y, drawn so that each node sits at a pixel centre and the image reaches half a cell beyond the box.
 * The parameter plane and a network's landscape plane both draw their heatmaps (and the plane its stability
 * tint) this way.
 */
public final class Heatmap {

    private Heatmap() {
    }

    /** The colour of grid node (i, j), i along x, j along y from the bottom. */
    @FunctionalInterface
    public interface NodeColour {
        /** @return the ARGB colour of node (i, j) (0: transparent) */
        int argb(int i, int j);
    }

    /** @return an nx × ny image of the nodes' colours, its top row the grid's last (largest y) */
    public static BufferedImage image(int nx, int ny, NodeColour colour) {
        int[] argb = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                argb[(ny - 1 - j) * nx + i] = colour.argb(i, j);
            }
        }
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, nx, ny, argb, 0, nx);
        return img;
    }

    /**
     * @param values node values, row by row from the bottom ({@code values[j * nx + i]}); NaN: no value
     * @param lo     the value at the colormap's low end (lower values share its colour)
     * @param hi     the value at its high end (higher values share its colour), hi &gt; lo
     * @return the values in {@link Colormap} colours, transparent where a value is NaN
     */
    public static BufferedImage of(double[] values, int nx, int ny, double lo, double hi) {
        double span = hi - lo;
        return image(nx, ny, (i, j) -> {
            double v = values[j * nx + i];
            return Double.isNaN(v) ? 0 : Colormap.argb((v - lo) / span);
        });
    }

    /**
     * Draws {@code image}, whose pixels are the nodes of a grid over [xMin, xMax] × [yMin, yMax], smoothly
     * (bilinear) with each node at a pixel centre.
     */
    public static void draw(Graphics2D g, PlotTransform tr, BufferedImage image, double xMin, double xMax,
                            double yMin, double yMax) {
        double x0 = tr.toPixelX(xMin);
        double x1 = tr.toPixelX(xMax);
        double y0 = tr.toPixelY(yMax);
        double y1 = tr.toPixelY(yMin);
        // grid nodes sit at pixel centres of the image: extend by half a cell on each side
        double cw = (x1 - x0) / (image.getWidth() - 1);
        double ch = (y1 - y0) / (image.getHeight() - 1);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, (int) Math.round(x0 - cw / 2), (int) Math.round(y0 - ch / 2),
                (int) Math.round(x1 - x0 + cw), (int) Math.round(y1 - y0 + ch), null);
    }
}
