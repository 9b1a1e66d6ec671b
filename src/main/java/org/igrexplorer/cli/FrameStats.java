package org.igrexplorer.cli;

import java.util.Arrays;
import java.util.Locale;

/**
 * Frame rate and frame intervals of one benchmark phase, from the pulse time stamps recorded in it.
 *
 * @param frames    pulses recorded
 * @param fps       frames per second: intervals over the time they span
 * @param p50Ms     median frame interval, milliseconds
 * @param p95Ms     95th percentile of the frame interval (nearest rank), milliseconds
 * @param maxMs     longest frame interval, milliseconds
 */
record FrameStats(int frames, double fps, double p50Ms, double p95Ms, double maxMs) {

    /** No frames at all (e.g. a phase that could not run). */
    static final FrameStats NONE = new FrameStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /**
     * @param stampsNanos pulse time stamps in increasing order (not modified)
     * @return the statistics; {@link #NONE} with fewer than two stamps
     */
    static FrameStats of(long[] stampsNanos) {
        int n = stampsNanos.length;
        if (n < 2) {
            return NONE;
        }
        double[] ms = new double[n - 1];
        for (int i = 1; i < n; i++) {
            ms[i - 1] = (stampsNanos[i] - stampsNanos[i - 1]) / 1e6;
        }
        double spanS = (stampsNanos[n - 1] - stampsNanos[0]) / 1e9;
        Arrays.sort(ms);
        return new FrameStats(n, spanS > 0 ? (n - 1) / spanS : Double.NaN, percentile(ms, 50), percentile(ms, 95),
                ms[ms.length - 1]);
    }

    /** @return the nearest-rank percentile {@code p} (0 &lt; p ≤ 100) of sorted values */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** @return a number for the summary line: one decimal, or {@code NaN} */
    static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "NaN";
    }

    /** @return e.g. {@code "480 frames, 60.0 fps, frame interval p50 16.7 ms, p95 17.1 ms, max 33.4 ms"} */
    String describe() {
        if (frames < 2) {
            return "no frames";
        }
        return frames + " frames, " + fmt(fps) + " fps, frame interval p50 " + fmt(p50Ms) + " ms, p95 " + fmt(p95Ms)
                + " ms, max " + fmt(maxMs) + " ms";
    }
}
