package org.igrexplorer.core.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The orbit camera of the 3D view: it turns the scene by {@code yaw} about the vertical axis and
 * tilts it by {@code pitch}, looks from {@code distance} times the distance that fits the model into
 * the viewport, and shifts the scene by (panX, panY) world units in the plane of the screen. The
 * window may clamp values to what its mouse controls allow (e.g. pitch −5…89°, zoom 0.3…5).
 *
 * @param yaw      azimuth, degrees (finite; any value, the view wraps)
 * @param pitch    elevation, degrees, in [−90, 90]
 * @param distance zoom factor relative to the fitted distance (1 = fitted), in (0, {@value #MAX_MAGNITUDE}]
 * @param panX     horizontal shift of the scene in world units, |panX| ≤ {@value #MAX_MAGNITUDE}
 * @param panY     vertical shift of the scene in world units, |panY| ≤ {@value #MAX_MAGNITUDE}
 */
public record Camera(double yaw, double pitch, double distance, double panX, double panY) {

    /** Largest accepted distance or pan: beyond it a session file is treated as damaged. */
    public static final double MAX_MAGNITUDE = 1e6;

    /** The window's default three-quarter view from above (azimuth −35°, elevation 32°, fitted, lifted 40). */
    public static final Camera DEFAULT = new Camera(-35, 32, 1, 0, 40);

    /** @throws IllegalArgumentException naming every invalid value */
    public Camera {
        List<String> problems = problems(yaw, pitch, distance, panX, panY);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** @return one message per invalid value, empty when all are valid */
    public static List<String> problems(double yaw, double pitch, double distance, double panX, double panY) {
        List<String> out = new ArrayList<>();
        if (!Double.isFinite(yaw) || Math.abs(yaw) > MAX_MAGNITUDE) {
            out.add("camera yaw must be a finite number of degrees, got " + yaw);
        }
        if (!(pitch >= -90 && pitch <= 90)) {
            out.add("camera pitch must be between -90 and 90 degrees, got " + pitch);
        }
        if (!(distance > 0 && distance <= MAX_MAGNITUDE)) {
            out.add("camera distance must be > 0 and at most " + MAX_MAGNITUDE + ", got " + distance);
        }
        if (!(Math.abs(panX) <= MAX_MAGNITUDE)) {
            out.add("camera panX must be finite with |panX| ≤ " + MAX_MAGNITUDE + ", got " + panX);
        }
        if (!(Math.abs(panY) <= MAX_MAGNITUDE)) {
            out.add("camera panY must be finite with |panY| ≤ " + MAX_MAGNITUDE + ", got " + panY);
        }
        return out;
    }
}
