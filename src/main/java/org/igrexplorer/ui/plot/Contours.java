package org.igrexplorer.ui.plot;

import java.awt.geom.Path2D;
import java.util.Arrays;
import org.igrexplorer.core.loss.ViewBox;

/** Contour lines of a field sampled on a regular grid (the plane's contours, the 3D stability edge, the network landscape's contours). */
public final class Contours {

    /** Contour levels of log₁₀E, in the plane and on the 3D surface, are spaced this far apart (half a decade). */
    public static final double LOG_STEP = 0.5;

    private Contours() {
    }

    /**
     * Marching squares: the segments where the sampled field crosses {@code level}. A cell whose four
     * edges are all crossed (a saddle) is split by the mean of its corners: the corners on the mean's side
     * are joined through the cell, the other two are cut off.
     *
     * @param v     samples, v[j·n + i] at a = aMin + i·da, b = bMin + j·db; NaN cells are skipped
     * @param n     samples per side (≥ 2)
     * @param box   the region the samples cover, corners included
     * @param level the value of the contour
     * @return segments as (a0, b0, a1, b1) quadruples, one or two per crossed cell
     */
    public static double[] segments(double[] v, int n, ViewBox box, double level) {
        double[] out = new double[64];
        int k = 0;
        double da = box.width() / (n - 1);
        double db = box.height() / (n - 1);
        double[] px = new double[4];
        double[] py = new double[4];
        for (int j = 0; j < n - 1; j++) {
            for (int i = 0; i < n - 1; i++) {
                double v00 = v[j * n + i];
                double v10 = v[j * n + i + 1];
                double v01 = v[(j + 1) * n + i];
                double v11 = v[(j + 1) * n + i + 1];
                if (Double.isNaN(v00 + v10 + v01 + v11)) {
                    continue;
                }
                double a0 = box.aMin() + i * da;
                double b0 = box.bMin() + j * db;
                int c = 0;
                // edges: bottom (00-10), right (10-11), top (01-11), left (00-01)
                if ((v00 < level) != (v10 < level)) {
                    double t = (level - v00) / (v10 - v00);
                    px[c] = a0 + t * da;
                    py[c++] = b0;
                }
                if ((v10 < level) != (v11 < level)) {
                    double t = (level - v10) / (v11 - v10);
                    px[c] = a0 + da;
                    py[c++] = b0 + t * db;
                }
                if ((v01 < level) != (v11 < level)) {
                    double t = (level - v01) / (v11 - v01);
                    px[c] = a0 + t * da;
                    py[c++] = b0 + db;
                }
                if ((v00 < level) != (v01 < level)) {
                    double t = (level - v00) / (v01 - v00);
                    px[c] = a0;
                    py[c++] = b0 + t * db;
                }
                if (c == 4 && ((v00 + v10 + v01 + v11) / 4 < level) != (v00 < level)) {
                    // the saddle joins corners 10 and 01 through the middle: cut off 00 (bottom with left)
                    // and 11 (right with top) instead of 10 and 01
                    double ra = px[1];
                    double rb = py[1];
                    px[1] = px[3];
                    py[1] = py[3];
                    px[3] = px[2];
                    py[3] = py[2];
                    px[2] = ra;
                    py[2] = rb;
                }
                for (int s = 0; s + 1 < c; s += 2) {
                    if (k + 4 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[k++] = px[s];
                    out[k++] = py[s];
                    out[k++] = px[s + 1];
                    out[k++] = py[s + 1];
                }
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * @param segments (a0, b0, a1, b1) quadruples in data coordinates, as {@link #segments} returns them
     * @param tr       data → pixels
     * @return one path of the segments in pixels, for a single draw call
     */
    public static Path2D.Double pixelPath(double[] segments, PlotTransform tr) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i + 3 < segments.length; i += 4) {
            path.moveTo(tr.toPixelX(segments[i]), tr.toPixelY(segments[i + 1]));
            path.lineTo(tr.toPixelX(segments[i + 2]), tr.toPixelY(segments[i + 3]));
        }
        return path;
    }
}
