package org.igrexplorer.core.teaching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.experiment.LearningRateSweep;
import org.igrexplorer.core.experiment.Statistics;
import org.igrexplorer.core.experiment.SweepPoint;
import org.igrexplorer.core.loss.Hessians;
import org.igrexplorer.core.loss.Landscape;

/**
 * Figure 1b of the paper from the current start, on any landscape: R_IG/E, λ_max(H) and ‖θ‖ where
 * gradient descent ends, against h, with every learning rate classified as a {@link Regime} and the regimes merged
 * into contiguous h-ranges a chart can shade.
 */
public final class Figure1b {

    /** Step budget per learning rate for the live panel. */
    public static final int DEFAULT_MAX_STEPS = 20_000;

    private Figure1b() {
    }

    /**
     * A contiguous range of learning rates in one regime. Boundaries between two sampled rates of
     * different regimes lie at their midpoint (the true switch is somewhere between them).
     *
     * @param regime the regime
     * @param hFrom  lower end
     * @param hTo    upper end
     */
    public record Range(Regime regime, double hFrom, double hTo) {
    }

    /**
     * @param parameters the preset: data, start and the current h (marked on the chart)
     * @param points     one sweep point per learning rate, in increasing h
     * @param regimes    the regime of each point
     * @param ranges     the regimes merged into contiguous ranges, covering [h₀, h_last]
     */
    public record Result(RunParameters parameters, List<SweepPoint> points, List<Regime> regimes,
                         List<Range> ranges) {
        public Result {
            points = List.copyOf(points);
            regimes = List.copyOf(regimes);
            ranges = List.copyOf(ranges);
        }

        /** @return the current learning rate, to be marked */
        public double currentH() {
            return parameters.h();
        }

        /** @return the smallest swept h at which GD diverged, or NaN if it never did */
        public double firstDivergentH() {
            return first(Regime.DIVERGED);
        }

        /** @return the smallest swept h at which GD ricocheted to the other branch, or NaN if it never did */
        public double firstRicochetH() {
            return first(Regime.RICOCHET);
        }

        private double first(Regime regime) {
            for (int i = 0; i < points.size(); i++) {
                if (regimes.get(i) == regime) {
                    return points.get(i).h();
                }
            }
            return Double.NaN;
        }
    }

    /**
     * The default learning rates: {@code count} values evenly spaced on (0, h_max] with
     * h_max = min(8/ℓ₀, 1.2·h_c), ℓ₀ the largest |Hessian eigenvalue| at the start and h_c = 2/λ_max at
     * the flattest known minimum (the paper's model: 1/|x y|). GD overshoots from the start once
     * h·ℓ₀ &gt; 2 and no minimum is stable once h &gt; h_c, so the range reaches into ricochets and
     * divergence instead of spending its points where everything diverges.
     *
     * @throws IllegalArgumentException if neither the start nor the flattest minimum gives a scale
     *                                  (flat loss: the paper's model with x·y = 0), or count &lt; 2
     */
    public static double[] defaultLearningRates(RunParameters p, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("need at least two learning rates");
        }
        Landscape l = p.landscape();
        double hc = l.flattestMinimum(p.a0(), p.b0())
                .map(m -> 2.0 / l.largestHessianEigenvalue(m))
                .filter(v -> v > 0 && Double.isFinite(v))
                .orElse(Double.POSITIVE_INFINITY);
        if (l.flattestMinimum(p.a0(), p.b0()).isEmpty() || hc == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Figure 1b needs minima of known, non-zero sharpness; "
                    + l.displayName() + " has none here (" + l.spec().describe() + ")");
        }
        double ell = Hessians.spectralRadius(l, p.start());
        double hMax = 1.2 * hc;
        if (ell > 0 && Double.isFinite(ell)) {
            hMax = Math.min(hMax, 8.0 / ell);
        }
        return Statistics.linSpace(hMax / count, hMax, count);
    }

    /**
     * @param p        data and start (its h is only marked)
     * @param hs       learning rates, strictly increasing, each &gt; 0. Not modified.
     * @param maxSteps step budget per rate
     * @return the sweep with regimes and ranges
     */
    public static Result compute(RunParameters p, double[] hs, int maxSteps) {
        for (int i = 1; i < hs.length; i++) {
            if (!(hs[i] > hs[i - 1])) {
                throw new IllegalArgumentException("learning rates must be strictly increasing");
            }
        }
        List<SweepPoint> points = LearningRateSweep.run(p.landscape(), p.a0(), p.b0(), hs, maxSteps,
                LearningRateSweep.DEFAULT_LIMITS);
        List<Regime> regimes = new ArrayList<>(points.size());
        for (SweepPoint sp : points) {
            regimes.add(Regime.of(sp));
        }
        return new Result(p, points, regimes, ranges(hs, regimes));
    }

    /** @return the regimes merged into ranges with boundaries at the midpoints between samples */
    static List<Range> ranges(double[] hs, List<Regime> regimes) {
        List<Range> out = new ArrayList<>();
        if (hs.length == 0) {
            return Collections.unmodifiableList(out);
        }
        int start = 0;
        for (int i = 1; i <= hs.length; i++) {
            if (i == hs.length || regimes.get(i) != regimes.get(start)) {
                double from = start == 0 ? hs[0] : 0.5 * (hs[start - 1] + hs[start]);
                double to = i == hs.length ? hs[hs.length - 1] : 0.5 * (hs[i - 1] + hs[i]);
                out.add(new Range(regimes.get(start), from, to));
                start = i;
            }
        }
        return Collections.unmodifiableList(out);
    }
}
