package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading threads' CPU time from Linux's stat lines, their roles, and the per-frame split bench-ui prints. */
class ThreadCpuTest {

    @Test
    void parsesTheNameWithSpacesAndParenthesesAndAddsUserAndSystemTicks() {
        // utime 250 ticks + stime 30 ticks at 100 ticks per second = 2800 ms
        var e = ThreadCpu.parse("4242 (JavaFX Applicat) S 1 4242 4242 0 -1 4194560 900 0 3 0 250 30 0 0 20 0 40 0");
        assertEquals("JavaFX Applicat", e.getKey());
        assertEquals(2800, e.getValue(), 1e-9);
        var odd = ThreadCpu.parse("7 (a (b) c) R 1 7 7 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0");
        assertEquals("a (b) c", odd.getKey());
        assertEquals(110, odd.getValue(), 1e-9);
        assertNull(ThreadCpu.parse("garbage"));
        assertNull(ThreadCpu.parse("9 (x) S 1 2"));
    }

    @Test
    void rolesFollowTheThreadNames() {
        assertEquals(ThreadCpu.Role.RENDER, ThreadCpu.Role.of("QuantumRenderer"));
        assertEquals(ThreadCpu.Role.RASTER, ThreadCpu.Role.of("llvmpipe-1"));
        assertEquals(ThreadCpu.Role.FX, ThreadCpu.Role.of("JavaFX Applicat"));
        assertEquals(ThreadCpu.Role.COMPUTE, ThreadCpu.Role.of("igr-compute-1"));
        assertEquals(ThreadCpu.Role.JIT, ThreadCpu.Role.of("C2 CompilerThre"));
        assertEquals(ThreadCpu.Role.GC, ThreadCpu.Role.of("GC Thread#0"));
        assertEquals(ThreadCpu.Role.OTHER, ThreadCpu.Role.of("bench-ui-mouse"));
    }

    @Test
    void perFrameDividesEachRolesTimeByTheFrameIntervals() {
        Map<ThreadCpu.Role, Double> before = new EnumMap<>(ThreadCpu.Role.class);
        Map<ThreadCpu.Role, Double> after = new EnumMap<>(ThreadCpu.Role.class);
        before.put(ThreadCpu.Role.RENDER, 100.0);
        after.put(ThreadCpu.Role.RENDER, 300.0);
        after.put(ThreadCpu.Role.RASTER, 50.0);
        // 11 frames: 10 intervals
        String s = ThreadCpu.perFrame(before, after, 11);
        assertTrue(s.contains("render thread 20.0 ms"), s);
        assertTrue(s.contains("GL rasterizer 5.0 ms"), s);
        assertTrue(s.contains("FX thread 0.0 ms"), s);
        assertEquals("", ThreadCpu.perFrame(Map.of(), after, 11));
        assertEquals("", ThreadCpu.perFrame(before, after, 1));
    }

    @Test
    void thisProcessesThreadsAreReadWhereLinuxSaysSo() {
        Map<ThreadCpu.Role, Double> now = ThreadCpu.now();
        if (Files.isDirectory(Path.of("/proc/self/task"))) {
            double sum = now.values().stream().mapToDouble(Double::doubleValue).sum();
            assertTrue(sum > 0, "a running JVM has used CPU: " + now);
        } else {
            assertTrue(now.isEmpty());
        }
    }
}
