package org.igrexplorer.ui.render;

import org.joml.Matrix4d;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * The 3D view's camera, in JOML: the world turns about the centre of the box by an orientation
 * quaternion (elevation about X after azimuth about Y), is panned in the view plane, and is seen from
 * (0, 0, −distance) along +Z with Y down and a vertical field of view, as a JavaFX
 * {@code PerspectiveCamera(true)} sees it. From that one description come the world transform of the
 * scene ({@link #model()}), the projection of points to the screen (axis labels) and the ray under a
 * screen point (picking the surface). Mutable; use on one thread.
 */
public final class OrbitCamera {

    /** Vertical field of view in degrees. */
    public static final double FIELD_OF_VIEW = 30;
    /** Elevation limits in degrees (just below the horizon to straight down). */
    public static final double MIN_ELEVATION = -5;
    public static final double MAX_ELEVATION = 89;
    /** Zoom limits (1 = the box fitted to the viewport). */
    public static final double MIN_ZOOM = 0.3;
    public static final double MAX_ZOOM = 5;
    public static final double DEFAULT_AZIMUTH = -35;
    public static final double DEFAULT_ELEVATION = 32;
    public static final double DEFAULT_PAN_Y = 40;
    /** Degrees of azimuth and elevation per pixel of an orbit drag. */
    private static final double AZIMUTH_PER_PX = 0.4;
    private static final double ELEVATION_PER_PX = 0.3;

    private double azimuth = DEFAULT_AZIMUTH;
    private double elevation = DEFAULT_ELEVATION;
    private double zoom = 1;
    private double panX;
    private double panY = DEFAULT_PAN_Y;
    private double width = 1;
    private double height = 1;

    /** Back to the default orbit, zoom and pan. */
    public void reset() {
        set(DEFAULT_AZIMUTH, DEFAULT_ELEVATION, 1, 0, DEFAULT_PAN_Y);
    }

    /** Sets every parameter, clamped as the mouse would clamp them. */
    public void set(double azimuthDeg, double elevationDeg, double zoomFactor, double panX, double panY) {
        this.azimuth = azimuthDeg;
        this.elevation = clamp(elevationDeg, MIN_ELEVATION, MAX_ELEVATION);
        this.zoom = clamp(zoomFactor, MIN_ZOOM, MAX_ZOOM);
        this.panX = panX;
        this.panY = panY;
    }

    /** Turns the world as an orbit drag of (dx, dy) pixels does. */
    public void orbit(double dx, double dy) {
        azimuth -= dx * AZIMUTH_PER_PX;
        elevation = clamp(elevation + dy * ELEVATION_PER_PX, MIN_ELEVATION, MAX_ELEVATION);
    }

    /** Moves the world as a pan drag of (dx, dy) pixels does (further away, larger steps). */
    public void pan(double dx, double dy) {
        double s = distance() / 1000 * 0.6;
        panX += dx * s;
        panY += dy * s;
    }

    /** Multiplies the zoom (distance) by {@code factor}, clamped. */
    public void zoom(double factor) {
        zoom = clamp(zoom * factor, MIN_ZOOM, MAX_ZOOM);
    }

    /** Sets the viewport size in pixels (the fitted distance depends on its aspect ratio). */
    public void viewport(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
    }

    public double azimuth() {
        return azimuth;
    }

    public double elevation() {
        return elevation;
    }

    public double zoomFactor() {
        return zoom;
    }

    public double panX() {
        return panX;
    }

    public double panY() {
        return panY;
    }

    /**
     * Pixels the fit keeps free at the left and the right of the box for the tick labels beside its edges (the
     * height axis stands at the box's left corner); at most a quarter of the width each.
     */
    public static final double LABEL_ROOM_PX = 44;

    /**
     * @return the camera's distance from the box centre: the box (about 600 world units across and 470
     *         up once turned) fitted to the viewport less {@link #LABEL_ROOM_PX} on each side, whatever its
     *         aspect ratio, times the zoom
     */
    public double distance() {
        double tan = Math.tan(Math.toRadians(FIELD_OF_VIEW / 2));
        double boxWidth = width - 2 * Math.min(LABEL_ROOM_PX, width / 4);
        double fit = Math.max(560 / (2 * tan), 600 / (2 * tan) * height / boxWidth) * 1.05;
        return Math.max(300, Math.min(8000, fit * zoom));
    }

    /** @return the orbit: elevation about X after azimuth about Y */
    public Quaterniond orientation() {
        return new Quaterniond().rotateX(Math.toRadians(elevation)).rotateY(Math.toRadians(azimuth));
    }

    /** @return world (mesh) coordinates → scene coordinates: pan, then the orbit */
    public Matrix4d model() {
        return new Matrix4d().translate(panX, panY, 0).rotate(orientation());
    }

    /** @return world coordinates → camera coordinates (camera at the origin looking along +Z, Y down) */
    public Matrix4d view() {
        return new Matrix4d().translate(0, 0, distance()).mul(model());
    }

    /** @return pixels per unit of x/z (or y/z) at the image plane */
    private double focal() {
        return height / 2 / Math.tan(Math.toRadians(FIELD_OF_VIEW / 2));
    }

    /**
     * @return {x, y, depth} of a world point on the screen (pixels from the viewport's top-left corner;
     *         depth is the distance along the view direction, ≤ 0 behind the camera)
     */
    public double[] project(Matrix4d view, double x, double y, double z) {
        Vector3d c = view.transformPosition(new Vector3d(x, y, z));
        double f = focal();
        return new double[] {width / 2 + f * c.x / c.z, height / 2 + f * c.y / c.z, c.z};
    }

    /** @return {origin, direction} in world coordinates of the ray under screen point (sx, sy) */
    public Vector3d[] ray(double sx, double sy) {
        Matrix4d inv = view().invert();
        double f = focal();
        Vector3d origin = inv.transformPosition(new Vector3d());
        Vector3d dir = inv.transformDirection(new Vector3d((sx - width / 2) / f, (sy - height / 2) / f, 1)).normalize();
        return new Vector3d[] {origin, dir};
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
