package org.igrexplorer.ui.render;

import org.igrexplorer.ui.plot.Colormap;

/**
 * The colour image draped over a 3D loss surface: texel (i, j) of a {@code size}² image shows the colour
 * of the log-scaled loss at the texel's centre, u = (i + ½)/size across x (a or α), v = (j + ½)/size
 * along z (b or β), row 0 at v = 0. The colour comes from the {@link Colormap} at
 * t = (log₁₀s − lo)/(hi − lo), and contour lines of log₁₀s at origin + k·step strictly inside (lo, hi)
 * (the plane view's levels) darken it, anti-aliased by the distance to the level in texels. The
 * image is independent of the mesh resolution, so the coarse mesh drawn while orbiting keeps the full
 * colour detail. Off the FX thread; treat as immutable.
 *
 * @param size   texels per side
 * @param level  the colour coordinate t ∈ [0, 1] of each texel (NaN where the loss is not finite)
 * @param argb   the texels, ARGB, row-major by v
 */
public record SurfaceTexture(int size, float[] level, int[] argb) {

    /** Texels per side of the two-parameter surface's image. */
    public static final int SIZE = 512;
    /** Samples of E per side behind the two-parameter surface's image. */
    public static final int NODES = 257;
    /** Contour lines darken the colour by at most this fraction. */
    public static final double LINE_DARKEN = 0.28;
    /** Half-width of a contour line in texels (full strength at the level, none beyond). */
    public static final double LINE_HALF_WIDTH = 1.2;
    /** Colour of texels where the loss is not finite. */
    public static final int NOT_FINITE = 0xFFEEEEEE;

    /**
     * @param size        texels per side (≥ 2)
     * @param nx          nodes of {@code log10} along u (≥ 2), at u = i/(nx−1)
     * @param nz          nodes along v (≥ 2), at v = j/(nz−1)
     * @param log10       log₁₀ of the shown value at the nodes, row-major by v (NaN where not finite); each
     *                    texel takes the bilinear interpolation at its centre, so lines stay smooth between
     *                    the samples
     * @param logLo       log₁₀ at the bottom of the colour scale (lower values share the lowest colour)
     * @param logHi       log₁₀ at the top
     * @param contourOrigin a contour level (log₁₀)
     * @param contourStep decades between contour levels (≤ 0: none)
     */
    public static SurfaceTexture paint(int size, int nx, int nz, double[] log10, double logLo, double logHi,
                                       double contourOrigin, double contourStep) {
        if (size < 2 || nx < 2 || nz < 2 || log10.length != nx * nz) {
            throw new IllegalArgumentException("need at least 2 texels and 2 × 2 nodes");
        }
        double[] l = new double[size * size];
        for (int j = 0; j < size; j++) {
            double y = (j + 0.5) / size * (nz - 1);
            int j0 = Math.min(nz - 2, (int) y);
            double fy = y - j0;
            for (int i = 0; i < size; i++) {
                double x = (i + 0.5) / size * (nx - 1);
                int i0 = Math.min(nx - 2, (int) x);
                double fx = x - i0;
                int k = j0 * nx + i0;
                l[j * size + i] = (1 - fy) * ((1 - fx) * log10[k] + fx * log10[k + 1])
                        + fy * ((1 - fx) * log10[k + nx] + fx * log10[k + nx + 1]);
            }
        }
        double span = logHi > logLo ? logHi - logLo : 1;
        float[] t = new float[size * size];
        int[] argb = new int[size * size];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                int k = j * size + i;
                double lk = l[k];
                if (!Double.isFinite(lk)) {
                    t[k] = Float.NaN;
                    argb[k] = NOT_FINITE;
                    continue;
                }
                double tk = Math.max(0, Math.min(1, (lk - logLo) / span));
                t[k] = (float) tk;
                int c = Colormap.argb(tk);
                double w = contourStep > 0 ? lineWeight(l, size, i, j, logLo, logHi, contourOrigin,
                        contourStep) : 0;
                argb[k] = w > 0 ? darken(c, LINE_DARKEN * w) : c;
            }
        }
        return new SurfaceTexture(size, t, argb);
    }

    /**
     * @return how strongly texel (i, j) lies on a contour line: 1 − (distance to the nearest level inside
     *         (lo, hi), in texels, by the local gradient) / {@link #LINE_HALF_WIDTH}, at least 0
     */
    static double lineWeight(double[] l, int size, int i, int j, double lo, double hi, double origin,
                             double step) {
        double lk = l[j * size + i];
        double level = origin + Math.rint((lk - origin) / step) * step;
        double eps = 1e-9 * step;
        if (!(level > lo + eps && level < hi - eps)) {
            return 0;
        }
        double gx = diff(l, size, i, j, 1, 0);
        double gy = diff(l, size, i, j, 0, 1);
        double g = Math.hypot(gx, gy);
        if (!(g > 0) || !Double.isFinite(g)) {
            return 0;
        }
        double texels = Math.abs(lk - level) / g;
        return Math.max(0, 1 - texels / LINE_HALF_WIDTH);
    }

    /** Central difference per texel along (di, dj), one-sided at the edges; NaN neighbours give NaN. */
    private static double diff(double[] l, int size, int i, int j, int di, int dj) {
        int i0 = Math.max(0, i - di);
        int j0 = Math.max(0, j - dj);
        int i1 = Math.min(size - 1, i + di);
        int j1 = Math.min(size - 1, j + dj);
        int steps = (i1 - i0) + (j1 - j0);
        return steps == 0 ? 0 : (l[j1 * size + i1] - l[j0 * size + i0]) / steps;
    }

    private static int darken(int argb, double f) {
        int r = (int) Math.round((argb >> 16 & 255) * (1 - f));
        int g = (int) Math.round((argb >> 8 & 255) * (1 - f));
        int b = (int) Math.round((argb & 255) * (1 - f));
        return argb & 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** @return the colour coordinate at (u, v) ∈ [0, 1]², bilinear between texel centres (NaN if any is NaN) */
    public double levelAt(double u, double v) {
        double x = Math.max(0, Math.min(size - 1, u * size - 0.5));
        double y = Math.max(0, Math.min(size - 1, v * size - 0.5));
        int i = Math.min(size - 2, (int) Math.floor(x));
        int j = Math.min(size - 2, (int) Math.floor(y));
        double fx = x - i;
        double fy = y - j;
        double l00 = level[j * size + i];
        double l10 = level[j * size + i + 1];
        double l01 = level[(j + 1) * size + i];
        double l11 = level[(j + 1) * size + i + 1];
        return (1 - fy) * ((1 - fx) * l00 + fx * l10) + fy * ((1 - fx) * l01 + fx * l11);
    }
}
