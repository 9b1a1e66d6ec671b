package org.igrexplorer.core.loss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The minima of a landscape in closed form: curves (a parametrised family, e.g. the hyperbola
 * ab = y/x or the ring a² + b² = 1) and isolated points. The views draw them from here, sampled once.
 * Immutable.
 *
 * @param label    legend text, e.g. "minima ab = 0.6"
 * @param points   isolated minima {a, b}
 * @param families curve families; each maps a box to its pieces inside the box
 */
public record Minima(String label, List<double[]> points, List<CurveFamily> families) {

    /** Samples per curve family and box. */
    public static final int SAMPLES = 400;

    /** A family of minima curves, sampled within a box. */
    @FunctionalInterface
    public interface CurveFamily {
        /**
         * @param box the box to sample in
         * @param n   samples along the whole curve
         * @return points {a, b} along the curve in order; NaN entries break it
         */
        double[][] sample(ViewBox box, int n);
    }

    public Minima {
        points = points.stream().map(double[]::clone).toList();
        families = List.copyOf(families);
    }

    @Override
    public List<double[]> points() {
        return points.stream().map(double[]::clone).toList();
    }

    /** @return isolated minima only */
    public static Minima ofPoints(String label, double[]... points) {
        return new Minima(label, List.of(points), List.of());
    }

    /** @return one or more curve families */
    public static Minima ofCurves(String label, CurveFamily... families) {
        return new Minima(label, List.of(), List.of(families));
    }

    /**
     * @param t     parameter values → point {a, b}
     * @param from  first parameter value
     * @param to    last parameter value
     * @return a family tracing {@code t} from {@code from} to {@code to} (evenly in the parameter)
     */
    public static CurveFamily parametric(DoubleFunction<double[]> t, double from, double to) {
        return (box, n) -> {
            double[][] out = new double[n][];
            for (int i = 0; i < n; i++) {
                out[i] = t.apply(from + (to - from) * i / (n - 1));
            }
            return out;
        };
    }

    /**
     * The curves as polylines inside {@code box}: each family sampled with {@value #SAMPLES} points and
     * cut where it leaves the box (a piece keeps the first point outside at each end, so lines reach the
     * frame). Pieces of fewer than two points are dropped.
     *
     * @return the pieces, each an array of {a, b}
     */
    public List<double[][]> curves(ViewBox box) {
        List<double[][]> out = new ArrayList<>();
        for (CurveFamily f : families) {
            double[][] pts = f.sample(box, SAMPLES);
            List<double[]> run = new ArrayList<>();
            double[] lastOutside = null;
            for (double[] p : pts) {
                boolean ok = Double.isFinite(p[0]) && Double.isFinite(p[1]);
                boolean in = ok && box.contains(p[0], p[1]);
                if (in) {
                    if (run.isEmpty() && lastOutside != null) {
                        run.add(lastOutside);
                    }
                    run.add(p);
                } else {
                    if (!run.isEmpty()) {
                        if (ok) {
                            run.add(p);
                        }
                        flush(run, out);
                    }
                    lastOutside = ok ? p : null;
                }
            }
            flush(run, out);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Which part of the minima set (an isolated point or a curve family, numbered points first) lies
     * nearest (a, b); the curves are sampled in a square around the origin that holds the point.
     *
     * @return the index, or −1 when there are no minima (curves are not searched for a point beyond
     *         {@link ViewBox#MAX_MAGNITUDE}/2 or not finite)
     */
    public int component(double a, double b) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            double d = Math.hypot(points.get(i)[0] - a, points.get(i)[1] - b);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        double reach = 2.0 * Math.max(Math.abs(a), Math.abs(b));
        if (!(reach <= ViewBox.MAX_MAGNITUDE)) {
            return best;
        }
        ViewBox box = ViewBox.square(Math.max(1.0, reach));
        for (int k = 0; k < families.size(); k++) {
            for (double[] p : families.get(k).sample(box, SAMPLES)) {
                double d = Math.hypot(p[0] - a, p[1] - b);
                if (d < bestD) {
                    bestD = d;
                    best = points.size() + k;
                }
            }
        }
        return best;
    }

    private static void flush(List<double[]> run, List<double[][]> out) {
        if (run.size() >= 2) {
            out.add(run.toArray(new double[0][]));
        }
        run.clear();
    }
}
