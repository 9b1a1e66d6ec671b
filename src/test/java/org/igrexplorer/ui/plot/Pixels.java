package org.igrexplorer.ui.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Pixel counts for the tests that check what a rendering drew. */
public final class Pixels {

    private Pixels() {
    }

    /** @return how many pixels of {@code img} are within {@code tol} of {@code c} in each of red, green and blue */
    public static int count(BufferedImage img, Color c, int tol) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs((p >> 16 & 255) - c.getRed()) <= tol && Math.abs((p >> 8 & 255) - c.getGreen()) <= tol
                        && Math.abs((p & 255) - c.getBlue()) <= tol) {
                    n++;
                }
            }
        }
        return n;
    }
}
