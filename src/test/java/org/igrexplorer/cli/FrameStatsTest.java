package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameStatsTest {

    /** Milliseconds: the statistics are exact sums and ranks of the given intervals. */
    private static final double TOL_MS = 1e-9;

    @Test
    void ratesAndPercentilesOfKnownIntervals() {
        // 19 intervals of 10 ms and one of 200 ms: 21 frames over 0.39 s
        long[] t = new long[21];
        for (int i = 1; i < t.length; i++) {
            t[i] = t[i - 1] + (i == 7 ? 200_000_000L : 10_000_000L);
        }
        FrameStats s = FrameStats.of(t);
        assertEquals(21, s.frames());
        assertEquals(20 / 0.39, s.fps(), 1e-9);
        assertEquals(10, s.p50Ms(), TOL_MS);
        // nearest rank: the 19th of 20 sorted intervals is still 10 ms; the 20th is the stall
        assertEquals(10, s.p95Ms(), TOL_MS);
        assertEquals(200, s.maxMs(), TOL_MS);
    }

    @Test
    void aStallInOneFrameOfTenShowsAtTheNinetyFifthPercentile() {
        long[] t = new long[11];
        for (int i = 1; i < t.length; i++) {
            t[i] = t[i - 1] + (i == 3 ? 500_000_000L : 20_000_000L);
        }
        FrameStats s = FrameStats.of(t);
        assertEquals(500, s.p95Ms(), TOL_MS);
        assertEquals(20, s.p50Ms(), TOL_MS);
    }

    @Test
    void tooFewFramesGiveNoNumbers() {
        assertEquals(FrameStats.NONE, FrameStats.of(new long[] {5}));
        assertTrue(Double.isNaN(FrameStats.of(new long[0]).fps()));
        assertEquals("NaN", FrameStats.fmt(Double.NaN));
        assertEquals("12.3", FrameStats.fmt(12.34));
    }
}
