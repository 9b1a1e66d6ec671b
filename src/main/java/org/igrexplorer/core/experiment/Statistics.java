package org.igrexplorer.core.experiment;

/** Small numerical helpers for experiments. */
public final class Statistics {

    private Statistics() {
    }

    /**
     * @return {@code count} values from {@code from} to {@code to} (both included), evenly spaced in log
     */
    public static double[] logSpace(double from, double to, int count) {
        if (!(from > 0) || !(to > 0) || count < 1) {
            throw new IllegalArgumentException("logSpace needs from, to > 0 and count ≥ 1");
        }
        double[] out = new double[count];
        if (count == 1) {
            out[0] = from;
            return out;
        }
        double lf = Math.log(from);
        double lt = Math.log(to);
        for (int i = 0; i < count; i++) {
            out[i] = Math.exp(lf + (lt - lf) * i / (count - 1));
        }
        out[0] = from;
        out[count - 1] = to;
        return out;
    }

    /**
     * @return {@code count} values from {@code from} to {@code to} (both included), evenly spaced
     */
    public static double[] linSpace(double from, double to, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("linSpace needs count ≥ 1");
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = count == 1 ? from : from + (to - from) * i / (count - 1);
        }
        return out;
    }

    /**
     * Least-squares slope of log y against log x.
     *
     * @param xs positive abscissae. Not modified.
     * @param ys positive ordinates. Not modified.
     * @return the fitted slope
     */
    public static double logLogSlope(double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("need at least two points of equal count");
        }
        int n = xs.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(xs[i]);
            my += Math.log(ys[i]);
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(xs[i]) - mx;
            sxy += dx * (Math.log(ys[i]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
