package org.igrexplorer.core.loss;

/**
 * One open arc of minima where gradient descent with step h can settle (h·λ_max(H) &lt; 2): a piece
 * of a hyperbola or a segment in closed form, or a polyline found numerically. Its ends are where
 * h·λ_max = 2 (or where the minima leave the box searched).
 */
public sealed interface StabilityArc permits StabilityArc.Hyperbola, StabilityArc.Segment, StabilityArc.Polyline {

    /** @return one end {a, b} */
    double[] from();

    /** @return the other end {a, b} */
    double[] to();

    /**
     * @param count number of points, ≥ 2
     * @return {@code count} points {a, b} from {@link #from()} to {@link #to()} along the arc
     */
    double[][] sample(int count);

    /**
     * A piece of the hyperbola ab = c, a between the ends (same sign), sampled geometrically in a.
     *
     * @param from one end
     * @param to   the other end
     * @param c    the hyperbola constant
     */
    record Hyperbola(double[] from, double[] to, double c) implements StabilityArc {
        public Hyperbola {
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

        @Override
        public double[][] sample(int count) {
            double[][] out = new double[checked(count)][];
            for (int i = 0; i < count; i++) {
                double a = from[0] * Math.pow(to[0] / from[0], (double) i / (count - 1));
                out[i] = new double[] {a, c / a};
            }
            out[0] = from.clone();
            out[count - 1] = to.clone();
            return out;
        }
    }

    /**
     * A straight segment (e.g. a line of minima).
     *
     * @param from one end
     * @param to   the other end
     */
    record Segment(double[] from, double[] to) implements StabilityArc {
        public Segment {
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

        @Override
        public double[][] sample(int count) {
            double[][] out = new double[checked(count)][];
            for (int i = 0; i < count; i++) {
                double s = (double) i / (count - 1);
                out[i] = new double[] {from[0] + s * (to[0] - from[0]), from[1] + s * (to[1] - from[1])};
            }
            return out;
        }
    }

    /**
     * A polyline through sampled minima (found numerically).
     *
     * @param points at least two points {a, b}
     */
    record Polyline(double[][] points) implements StabilityArc {
        public Polyline {
            if (points.length < 2) {
                throw new IllegalArgumentException("a polyline needs at least two points");
            }
            double[][] copy = new double[points.length][];
            for (int i = 0; i < points.length; i++) {
                copy[i] = points[i].clone();
            }
            points = copy;
        }

        @Override
        public double[][] points() {
            return sample(points.length);
        }

        @Override
        public double[] from() {
            return points[0].clone();
        }

        @Override
        public double[] to() {
            return points[points.length - 1].clone();
        }

        /** Resamples evenly in the polyline's index (exact copies when {@code count} equals its size). */
        @Override
        public double[][] sample(int count) {
            double[][] out = new double[checked(count)][];
            int last = points.length - 1;
            for (int i = 0; i < count; i++) {
                double u = (double) i * last / (count - 1);
                int k = Math.min(last - 1, (int) Math.floor(u));
                double s = u - k;
                out[i] = new double[] {points[k][0] + s * (points[k + 1][0] - points[k][0]),
                    points[k][1] + s * (points[k + 1][1] - points[k][1])};
            }
            return out;
        }
    }

    private static int checked(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("need at least two points");
        }
        return count;
    }
}
