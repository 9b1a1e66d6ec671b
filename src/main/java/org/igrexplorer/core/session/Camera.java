package org.igrexplorer.core.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The orbit camera of the 3D view: it looks at a target point in the middle of the plane box, from
 * {@code distance} away, turned by {@code yaw} about the vertical axis and tilted by {@code pitch},
 * with the target shifted by (panX, panY) in the plane of the screen.
 *
 * @param yaw      rotation about the vertical axis, degrees (finite; any value, the view wraps)
 * @param pitch    elevation above the plane, degrees, in [−90, 90]
 * @param distance distance from the target in scene units, in (0, {@value #MAX_MAGNITUDE}]
 * @param panX     horizontal shift of the target in scene units, |panX| ≤ {@value #MAX_MAGNITUDE}
 * @param panY     vertical shift of the target in scene units, |panY| ≤ {@value #MAX_MAGNITUDE}
 */
public record Camera(double yaw, double pitch, double distance, double panX, double panY) {

    /** Largest accepted distance or pan: beyond it a session file is treated as damaged. */
    public static final double MAX_MAGNITUDE = 1e6;

    /** A three-quarter view from above. */
    public static final Camera DEFAULT = new Camera(-35, 30, 3, 0, 0);

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
