package org.igrexplorer.core.loss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Eigenvalues of a landscape's 2 × 2 Hessian (closed form of the symmetric eigenproblem) and the
 * stable part of a minima set found from them: where gradient descent with step h can settle,
 * h·λ_max(H) &lt; 2.
 */
public final class Hessians {

    private Hessians() {
    }

    /** @return the eigenvalues {λ_min, λ_max} of the Hessian at θ */
    public static double[] eigenvalues(ThirdOrderLoss loss, double[] theta) {
        double[][] h = new double[2][2];
        loss.hessian(theta, h);
        double mean = 0.5 * (h[0][0] + h[1][1]);
        double half = 0.5 * (h[0][0] - h[1][1]);
        double off = 0.5 * (h[0][1] + h[1][0]);
        double r = Math.hypot(half, off);
        return new double[] {mean - r, mean + r};
    }

    /** @return the largest eigenvalue of the Hessian at θ */
    public static double largestEigenvalue(ThirdOrderLoss loss, double[] theta) {
        return eigenvalues(loss, theta)[1];
    }

    /** @return the largest |eigenvalue| of the Hessian at θ (its spectral radius) */
    public static double spectralRadius(ThirdOrderLoss loss, double[] theta) {
        double[] ev = eigenvalues(loss, theta);
        return Math.max(Math.abs(ev[0]), Math.abs(ev[1]));
    }

    /**
     * The stable minima of a landscape with step h: its closed-form arcs when it has them; otherwise its
     * minima curves sampled in {@code box}, cut where h·λ_max(H) crosses 2 (the ends placed by
     * bisection along the sampled segment), plus a degenerate arc for each stable isolated minimum.
     *
     * @param h   learning rate, &gt; 0
     * @param box where to look
     * @return the arcs (empty without known minima or when none is stable)
     */
    public static List<StabilityArc> stableMinima(Landscape landscape, double h, ViewBox box) {
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("h must be finite and > 0, got " + h);
        }
        var closed = landscape.stabilityArcs(h);
        if (closed.isPresent()) {
            return closed.get();
        }
        List<StabilityArc> out = new ArrayList<>();
        var minima = landscape.minima();
        if (minima.isEmpty()) {
            return Collections.unmodifiableList(out);
        }
        for (double[][] curve : minima.get().curves(box)) {
            List<double[]> run = new ArrayList<>();
            for (int i = 0; i < curve.length; i++) {
                boolean stable = isStable(landscape, h, curve[i]);
                if (stable) {
                    if (run.isEmpty() && i > 0) {
                        run.add(edge(landscape, h, curve[i - 1], curve[i]));
                    }
                    run.add(curve[i]);
                } else if (!run.isEmpty()) {
                    run.add(edge(landscape, h, curve[i], curve[i - 1]));
                    flush(run, out);
                }
            }
            flush(run, out);
        }
        for (double[] p : minima.get().points()) {
            if (isStable(landscape, h, p)) {
                out.add(new StabilityArc.Segment(p, p));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** @return whether h·λ_max(H) &lt; 2 at p (and λ_max is finite) */
    public static boolean isStable(Landscape landscape, double h, double[] p) {
        double l = landscape.largestHessianEigenvalue(p);
        return Double.isFinite(l) && h * l < 2.0;
    }

    /** Bisects the segment from an unstable point to a stable one for where h·λ_max = 2. */
    private static double[] edge(Landscape landscape, double h, double[] unstable, double[] stable) {
        double[] u = unstable.clone();
        double[] s = stable.clone();
        for (int k = 0; k < 40; k++) {
            double[] m = {0.5 * (u[0] + s[0]), 0.5 * (u[1] + s[1])};
            if (isStable(landscape, h, m)) {
                s = m;
            } else {
                u = m;
            }
        }
        return s;
    }

    private static void flush(List<double[]> run, List<StabilityArc> out) {
        if (run.size() >= 2) {
            out.add(new StabilityArc.Polyline(run.toArray(new double[0][])));
        }
        run.clear();
    }
}
