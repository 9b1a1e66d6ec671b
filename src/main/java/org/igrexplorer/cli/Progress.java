package org.igrexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long command on standard error: silent for the first {@value #QUIET_S} seconds, then
 * a line at most every {@value #PERIOD_S} seconds with the count, the share done and the time left,
 * and a last line when all is done. Owned by the command's thread.
 */
final class Progress {

    /** A command shorter than this prints no progress. */
    static final double QUIET_S = 2;
    /** Least interval between two progress lines. */
    static final double PERIOD_S = 2;

    private final PrintWriter err;
    private final String what;
    private final long start = System.nanoTime();
    private long lastLine;
    private boolean printed;

    /**
     * @param err  where the lines go
     * @param what what is counted, e.g. "learning rates"
     */
    Progress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    /** Reports that {@code done} of {@code total} are finished. */
    void report(long done, long total) {
        long now = System.nanoTime();
        double elapsed = (now - start) * 1e-9;
        boolean end = done >= total;
        if (elapsed < QUIET_S || (!end && (now - lastLine) * 1e-9 < PERIOD_S) || (end && !printed)) {
            return;
        }
        lastLine = now;
        printed = true;
        String left = done > 0 && !end ? String.format(Locale.ROOT, ", about %s left",
                duration(elapsed * (total - done) / done)) : "";
        err.println(String.format(Locale.ROOT, "%s: %d of %d (%.0f%%) after %s%s", what, done, total,
                100.0 * done / Math.max(1, total), duration(elapsed), left));
        err.flush();
    }

    /** @return e.g. "45 s", "3 min 20 s", "2 h 05 min" */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
