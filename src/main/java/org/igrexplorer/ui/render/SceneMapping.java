package org.igrexplorer.ui.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LossRange;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.ui.plot.Axis;

/**
 * Maps a landscape to 3D world coordinates and colours, the same for the surface, the trajectories,
 * the plane's heatmap and the axes. What is shown is s = E − E₀ with E₀ = 0 when the landscape knows
 * that E ≥ 0 reaches 0 (the shown quantity is then E itself), and E₀ = the least E sampled over the box
 * otherwise (E can be negative or not reach 0; the colour key says so). World: a → X ∈ [−{@value #HALF},
 * {@value #HALF}], b → Z (away from the viewer), height → −Y (JavaFX's Y points down), height ∈
 * [0, {@value #HEIGHT}]. Colour: t = (log₁₀s − log₁₀s_lo) / (log₁₀s_max − log₁₀s_lo) with
 * s_lo = s_max·{@value #COLOUR_DECADES_FLOOR}. A flat loss (one value E_flat over the box: {@link LossRange#flat()})
 * is drawn as a user expects a constant: a level surface at mid-height ({@value #HEIGHT}/2) in the colour at the
 * middle of the scale, its height axis with the one tick "E_flat", the same for every flat loss (the paper's model
 * with x = 0, a typed constant, a negative one). Immutable and thread-safe.
 */
public final class SceneMapping {

    /** Half the world width of the box. */
    public static final double HALF = 200;
    /** World height of the tallest point. */
    public static final double HEIGHT = 150;
    /** The colour scale spans this ratio below the largest shown value. */
    public static final double COLOUR_DECADES_FLOOR = 1e-4;
    /** World height of a flat loss's level surface. */
    public static final double FLAT_HEIGHT = HEIGHT / 2;

    /** A tick of the height axis: its height (≥ 0, up) and its text. */
    public record HeightTick(double height, String text) {
    }

    private final Landscape landscape;
    private final ViewBox box;
    private final HeightMode mode;
    private final double shift;
    private final boolean shifted;
    private final double eMax;
    private final double eClip;
    private final double e0;
    private final double logNorm;
    private final double logLo;
    private final double logHi;
    private final LossRange range;
    private final boolean flat;

    public SceneMapping(Landscape landscape, ViewBox box, HeightMode mode) {
        this.landscape = landscape;
        this.box = box;
        this.mode = mode;
        this.range = LossRange.sample(landscape, box, LossRange.SAMPLES);
        double lo = range.lo();
        double hi = range.hi();
        boolean finite = range.finite();
        this.flat = range.flat();
        var bound = landscape.lowerBound();
        if (!finite || flat) {
            this.shift = 0;
            this.shifted = false;
        } else if (bound.isPresent() && bound.getAsDouble() == 0.0 && lo >= 0) {
            this.shift = 0;
            this.shifted = false;
        } else {
            this.shift = lo;
            this.shifted = true;
        }
        double m = finite ? hi - shift : 0;
        this.eMax = m > 0 ? m : 1.0;
        this.eClip = eMax * 0.25;
        this.e0 = eMax * 1e-3;
        this.logNorm = Math.log1p(eMax / e0);
        this.logHi = Math.log10(eMax);
        this.logLo = Math.log10(eMax * COLOUR_DECADES_FLOOR);
    }

    public Landscape landscape() {
        return landscape;
    }

    public ViewBox box() {
        return box;
    }

    public HeightMode mode() {
        return mode;
    }

    /** @return whether E is finite somewhere in the box (otherwise nothing can be drawn) */
    public boolean finiteInBox() {
        return range.finite();
    }

    /** @return the least and largest E sampled over the box; {@link LossRange#flat()} on a flat loss */
    public LossRange range() {
        return range;
    }

    /** @return E₀, subtracted from E before the log scale (0 unless {@link #shifted()}) */
    public double shift() {
        return shift;
    }

    /** @return whether the shown quantity is E − min E over the box rather than E */
    public boolean shifted() {
        return shifted;
    }

    /** @return the shown quantity s = E − E₀ of a loss value */
    public double shown(double e) {
        return e - shift;
    }

