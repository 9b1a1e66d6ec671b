package org.igrexplorer.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * CPU time of this process's threads by role, read from Linux's {@code /proc/self/task/<tid>/stat}: the
 * frame rate on a shared machine depends on other programs' load, CPU time spent per frame much less, and
 * splitting it by thread says where a frame goes (JavaFX's render thread, Mesa's software rasterizer threads,
 * the FX thread, the app's computations, the JIT compiler, the garbage collector). Empty where there is no
 * {@code /proc} (other systems).
 */
final class ThreadCpu {

    /** What a thread does, from its name. */
    enum Role {
        /** JavaFX's render thread (QuantumRenderer): scene graph rendering and OpenGL command submission. */
        RENDER("render thread"),
        /** Mesa llvmpipe's rasterizer threads: the pixels of software OpenGL. */
        RASTER("GL rasterizer"),
        /** The JavaFX application thread: events, layout, CSS, canvas commands, scene updates. */
        FX("FX thread"),
        /** The application's background computations (igr-*). */
        COMPUTE("computations"),
        /** The JVM's just-in-time compilers (busy for the first tens of seconds). */
        JIT("JIT compiler"),
        /** The garbage collector's threads. */
        GC("GC"),
        OTHER("other");

        final String label;

        Role(String label) {
            this.label = label;
        }

        /** @return the role of a thread named {@code comm} (the kernel keeps its first 15 characters) */
        static Role of(String comm) {
            if (comm.startsWith("QuantumRenderer")) {
                return RENDER;
            }
            if (comm.startsWith("llvmpipe")) {
                return RASTER;
            }
            if (comm.startsWith("JavaFX Applicat")) {
                return FX;
            }
            if (comm.startsWith("igr-")) {
                return COMPUTE;
            }
            if (comm.startsWith("C1 ") || comm.startsWith("C2 ")) {
                return JIT;
            }
            if (comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")) {
                return GC;
            }
            return OTHER;
        }
    }

    /** Clock ticks per second of the stat file's utime and stime (USER_HZ, 100 on Linux). */
    static final double TICKS_PER_SECOND = 100;

    private ThreadCpu() {
    }

    /**
     * @param stat one line of {@code /proc/<pid>/task/<tid>/stat}: "tid (name) state ..." where the name may
     *             hold spaces and parentheses
     * @return the thread's name and its user + system CPU time in milliseconds, or null when the line is not
     *         of that form
     */
    static Map.Entry<String, Double> parse(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return null;
        }
        String[] f = stat.substring(close + 1).trim().split("\\s+");
        // after the name: state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14) stime(15)
        if (f.length < 13) {
            return null;
        }
        try {
            double ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return Map.entry(stat.substring(open + 1, close), ticks * 1000 / TICKS_PER_SECOND);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @return CPU milliseconds used so far by each role's live threads; empty without {@code /proc} */
    static Map<Role, Double> now() {
        Map<Role, Double> out = new EnumMap<>(Role.class);
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasks)) {
            for (Path t : ds) {
                try {
                    Map.Entry<String, Double> e = parse(Files.readString(t.resolve("stat")));
                    if (e != null) {
                        out.merge(Role.of(e.getKey()), e.getValue(), Double::sum);
                    }
                } catch (IOException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return new EnumMap<>(Role.class);
        }
        return out;
    }

    /**
     * @return e.g. {@code "; per frame by thread: render thread 20.0 ms, GL rasterizer 61.0 ms, FX thread 9.0 ms, …"}
     *         for the CPU used between two {@link #now()} readings over {@code frames} frames; "" when unknown
     */
    static String perFrame(Map<Role, Double> before, Map<Role, Double> after, int frames) {
        if (before.isEmpty() || after.isEmpty() || frames < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder("; per frame by thread:");
        String sep = " ";
        for (Role r : Role.values()) {
            double d = after.getOrDefault(r, 0.0) - before.getOrDefault(r, 0.0);
            sb.append(sep).append(r.label).append(' ').append(FrameStats.fmt(Math.max(0, d) / (frames - 1)))
                    .append(" ms");
            sep = ", ";
        }
        return sb.toString();
    }
}
