package org.igrexplorer.ui.render;

import org.igrexplorer.core.loss.TwoParameterModel;

/**
 * Maps the model to 3D world coordinates and colours, the same for the surface, the trajectories
 * and the axes. World: a → X ∈ [−{@value #HALF}, {@value #HALF}], b → Z (away from the viewer), height
 * → −Y (JavaFX's Y points down), height ∈ [0, {@value #HEIGHT}]. Colour: a log-scaled loss,
 * t = (log₁₀E − log₁₀E_lo) / (log₁₀E_max − log₁₀E_lo) with E_lo = E_max·{@value #COLOUR_DECADES_FLOOR}.
 * Immutable and thread-safe.
 */
public final class SceneMapping {

    /** Half the world width of the box. */
    public static final double HALF = 200;
    /** World height of the tallest point. */
    public static final double HEIGHT = 150;
    /** The colour scale spans this ratio below the largest loss. */
    public static final double COLOUR_DECADES_FLOOR = 1e-4;

    private final TwoParameterModel model;
    private final ViewBox box;
    private final HeightMode mode;
    private final double eMax;
    private final double eClip;
    private final double e0;
    private final double logNorm;
    private final double logLo;
    private final double logHi;

    public SceneMapping(TwoParameterModel model, ViewBox box, HeightMode mode) {
        this.model = model;
        this.box = box;
        this.mode = mode;
        double m = 0;
        for (double a : new double[] {box.aMin(), box.aMax()}) {
            for (double b : new double[] {box.bMin(), box.bMax()}) {
                m = Math.max(m, model.loss(a, b));
            }
        }
        // E is a polynomial whose maximum over a box is at a corner or on an edge through the axes
        for (double a : new double[] {box.aMin(), box.aMax(), 0}) {
            m = Math.max(m, model.loss(a, 0));
        }
        this.eMax = m > 0 ? m : 1.0;
        this.eClip = eMax * 0.25;
        this.e0 = eMax * 1e-3;
        this.logNorm = Math.log1p(eMax / e0);
        this.logHi = Math.log10(eMax);
        this.logLo = Math.log10(eMax * COLOUR_DECADES_FLOOR);
    }

    public TwoParameterModel model() {
        return model;
    }

    public ViewBox box() {
        return box;
    }

    public HeightMode mode() {
        return mode;
    }

    /** @return the largest loss on the box (at least its corners and axis crossings) */
    public double maxLoss() {
        return eMax;
    }

    public double worldX(double a) {
        return (a - box.aMin()) / box.width() * 2 * HALF - HALF;
    }

    public double worldZ(double b) {
        return (b - box.bMin()) / box.height() * 2 * HALF - HALF;
    }

    public double aOf(double worldX) {
        return box.aMin() + (worldX + HALF) / (2 * HALF) * box.width();
    }

    public double bOf(double worldZ) {
        return box.bMin() + (worldZ + HALF) / (2 * HALF) * box.height();
    }

    /** @return the height (≥ 0, up) of a loss value */
    public double height(double e) {
        if (!(e > 0)) {
            return 0;
        }
        return switch (mode) {
            case LOG -> HEIGHT * Math.min(1.0, Math.log1p(e / e0) / logNorm);
            case CLIPPED -> HEIGHT * Math.min(1.0, e / eClip);
        };
    }

    /** @return the loss at a height (inverse of {@link #height}; the clip value for the lid) */
    public double lossAtHeight(double hWorld) {
        double f = Math.max(0, Math.min(1, hWorld / HEIGHT));
        return switch (mode) {
            case LOG -> e0 * Math.expm1(f * logNorm);
            case CLIPPED -> f * eClip;
        };
    }

    /** @return the world Y (down) of the surface at (a, b) */
    public double worldY(double a, double b) {
        return -height(model.loss(a, b));
    }

    /** @return the colour coordinate in [0, 1] of a loss value (log scale) */
    public double colour(double e) {
        if (!(e > 0)) {
            return 0;
        }
        double t = (Math.log10(e) - logLo) / (logHi - logLo);
        return Math.max(0, Math.min(1, t));
    }

    /** @return log₁₀ of the lowest loss that gets its own colour */
    public double colourLogLo() {
        return logLo;
    }

    /** @return log₁₀ of the loss at the top of the colour scale */
    public double colourLogHi() {
        return logHi;
    }
}
