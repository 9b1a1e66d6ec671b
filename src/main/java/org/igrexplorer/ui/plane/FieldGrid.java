package org.igrexplorer.ui.plane;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LossRange;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.ui.plot.Heatmap;
import org.igrexplorer.ui.plot.Contours;
import org.igrexplorer.ui.render.SceneMapping;

/**
 * The log of the shown loss (E, or E − min E over the box: {@link SceneMapping#shown}) sampled on a grid
 * over a view box, with its heatmap image and contour lines ({@link Contours}), for the 2D plane. Where
 * E is not finite the heatmap is transparent and no contour passes. Built off the FX thread; immutable
 * afterwards.
 */
public final class FieldGrid {

    private final ViewBox box;
    private final int n;
    private final double[] logE;
    private final double logLo;
    private final double logHi;
    private final BufferedImage image;
    private final List<double[]> contours;
    private final String label;
    private final double[] lambdaMax;
    private final LossRange range;
    private double stableH = Double.NaN;
    private BufferedImage stableImage;
    private double[] stableBoundary;

    /** Colour of the stability region h·λ_max(H) &lt; 2 (translucent) and of its boundary. */
    public static final Color STABLE = new Color(0x00, 0x9E, 0x73);

    private FieldGrid(ViewBox box, int n, double[] logE, double logLo, double logHi, BufferedImage image,
                      List<double[]> contours, String label, double[] lambdaMax, LossRange range) {
        this.range = range;
        this.label = label;
        this.lambdaMax = lambdaMax;
        this.box = box;
        this.n = n;
        this.logE = logE;
        this.logLo = logLo;
        this.logHi = logHi;
        this.image = image;
        this.contours = contours;
    }

    /**
     * @param mapping the landscape, the shift of the shown quantity and the colour scale (log₁₀ of the shown
     *                value at its bottom and top; lower values share the lowest colour)
     * @param box     region
     * @param n       samples per side (≥ 2)
     */
    public static FieldGrid compute(SceneMapping mapping, ViewBox box, int n) {
        Landscape model = mapping.landscape();
        double logLo = mapping.colourLogLo();
        double logHi = mapping.colourLogHi();
        double[] v = new double[n * n];
        double[] lmax = new double[n * n];
        double eLo = Double.POSITIVE_INFINITY;
        double eHi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double b = box.bMin() + box.height() * j / (n - 1);
            for (int i = 0; i < n; i++) {
                double a = box.aMin() + box.width() * i / (n - 1);
                double e = model.value(a, b);
                if (!Double.isFinite(e)) {
                    v[j * n + i] = Double.NaN;
                    lmax[j * n + i] = Double.NaN;
                    continue;
                }
                eLo = Math.min(eLo, e);
                eHi = Math.max(eHi, e);
                lmax[j * n + i] = model.largestHessianEigenvalue(new double[] {a, b});
                v[j * n + i] = mapping.colourLevel(e);
            }
        }
        BufferedImage img = Heatmap.of(v, n, n, logLo, logHi);
        List<double[]> lines = new ArrayList<>();
        double first = Math.ceil(logLo / Contours.LOG_STEP) * Contours.LOG_STEP;
        for (double level = first; level < logHi; level += Contours.LOG_STEP) {
            lines.add(Contours.segments(v, n, box, level));
        }
        return new FieldGrid(box, n, v, logLo, logHi, img, Collections.unmodifiableList(lines), mapping.colourLabel(),
                lmax, new LossRange(eLo, eHi));
    }

    public ViewBox box() {
        return box;
    }

    /** @return the least and largest finite E on the grid; {@link LossRange#flat()} when the field is one value */
    public LossRange range() {
        return range;
    }

    /** @return what the colours show, for the colour key ("log₁₀ E" or "log₁₀(E − E_min), …") */
    public String label() {
        return label;
    }

    public int size() {
        return n;
    }

    /** @return log₁₀E at grid node (i, j), i along a, j along b */
    public double logLoss(int i, int j) {
        return logE[j * n + i];
    }

    public double logLo() {
        return logLo;
    }

    public double logHi() {
        return logHi;
    }

    /** @return the heatmap, top row = largest b. Do not modify. */
    public BufferedImage image() {
        return image;
    }

    /** @return λ_max of the Hessian at grid node (i, j) (NaN where E is not finite) */
    public double lambdaMax(int i, int j) {
        return lambdaMax[j * n + i];
    }

    /**
     * The stability region of gradient descent with step h, where h·λ_max(H) &lt; 2, as a translucent
     * image over the grid (top row = largest b), computed once per h.
     *
     * @return the image; transparent where GD cannot settle. Do not modify.
     */
    public synchronized BufferedImage stableImage(double h) {
        prepareStable(h);
        return stableImage;
    }

    /** @return the boundary h·λ_max(H) = 2 as (a0, b0, a1, b1) segments. Do not modify. */
    public synchronized double[] stableBoundary(double h) {
        prepareStable(h);
        return stableBoundary;
    }

    private void prepareStable(double h) {
        if (h == stableH) {
            return;
        }
        int tint = (70 << 24) | (STABLE.getRGB() & 0xFFFFFF);
        stableImage = Heatmap.image(n, n, (i, j) -> h * lambdaMax[j * n + i] < 2 ? tint : 0);
        stableBoundary = Contours.segments(lambdaMax, n, box, 2.0 / h);
        stableH = h;
    }

    /** @return per contour level, segments as (a0, b0, a1, b1) quadruples. Do not modify the arrays. */
    public List<double[]> contours() {
        return contours;
    }
}
