package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igrexplorer.ui.Fx3dSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code bench-ui} briefly on the real window (GTK + ES2 under Xvfb): the drag must move the start
 * point and the orbit must turn the camera (the command fails otherwise), and the last line must carry
 * every figure. Speed is not judged here: that is what the benchmark itself is for.
 */
@Tag("fx-3d")
class BenchUiCommandTest {

    private static final Pattern LAST = Pattern.compile("drag_fps=([0-9.]+) drag_p95_ms=([0-9.]+) "
            + "orbit_fps=([0-9.]+) orbit_p95_ms=([0-9.]+) idle_cpu_percent=([0-9.]+)");

    @Test
    void measuresADragAnOrbitAndIdleOnTheRealWindow() throws Exception {
        Fx3dSupport.startToolkit();
        Fx3dSupport.require3d();
        CliRun r = CliRun.of("bench-ui", "--drag-seconds", "1.5", "--orbit-seconds", "1.5", "--idle-seconds", "1",
                "--settle-seconds", "0.5", "--warmup-seconds", "0.5", "--width", "1280", "--height", "800");
        assertEquals(0, r.code(), r.err() + r.out());
        String[] lines = r.out().strip().split("\n");
        Matcher m = LAST.matcher(lines[lines.length - 1]);
        assertTrue(m.matches(), r.out());
        assertTrue(Double.parseDouble(m.group(1)) > 0, "drag frames were counted: " + r.out());
        assertTrue(Double.parseDouble(m.group(3)) > 0, "orbit frames were counted: " + r.out());
        assertTrue(r.out().contains("drag: ") && r.out().contains("orbit: "), r.out());
        assertTrue(r.out().contains("warm-up: 0.5 s of drag and of orbit (not measured)"), r.out());
    }

    @Test
    void refusesNonsenseDurations() {
        CliRun r = CliRun.of("bench-ui", "--drag-seconds", "0");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("--drag-seconds"), r.err());
    }
}
