package org.igrexplorer.ui.export.animation;

import java.util.Locale;
import org.igrexplorer.core.Identified;

/**
 * What an animation export plays and how: the playback from step 0 to the last step at
 * {@code stepsPerSecond}, sampled at {@code fps} frames per second, with the last frame held for
 * {@code holdSeconds}, as frames of {@code width} × {@code height} pixels. Every value is checked
 * against its allowed range when the settings are made, and again against the run (frame count) in
 * {@link #plan(int)}, so a bad value is refused with the range before anything is rendered.
 *
 * @param format          GIF or MP4
 * @param width           frame width in pixels, {@value #MIN_SIDE}–{@value #MAX_SIDE} (even for MP4)
 * @param height          frame height in pixels, {@value #MIN_SIDE}–{@value #MAX_SIDE} (even for MP4)
 * @param fps             frames per second, 1 to the format's {@link AnimationFormat#maxFps()}
 * @param stepsPerSecond  playback speed, {@value #MIN_STEPS_PER_SECOND}–{@value #MAX_STEPS_PER_SECOND}
 * @param holdSeconds     how long the last frame stays, 0–{@value #MAX_HOLD_SECONDS} s
 * @param trail           whether the curves grow with the playback or are drawn whole from the start
 * @param orbitDegrees    3D view only: how far the camera turns about the vertical axis over the
 *                        animation, −{@value #MAX_ORBIT_DEGREES}–{@value #MAX_ORBIT_DEGREES}
 * @param caption         whether a caption line with the parameters and the step goes under each frame
 */
