package org.igrexplorer.core.teaching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.igrexplorer.core.loss.TwoParameterModel;

/**
 * Where on the set of minima gradient descent with step h can settle: the minima with
 * h·x²(a² + b²) &lt; 2 (the top Hessian eigenvalue at a minimum is x²(a² + b²)).
 * <p>
 * On the hyperbola a b = c, c = y/x, put u = a² and K = 2/(h x²): the condition u + c²/u &lt; K is
 * u² − K u + c² &lt; 0, so u lies between u± = (K ± sqrt(K² − 4c²))/2 (with u₋ = c²/u₊). The band is two
 * open arcs, one per branch, |a| ∈ (sqrt(u₋), sqrt(u₊)); it is empty when K ≤ 2|c|, that is when
 * h ≥ 1/|x y|. When y = 0 (and x ≠ 0) the minima are the two axes and the band is the segments
 * |a| &lt; sqrt(K) on b = 0 and |b| &lt; sqrt(K) on a = 0. When x = 0 the loss is constant: no band.
 */
public final class StabilityBand {

    /** How an arc is traced between its ends. */
    public enum Shape {
        /** Along the hyperbola b = c/a, a between the ends (same sign). */
        HYPERBOLA,
        /** A straight segment (a coordinate axis, when y = 0). */
        SEGMENT
    }

    /**
     * One open arc of stable minima. Its ends are where h·x²(a² + b²) = 2.
     *
     * @param from  one end {a, b}
     * @param to    the other end {a, b}
     * @param shape how to trace between them
     * @param c     y/x, the hyperbola constant (0 for segments)
     */
    public record Arc(double[] from, double[] to, Shape shape, double c) {
        public Arc {
            from = from.clone();
            to = to.clone();
        }

        @Override
        public double[] from() {
            return from.clone();
        }

        @Override
        public double[] to() {
            return to.clone();
        }

        /**
         * @param count number of points, ≥ 2
         * @return {@code count} points {a, b} from {@link #from()} to {@link #to()} on the arc,
         *         geometrically spaced in a along a hyperbola (evenly along a segment)
         */
        public double[][] sample(int count) {
            if (count < 2) {
                throw new IllegalArgumentException("need at least two points");
            }
            double[][] out = new double[count][];
            for (int i = 0; i < count; i++) {
                double s = (double) i / (count - 1);
                if (shape == Shape.HYPERBOLA) {
                    double a = from[0] * Math.pow(to[0] / from[0], s);
                    out[i] = new double[] {a, c / a};
                } else {
                    out[i] = new double[] {from[0] + s * (to[0] - from[0]), from[1] + s * (to[1] - from[1])};
                }
            }
            out[0] = from.clone();
            out[count - 1] = to.clone();
            return out;
        }
    }

    private StabilityBand() {
    }

    /**
     * @param model the data point
     * @param h     learning rate, h &gt; 0
     * @return the arcs of stable minima (empty if none)
     */
    public static List<Arc> arcs(TwoParameterModel model, double h) {
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("h must be finite and > 0, got " + h);
        }
        double x = model.x();
        double y = model.y();
        List<Arc> out = new ArrayList<>();
        if (x == 0.0) {
            return Collections.unmodifiableList(out);
        }
        double k = 2.0 / (h * x * x);
        if (y == 0.0) {
            double r = Math.sqrt(k);
            out.add(new Arc(new double[] {-r, 0.0}, new double[] {r, 0.0}, Shape.SEGMENT, 0.0));
            out.add(new Arc(new double[] {0.0, -r}, new double[] {0.0, r}, Shape.SEGMENT, 0.0));
            return Collections.unmodifiableList(out);
        }
        double c = y / x;
        double disc = k * k - 4.0 * c * c;
        if (!(disc > 0)) {
            return Collections.unmodifiableList(out);
        }
        double uPlus = 0.5 * (k + Math.sqrt(disc));
        double uMinus = c * c / uPlus;
        double lo = Math.sqrt(uMinus);
        double hi = Math.sqrt(uPlus);
        for (double sign : new double[] {1.0, -1.0}) {
            double a0 = sign * lo;
            double a1 = sign * hi;
            out.add(new Arc(new double[] {a0, c / a0}, new double[] {a1, c / a1}, Shape.HYPERBOLA, c));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @return the largest h for which the band is not empty, 1/|x y| (infinite when x y = 0 and x ≠ 0;
     *         0 when x = 0)
     */
    public static double criticalH(TwoParameterModel model) {
        if (model.x() == 0.0) {
            return 0.0;
        }
        double xy = Math.abs(model.x() * model.y());
        return xy == 0.0 ? Double.POSITIVE_INFINITY : 1.0 / xy;
    }
}
