package org.igrexplorer.core.loss;

import org.igrexplorer.core.Numbers;

/**
 * The least and largest finite loss sampled over a box, and whether the loss is flat there: one value
 * everywhere (the paper's model with x = 0 is E = y²/2; a typed loss without a or b; any loss on a
 * plateau). On a flat loss ∇E = 0 and H = 0: no method moves from its start, there are no isolated
 * minima to draw and a colour scale has one colour. Immutable.
 *
 * @param lo least finite value sampled (+∞ when none is finite)
 * @param hi largest finite value sampled (−∞ when none is finite)
 */
public record LossRange(double lo, double hi) {

    /** Two sampled values closer than this, relative to their size, count as one value. */
    public static final double FLAT_TOLERANCE = 1e-12;

    /** Samples per side of a box that tell whether the loss is flat (the views, the teaching tab, the command line). */
    public static final int SAMPLES = 41;

    /** What each curve's status says on a flat loss (one text for the window and the command line). */
    public static final String STAYS_AT_START = "stays at the start: the loss is flat, ∇E = 0";

    /**
     * @param landscape the loss
     * @param box       where to sample, corners included
     * @param n         samples per side (≥ 2)
     * @return the range of the finite values on the n × n grid
     */
    public static LossRange sample(Landscape landscape, ViewBox box, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 samples per side, got " + n);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double b = box.bMin() + box.height() * j / (n - 1);
            for (int i = 0; i < n; i++) {
                double e = landscape.value(box.aMin() + box.width() * i / (n - 1), b);
                if (Double.isFinite(e)) {
                    lo = Math.min(lo, e);
                    hi = Math.max(hi, e);
                }
            }
        }
        return new LossRange(lo, hi);
    }

    /** @return whether some sampled value is finite */
    public boolean finite() {
        return lo <= hi;
    }

    /** @return whether every finite sample has the same value (within {@link #FLAT_TOLERANCE}) */
    public boolean flat() {
        return finite() && hi - lo <= FLAT_TOLERANCE * Math.max(Math.abs(lo), Math.abs(hi));
    }

    /** @return the value a flat loss takes, e.g. "0.18" (4 significant digits) */
    public String flatValue() {
        return Numbers.significant(hi, 4);
    }

    /** @return the sentence the status line and the command line show for a flat loss */
    public String flatSentence() {
        return "The loss is flat: E = " + flatValue() + " everywhere on the box, so ∇E = 0 and H = 0:"
                + " no method moves from the start and there are no minima to draw.";
    }
}