public record AnimationSettings(AnimationFormat format, int width, int height, double fps, double stepsPerSecond,
                                double holdSeconds, Trail trail, double orbitDegrees, boolean caption) {

    /** Smallest frame side, pixels. */
    public static final int MIN_SIDE = 64;
    /** Largest frame side, pixels (4K UHD width). */
    public static final int MAX_SIDE = 3840;
    /** Largest frame area, pixels (3840 × 2160). */
    public static final long MAX_PIXELS = 3840L * 2160L;
    /** Most frames of one animation (5 minutes at 20 fps). */
    public static final int MAX_FRAMES = 6000;
    /** Slowest and fastest playback, steps per second (the playback bar's range). */
    public static final double MIN_STEPS_PER_SECOND = 0.25;
    public static final double MAX_STEPS_PER_SECOND = 2000;
    /** Longest hold of the last frame, seconds. */
    public static final double MAX_HOLD_SECONDS = 30;
    /** Largest camera turn, degrees. */
    public static final double MAX_ORBIT_DEGREES = 720;

    /** Defaults: 20 fps, 20 steps per second, the last frame held 1 s, growing curves, no orbit. */
    public static final double DEFAULT_FPS = 20;
    public static final double DEFAULT_STEPS_PER_SECOND = 20;
    public static final double DEFAULT_HOLD_SECONDS = 1;

    /** How the curves are drawn during the animation. */
    public enum Trail implements Identified {
        /** Each curve is drawn up to the current step: the curves grow. */
        GROWING("growing"),
        /** The whole curves from the first frame; the markers move along them. */
        FULL("full");

        private final String id;

        Trail(String id) {
            this.id = id;
        }

        @Override

        public String id() {
            return id;
        }

        public static Trail fromId(String s) {
            return Identified.fromId(Trail.class, s, "trail");
        }
    }

    public AnimationSettings {
        if (format == null || trail == null) {
            throw new IllegalArgumentException("format and trail are required");
        }
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("frame width and height must be between " + MIN_SIDE + " and "
                    + MAX_SIDE + " pixels, got " + width + " × " + height);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("a frame may have at most " + MAX_PIXELS + " pixels (3840 × 2160), got "
                    + width + " × " + height);
        }
        if (format == AnimationFormat.MP4 && (width % 2 != 0 || height % 2 != 0)) {
            throw new IllegalArgumentException("MP4 (H.264, 4:2:0) needs an even width and height, got " + width
                    + " × " + height + "; e.g. " + (width & ~1) + " × " + (height & ~1));
        }
        if (!(fps >= 1 && fps <= format.maxFps())) {
            throw new IllegalArgumentException("frames per second must be between 1 and " + format.maxFps() + " for "
                    + format.id().toUpperCase(Locale.ROOT) + ", got " + fps);
        }
        if (!(stepsPerSecond >= MIN_STEPS_PER_SECOND && stepsPerSecond <= MAX_STEPS_PER_SECOND)) {
            throw new IllegalArgumentException("steps per second must be between " + MIN_STEPS_PER_SECOND + " and "
                    + fmt(MAX_STEPS_PER_SECOND) + ", got " + stepsPerSecond);
        }
        if (!(holdSeconds >= 0 && holdSeconds <= MAX_HOLD_SECONDS)) {
            throw new IllegalArgumentException("the hold of the last frame must be between 0 and "
                    + fmt(MAX_HOLD_SECONDS) + " s, got " + holdSeconds);
        }
        if (!(Math.abs(orbitDegrees) <= MAX_ORBIT_DEGREES)) {
            throw new IllegalArgumentException("the camera orbit must be between −" + fmt(MAX_ORBIT_DEGREES) + "° and "
                    + fmt(MAX_ORBIT_DEGREES) + "°, got " + orbitDegrees);
        }
    }

    /** @return the defaults for {@code format} at {@code width} × {@code height} */
    public static AnimationSettings defaults(AnimationFormat format, int width, int height) {
        return new AnimationSettings(format, width, height, DEFAULT_FPS, DEFAULT_STEPS_PER_SECOND,
                DEFAULT_HOLD_SECONDS, Trail.GROWING, 0, false);
    }

    /** @return a copy in another format and size (values otherwise unchanged, checked again) */
    public AnimationSettings with(AnimationFormat f, int w, int h) {
        return new AnimationSettings(f, w, h, fps, stepsPerSecond, holdSeconds, trail, orbitDegrees, caption);
    }

    /**
     * The frames of the playback of steps 0 … {@code lastStep}: frame k shows step
     * min(round(k·stepsPerSecond/fps), lastStep); the playing part ends on the frame that first reaches
     * the last step, then round(hold·fps) more frames show it.
     *
     * @param lastStep the last step of the run (≥ 1)
     * @return the plan
     * @throws IllegalArgumentException if there is nothing to play or the frame count is outside
     *                                  2–{@value #MAX_FRAMES}
     */
    public Plan plan(int lastStep) {
        if (lastStep < 1) {
            throw new IllegalArgumentException("nothing to animate: the run has no step after the start");
        }
        double framesPerStep = fps / stepsPerSecond;
        long playing = (long) Math.ceil(lastStep * framesPerStep - 1e-9) + 1;
        long hold = Math.round(holdSeconds * fps);
        long total = playing + hold;
        if (total < 2 || total > MAX_FRAMES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the animation would have %d frames (%d steps at %s steps per second, %s fps, %s s hold); "
                            + "allowed are 2 to %d: raise the steps per second or lower the frame rate", total,
                    lastStep, fmt(stepsPerSecond), fmt(fps), fmt(holdSeconds), MAX_FRAMES));
        }
        int[] steps = new int[(int) total];
        for (int k = 0; k < total; k++) {
            steps[k] = k >= playing - 1 ? lastStep
                    : (int) Math.min(lastStep, Math.round(k * stepsPerSecond / fps));
        }
        return new Plan(steps, fps);
    }

    /**
     * The frames to render.
     *
     * @param steps the playback step shown by each frame (non-decreasing, first 0, last the last step)
     * @param fps   frames per second
     */
    public record Plan(int[] steps, double fps) {
        public Plan {
            steps = steps.clone();
        }

        @Override
        public int[] steps() {
            return steps.clone();
        }

        /** @return the number of frames */
        public int frames() {
            return steps.length;
        }

        /** @return the step frame {@code k} shows */
        public int step(int k) {
            return steps[k];
        }

        /** @return how long the animation plays, seconds */
        public double seconds() {
            return steps.length / fps;
        }

        /** @return the fraction of the animation reached at frame {@code k} (0 at the first, 1 at the last) */
        public double progress(int k) {
            return steps.length <= 1 ? 0 : (double) k / (steps.length - 1);
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
