package org.igrexplorer.ui.export.animation;

import java.awt.image.BufferedImage;

/**
 * How far two images of the same size are apart, per colour channel (0–255): the mean absolute
 * difference and the share of pixels where some channel differs by more than a threshold.
 *
 * @param meanAbs       mean |Δ| over all pixels and the three channels
 * @param shareOver     share of pixels with max-channel |Δ| above {@code threshold}
 * @param threshold     the threshold used for {@code shareOver}
 */
public record ImageDifference(double meanAbs, double shareOver, int threshold) {

    public static ImageDifference of(BufferedImage a, BufferedImage b, int threshold) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new AssertionError("sizes differ: " + a.getWidth() + "×" + a.getHeight() + " and " + b.getWidth()
                    + "×" + b.getHeight());
        }
        long sum = 0;
        long over = 0;
        int w = a.getWidth();
        int h = a.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int max = 0;
                for (int s = 0; s <= 16; s += 8) {
                    int d = Math.abs(((p >> s) & 0xff) - ((q >> s) & 0xff));
                    sum += d;
                    max = Math.max(max, d);
                }
                if (max > threshold) {
                    over++;
                }
            }
        }
        return new ImageDifference(sum / (3.0 * w * h), over / (double) (w * h), threshold);
    }
}
