package org.igrexplorer.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class HeatmapTest {

    @Test
    void imageTopRowIsTheGridsLastRow() {
        BufferedImage img = Heatmap.image(3, 2, (i, j) -> 0xFF000000 | (j << 8) | i);
        assertEquals(3, img.getWidth());
        assertEquals(2, img.getHeight());
        for (int i = 0; i < 3; i++) {
            assertEquals(0xFF000000 | (1 << 8) | i, img.getRGB(i, 0), "top row = j 1");
            assertEquals(0xFF000000 | i, img.getRGB(i, 1), "bottom row = j 0");
        }
    }

    @Test
    void valuesTakeTheColormapAndNaNIsTransparent() {
        double[] v = {0, 5, 10, Double.NaN, -3, 20};
        BufferedImage img = Heatmap.of(v, 3, 2, 0, 10);
        // bottom row (j = 0): 0, 5, 10
        assertEquals(Colormap.argb(0), img.getRGB(0, 1));
        assertEquals(Colormap.argb(0.5), img.getRGB(1, 1));
        assertEquals(Colormap.argb(1), img.getRGB(2, 1));
        // top row (j = 1): NaN, below the low end, above the high end
        assertEquals(0, img.getRGB(0, 0) >>> 24, "NaN is transparent");
        assertEquals(Colormap.argb(0), img.getRGB(1, 0));
        assertEquals(Colormap.argb(1), img.getRGB(2, 0));
    }

    /** Each node at a pixel centre: a 3 × 3 grid over a 100 × 100 px box covers it and half a cell (25 px) more. */
    @Test
    void drawPutsNodesAtPixelCentresHalfACellBeyondTheBox() {
        int red = 0xFFFF0000;
        BufferedImage grid = Heatmap.image(3, 3, (i, j) -> red);
        BufferedImage canvas = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        PlotTransform tr = new PlotTransform(new Rectangle2D.Double(50, 50, 100, 100), -1, 1, false, 0, 4, false);
        Heatmap.draw(g, tr, grid, -1, 1, 0, 4);
        g.dispose();
        for (int p : new int[] {25, 50, 100, 149, 174}) {
            assertEquals(red, canvas.getRGB(p, 100), "x " + p);
            assertEquals(red, canvas.getRGB(100, p), "y " + p);
        }
        for (int p : new int[] {0, 24, 175, 199}) {
            assertEquals(0, canvas.getRGB(p, 100) >>> 24, "x " + p + " is outside");
            assertEquals(0, canvas.getRGB(100, p) >>> 24, "y " + p + " is outside");
        }
    }
}
