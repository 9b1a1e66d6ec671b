package org.igrexplorer.ui.export.animation;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One palette for a whole animated GIF, so that colours do not shimmer from frame to frame: up to
 * {@value #COLOURS} colours chosen by median cut over the colour histogram of sample frames (the first
 * and the last frame of the playback hold every colour the animation shows), plus one transparent
 * entry for the pixels a frame leaves unchanged. Mapping a pixel is a table look-up on its 6-6-6 bit
 * colour, the nearest palette colour computed the first time that colour is met.
 * <p>Not thread-safe (the look-up table fills lazily).
 */
final class GifPalette {

    /** Opaque colours in the palette. */
    static final int COLOURS = 255;
    /** The palette index of "unchanged" (transparent) pixels. */
    static final int TRANSPARENT = 255;

    private final int[] rgb;
    private final IndexColorModel model;
    private final short[] lookup = new short[1 << 18];

    private GifPalette(int[] colours) {
        rgb = colours;
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < colours.length; i++) {
            r[i] = (byte) (colours[i] >> 16);
            g[i] = (byte) (colours[i] >> 8);
            b[i] = (byte) colours[i];
        }
        model = new IndexColorModel(8, 256, r, g, b, TRANSPARENT);
        Arrays.fill(lookup, (short) -1);
    }

    /**
     * @param samples frames whose colours the palette must hold (ARGB or RGB; alpha is ignored)
     * @return the palette
     */
    static GifPalette of(List<BufferedImage> samples) {
        int[] hist = new int[1 << 15];
        long[][] sums = new long[3][1 << 15];
        for (BufferedImage img : samples) {
            int w = img.getWidth();
            int[] row = new int[w];
            for (int y = 0; y < img.getHeight(); y++) {
                img.getRGB(0, y, w, 1, row, 0, w);
                for (int p : row) {
                    int bin = ((p >> 9) & 0x7c00) | ((p >> 6) & 0x3e0) | ((p >> 3) & 0x1f);
                    hist[bin]++;
                    sums[0][bin] += (p >> 16) & 0xff;
                    sums[1][bin] += (p >> 8) & 0xff;
                    sums[2][bin] += p & 0xff;
                }
            }
        }
        return new GifPalette(medianCut(hist, sums, COLOURS));
    }

    /** @return the colour model: {@value #COLOURS} colours and the transparent entry */
    IndexColorModel colorModel() {
        return model;
    }

    /** @return the number of colours in use */
    int size() {
        return rgb.length;
    }

    /** @return the palette index nearest to the colour {@code argb} (alpha ignored) */
    int index(int argb) {
        int key = ((argb >> 6) & 0x3f000) | ((argb >> 4) & 0xfc0) | ((argb >> 2) & 0x3f);
        short i = lookup[key];
        if (i < 0) {
            i = (short) nearest((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
            lookup[key] = i;
        }
        return i;
    }

    private int nearest(int r, int g, int b) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < rgb.length; i++) {
            int dr = r - ((rgb[i] >> 16) & 0xff);
            int dg = g - ((rgb[i] >> 8) & 0xff);
            int db = b - (rgb[i] & 0xff);
            // weights close to the eye's sensitivity (green most, blue least)
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** A box of the 5-5-5 colour cube holding some histogram bins. */
    private record Box(int[] bins, long count) {
    }

    /** Median cut: split the box with the widest channel range at its weighted median until there are n. */
    private static int[] medianCut(int[] hist, long[][] sums, int n) {
        int used = 0;
        for (int c : hist) {
            if (c > 0) {
                used++;
            }
        }
        int[] bins = new int[used];
        long total = 0;
        int k = 0;
        for (int i = 0; i < hist.length; i++) {
            if (hist[i] > 0) {
                bins[k++] = i;
                total += hist[i];
            }
        }
        if (used == 0) {
            return new int[] {0xffffff};
        }
        List<Box> boxes = new ArrayList<>();
        boxes.add(new Box(bins, total));
        while (boxes.size() < n) {
            int pick = -1;
            long score = 0;
            int axis = 0;
            for (int i = 0; i < boxes.size(); i++) {
                Box b = boxes.get(i);
                if (b.bins().length < 2) {
                    continue;
                }
                int[] range = ranges(b.bins());
                int ax = range[0] >= range[1] && range[0] >= range[2] ? 0 : range[1] >= range[2] ? 1 : 2;
                // split where big ranges meet many pixels; the square root keeps rare colours (thin curves) alive
                long s = (long) (range[ax] * Math.sqrt((double) b.count())) + 1;
                if (s > score) {
                    score = s;
                    pick = i;
                    axis = ax;
                }
            }
            if (pick < 0) {
                break;
            }
            Box b = boxes.remove(pick);
            int shift = 10 - 5 * axis;
            Integer[] sorted = Arrays.stream(b.bins()).boxed().toArray(Integer[]::new);
            Arrays.sort(sorted, (x, y) -> Integer.compare((x >> shift) & 31, (y >> shift) & 31));
            long half = b.count() / 2;
            long acc = 0;
            int cut = 1;
            for (int i = 0; i < sorted.length - 1; i++) {
                acc += hist[sorted[i]];
                cut = i + 1;
                if (acc >= half) {
                    break;
                }
            }
            int[] lo = new int[cut];
            int[] hi = new int[sorted.length - cut];
            long loCount = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i < cut) {
                    lo[i] = sorted[i];
                    loCount += hist[sorted[i]];
                } else {
                    hi[i - cut] = sorted[i];
                }
            }
            boxes.add(new Box(lo, loCount));
            boxes.add(new Box(hi, b.count() - loCount));
        }
        int[] colours = new int[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            long r = 0;
            long g = 0;
            long bl = 0;
            long w = 0;
            for (int bin : boxes.get(i).bins()) {
                r += sums[0][bin];
                g += sums[1][bin];
                bl += sums[2][bin];
                w += hist[bin];
            }
            colours[i] = (int) (Math.round((double) r / w) << 16 | Math.round((double) g / w) << 8
                    | Math.round((double) bl / w));
        }
        return colours;
    }

    private static int[] ranges(int[] bins) {
        int[] min = {31, 31, 31};
        int[] max = {0, 0, 0};
        for (int bin : bins) {
            for (int a = 0; a < 3; a++) {
                int v = (bin >> (10 - 5 * a)) & 31;
                min[a] = Math.min(min[a], v);
                max[a] = Math.max(max[a], v);
            }
        }
        return new int[] {max[0] - min[0], max[1] - min[1], max[2] - min[2]};
    }
}