    /** @return what the colour key shows, e.g. "log₁₀ E" or "log₁₀(E − E_min), E_min = −0.5" */
    public String colourLabel() {
        return shifted ? String.format(Locale.ROOT, "log₁₀(E − E_min), E_min = %.4g on the box", shift)
                : "log₁₀ E";
    }

    /** @return the largest shown value on the box (sampled on a grid) */
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

    /** @return whether the loss is flat over the box: one level surface at {@link #FLAT_HEIGHT} in one colour */
    public boolean flat() {
        return flat;
    }

    /** @return the height (≥ 0, up) of a loss value ({@link #FLAT_HEIGHT} for every value of a flat loss) */
    public double height(double e) {
        if (flat) {
            return FLAT_HEIGHT;
        }
        double s = shown(e);
        if (!(s > 0)) {
            return 0;
        }
        return switch (mode) {
            case LOG -> HEIGHT * Math.min(1.0, Math.log1p(s / e0) / logNorm);
            case CLIP -> HEIGHT * Math.min(1.0, s / eClip);
        };
    }

    /** @return the loss at a height (inverse of {@link #height}; the clip value for the lid; a flat loss's one value) */
    public double lossAtHeight(double hWorld) {
        if (flat) {
            return range.hi();
        }
        double f = Math.max(0, Math.min(1, hWorld / HEIGHT));
        return shift + switch (mode) {
            case LOG -> e0 * Math.expm1(f * logNorm);
            case CLIP -> f * eClip;
        };
    }

    /** @return the world Y (down) of the surface at (a, b) */
    public double worldY(double a, double b) {
        return -height(landscape.value(a, b));
    }

    /** @return the colour coordinate in [0, 1] of a loss value (log scale of the shown quantity) */
    public double colour(double e) {
        double t = (colourLevel(e) - logLo) / (logHi - logLo);
        return Math.max(0, Math.min(1, t));
    }

    /**
     * @return what the colour scale of the plane's heatmap and the 3D surface's image takes for a loss value:
     *         log₁₀ of the shown value, at least {@link #colourLogLo()} − 3 (0 and below share the lowest
     *         colour); the middle of the scale for every value of a flat loss; NaN where E is not finite
     */
    public double colourLevel(double e) {
        if (!Double.isFinite(e)) {
            return Double.NaN;
        }
        if (flat) {
            return (logLo + logHi) / 2;
        }
        double s = shown(e);
        return s > 0 ? Math.max(logLo - 3, Math.log10(s)) : logLo - 3;
    }

    /**
     * @return the ticks of the height axis in the shown quantity: 0 and the decades up to the top (log
     *         height) or nice steps (clipped); a flat loss's one value at {@link #FLAT_HEIGHT}
     */
    public List<HeightTick> heightTicks() {
        if (flat) {
            return List.of(new HeightTick(FLAT_HEIGHT, range.flatValue()));
        }
        double eTop = lossAtHeight(HEIGHT) - shift;
        List<Double> eTicks = new ArrayList<>();
        if (mode == HeightMode.LOG) {
            for (double e : Axis.ticks(eTop * 1e-3, eTop, true, 4)) {
                double l = Math.log10(e);
                if (Math.abs(l - Math.rint(l)) < 1e-9) {
                    eTicks.add(e);
                }
            }
            eTicks.add(0, 0.0);
        } else {
            eTicks.addAll(Axis.ticks(0, eTop, false, 4));
        }
        double eStep = eTicks.size() > 2 ? eTicks.get(2) - eTicks.get(1) : eTop;
        List<HeightTick> out = new ArrayList<>();
        for (double e : eTicks) {
            out.add(new HeightTick(height(shift + e), Axis.format(e, mode == HeightMode.LOG, eStep)));
        }
        return out;
    }

    /** @return the height axis's title, e.g. "E (log height)", "E − E_min (clipped)" or "E (flat)" */
    public String heightTitle() {
        if (flat) {
            return "E (flat)";
        }
        return (shifted ? "E − E_min" : "E") + (mode == HeightMode.LOG ? " (log height)" : " (clipped)");
    }

    /** @return log₁₀ of the lowest shown value that gets its own colour */
    public double colourLogLo() {
        return logLo;
    }

    /** @return log₁₀ of the shown value at the top of the colour scale */
    public double colourLogHi() {
        return logHi;
    }
}
