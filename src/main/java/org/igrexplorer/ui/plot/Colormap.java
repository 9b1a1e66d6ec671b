package org.igrexplorer.ui.plot;

import java.awt.Color;

/**
 * A smooth sequential colormap for loss values, shared by the 2D heatmap and the 3D surface
 * texture. It runs from a pale cream (low loss: the valley of minima) through sage and grey-blue to
 * a muted slate (high loss), monotone in lightness so that it reads in greyscale, and light enough
 * everywhere that the saturated {@link MethodPalette} curves stand out on it.
 */
public final class Colormap {

    /** Anchors (sRGB), evenly spaced in t; interpolated in linear light. */
    private static final int[] ANCHORS = {
        0xFFFBEA, 0xF1EFC9, 0xD9E3B8, 0xBCD2B0, 0xA0BDAE, 0x88A5AA, 0x758DA3, 0x66769A, 0x5A6190,
    };

    /** Number of entries in {@link #lut()}. */
    public static final int SIZE = 256;

    private static final int[] LUT = build();

    private Colormap() {
    }

    private static double toLinear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int toSrgb(double v) {
        double s = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, s)) * 255);
    }

    private static int[] build() {
        int[] lut = new int[SIZE];
        int n = ANCHORS.length - 1;
        for (int i = 0; i < SIZE; i++) {
            double t = i / (double) (SIZE - 1) * n;
            int k = Math.min(n - 1, (int) Math.floor(t));
            double f = t - k;
            int a = ANCHORS[k];
            int b = ANCHORS[k + 1];
            int r = toSrgb((1 - f) * toLinear(a >> 16 & 255) + f * toLinear(b >> 16 & 255));
            int g = toSrgb((1 - f) * toLinear(a >> 8 & 255) + f * toLinear(b >> 8 & 255));
            int bl = toSrgb((1 - f) * toLinear(a & 255) + f * toLinear(b & 255));
            lut[i] = 0xFF000000 | r << 16 | g << 8 | bl;
        }
        return lut;
    }

    /** @return the ARGB colour at t ∈ [0, 1] (clamped; NaN gives the low end) */
    public static int argb(double t) {
        if (!(t > 0)) {
            return LUT[0];
        }
        if (t >= 1) {
            return LUT[SIZE - 1];
        }
        return LUT[(int) Math.round(t * (SIZE - 1))];
    }

    /** @return the colour at t ∈ [0, 1] */
    public static Color awt(double t) {
        return new Color(argb(t), true);
    }

    /** @return a copy of the 256 ARGB entries, low to high */
    public static int[] lut() {
        return LUT.clone();
    }
}
