package org.igrexplorer.ui.teaching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.teaching.PlaybackFrame;

/**
 * The playback state machine: play / pause / step forward / step back / Home / End / speed and a
 * scrubber over the steps n = 0 … last, where last is the longest trajectory's last step. At step n
 * it exposes the {@link PlaybackFrame}: the GD point and each flow at t = n·h.
 * <p>
 * The step is always clamped to [0, last]; the scrubber position is n / last (0 when last = 0) and
 * scrubbing to a position p selects the nearest step round(p·last). Playing advances
 * {@link #speedProperty() speed} steps per second of {@link #advance(double) elapsed time} and pauses
 * at the last step; play from the last step restarts at 0.
 * <p>
 * Not thread-safe: call it from one thread (the JavaFX Application Thread in the app; any single
 * thread in tests). No running toolkit is needed.
 */
public final class PlaybackViewModel {

    /** Slowest playback speed, steps per second. */
    public static final double MIN_SPEED = 0.25;
    /** Fastest playback speed, steps per second. */
    public static final double MAX_SPEED = 2000.0;
    /** Default speed, steps per second. */
    public static final double DEFAULT_SPEED = 20.0;

    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyIntegerWrapper lastStep = new ReadOnlyIntegerWrapper(this, "lastStep", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position", 0.0);
    private final ReadOnlyObjectWrapper<PlaybackFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", DEFAULT_SPEED) {
        @Override
        public void set(double v) {
            super.set(Double.isNaN(v) ? DEFAULT_SPEED : Math.max(MIN_SPEED, Math.min(MAX_SPEED, v)));
        }
    };

    private Map<Method, Trajectory> trajectories = Map.of();
    private double h = 1.0;
    private double carry;

    public PlaybackViewModel() {
        refresh();
    }

    /**
     * Replaces the trajectories (after a recompute). Keeps the current step, clamped to the new range.
     *
     * @param newTrajectories trajectories by method (may be empty)
     * @param stepSize        h, for t = n·h
     */
    public void setTrajectories(Map<Method, Trajectory> newTrajectories, double stepSize) {
        Map<Method, Trajectory> copy = new EnumMap<>(Method.class);
        copy.putAll(newTrajectories);
        trajectories = Collections.unmodifiableMap(copy);
        h = stepSize;
        int last = 0;
        for (Trajectory t : trajectories.values()) {
            last = Math.max(last, t.lastStep());
        }
        lastStep.set(last);
        moveTo(step.get());
        if (step.get() >= last) {
            playing.set(false);
        }
    }

    /** Starts playing; from the last step it restarts at 0. */
    public void play() {
        if (lastStep.get() == 0) {
            return;
        }
        if (step.get() >= lastStep.get()) {
            moveTo(0);
        }
        carry = 0;
        playing.set(true);
    }

    /** Pauses. */
    public void pause() {
        playing.set(false);
    }

    /** Space bar: play if paused, pause if playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** → : one step forward (pauses; stays at the last step). */
    public void stepForward() {
        pause();
        moveTo(step.get() + 1);
    }

    /** ← : one step back (pauses; stays at 0). */
    public void stepBack() {
        pause();
        moveTo(step.get() - 1);
    }

    /** Home: step 0 (pauses). */
    public void home() {
        pause();
        moveTo(0);
    }

    /** End: the last step (pauses). */
    public void end() {
        pause();
        moveTo(lastStep.get());
    }

    /** Selects step n, clamped to [0, last]. Does not change playing. */
    public void seek(int n) {
        moveTo(n);
    }

    /**
     * The scrubber: selects the step nearest to {@code fraction}·last.
     *
     * @param fraction position in [0, 1] (clamped; NaN is ignored)
     */
    public void scrubTo(double fraction) {
        if (Double.isNaN(fraction)) {
            return;
        }
        double f = Math.max(0.0, Math.min(1.0, fraction));
        moveTo((int) Math.round(f * lastStep.get()));
    }

    /**
     * Advances playback by the elapsed time (called once per frame by the view's timer). Fractions of a
     * step carry over to the next call. Pauses on reaching the last step.
     *
     * @param seconds elapsed time since the previous call, ≥ 0
     * @return the number of steps advanced
     */
    public int advance(double seconds) {
        if (!playing.get() || !(seconds > 0)) {
            return 0;
        }
        carry += seconds * speed.get();
        int whole = (int) Math.min(Integer.MAX_VALUE, Math.floor(carry));
        carry -= whole;
        int before = step.get();
        moveTo((int) Math.min((long) before + whole, lastStep.get()));
        if (step.get() >= lastStep.get()) {
            playing.set(false);
        }
        return step.get() - before;
    }

    private void moveTo(int n) {
        int clamped = Math.max(0, Math.min(n, lastStep.get()));
        step.set(clamped);
        refresh();
    }

    private void refresh() {
        int last = lastStep.get();
        position.set(last == 0 ? 0.0 : (double) step.get() / last);
        frame.set(trajectories.isEmpty() ? null : PlaybackFrame.at(trajectories, step.get(), h));
    }

    /** @return n, the current step */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** @return the last step (of the longest trajectory) */
    public ReadOnlyIntegerProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** @return whether playback is running */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** @return the scrubber position n / last in [0, 1] */
    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** @return the frame at the current step (null while there are no trajectories) */
    public ReadOnlyObjectProperty<PlaybackFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** @return steps per second while playing, clamped to [{@value #MIN_SPEED}, {@value #MAX_SPEED}] */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** @return the current time n·h */
    public double time() {
        return step.get() * h;
    }
}
