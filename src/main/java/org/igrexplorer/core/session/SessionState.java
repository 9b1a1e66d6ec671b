package org.igrexplorer.core.session;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.ViewBox;

/**
 * Everything a saved session restores: the run parameters, which curves are shown, the camera of
 * the 3D view, the box of the plane view, the height mode, the open panels and the preset the state
 * came from (if any). Immutable and always valid; the UI maps its view-models to and from it.
 *
 * @param parameters    x, y, a₀, b₀, h, µ, steps
 * @param visibleCurves the methods whose curves are shown. Copied; unmodifiable.
 * @param camera        the 3D orbit camera
 * @param viewBox       the shown part of the (a, b) plane
 * @param heightMode    how loss maps to height in 3D
 * @param openPanels    optional panels that are open. Copied; unmodifiable.
 * @param presetId      the preset this state started from, or {@code null}; lowercase letters,
 *                      digits and '-', at most 64 characters
 * @param sgd           SGD's batch size, seed and samples (the batch divides n when the parameters have a
 *                      data set)
 */
public record SessionState(RunParameters parameters, Set<Method> visibleCurves, Camera camera, ViewBox viewBox,
                           HeightMode heightMode, Set<Panel> openPanels, String presetId, SgdSettings sgd) {

    private static final Pattern PRESET_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** The curves shown by default: GD, exact, modified and EGR flows (not the 2nd-order flow). */
    public static final Set<Method> DEFAULT_CURVES =
            Collections.unmodifiableSet(EnumSet.of(Method.GD, Method.EXACT, Method.MODIFIED, Method.EGR));

    /** Figure 1a near start, default view, no panels, no preset. */
    public static final SessionState DEFAULT = new SessionState(RunParameters.DEFAULT, DEFAULT_CURVES,
            Camera.DEFAULT, ViewBox.DEFAULT, HeightMode.LOG, Set.of(), null);

    /**
     * @throws NullPointerException     if a component other than {@code presetId} is null
     * @throws IllegalArgumentException for a malformed preset id
     */
    public SessionState {
        Objects.requireNonNull(parameters, "parameters");
        visibleCurves = copyOf(visibleCurves, Method.class);
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(viewBox, "viewBox");
        Objects.requireNonNull(heightMode, "heightMode");
        openPanels = copyOf(openPanels, Panel.class);
        if (presetId != null && !isValidPresetId(presetId)) {
            throw new IllegalArgumentException("preset id must be 1-64 lowercase letters, digits or '-', got '"
                    + presetId + "'");
        }
        Objects.requireNonNull(sgd, "sgd");
        if (parameters.model().hasData()) {
            String problem = sgd.problems(parameters.model().data());
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    /** A state with SGD's default settings. */
    public SessionState(RunParameters parameters, Set<Method> visibleCurves, Camera camera, ViewBox viewBox,
                        HeightMode heightMode, Set<Panel> openPanels, String presetId) {
        this(parameters, visibleCurves, camera, viewBox, heightMode, openPanels, presetId, SgdSettings.DEFAULT);
    }

    /** @return whether {@code id} is a well-formed preset id */
    public static boolean isValidPresetId(String id) {
        return id != null && PRESET_ID.matcher(id).matches();
    }

    private static <E extends Enum<E>> Set<E> copyOf(Collection<E> values, Class<E> type) {
        Objects.requireNonNull(values, type.getSimpleName() + " set");
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : values) {
            set.add(Objects.requireNonNull(e, "null " + type.getSimpleName()));
        }
        return Collections.unmodifiableSet(set);
    }

    /** @return the preset id, if the state came from a preset */
    public Optional<String> preset() {
        return Optional.ofNullable(presetId);
    }

    /** @return whether the curve of {@code m} is shown */
    public boolean isVisible(Method m) {
        return visibleCurves.contains(m);
    }

    /** @return whether {@code p} is open */
    public boolean isOpen(Panel p) {
        return openPanels.contains(p);
    }

    public SessionState withParameters(RunParameters p) {
        return new SessionState(p, visibleCurves, camera, viewBox, heightMode, openPanels, presetId, sgd);
    }

    public SessionState withVisibleCurves(Set<Method> curves) {
        return new SessionState(parameters, curves, camera, viewBox, heightMode, openPanels, presetId, sgd);
    }

    /** @return a copy with the curve of {@code m} shown or hidden */
    public SessionState withCurve(Method m, boolean visible) {
        EnumSet<Method> set = visibleCurves.isEmpty() ? EnumSet.noneOf(Method.class) : EnumSet.copyOf(visibleCurves);
        if (visible) {
            set.add(m);
        } else {
            set.remove(m);
        }
        return withVisibleCurves(set);
    }

    public SessionState withCamera(Camera c) {
        return new SessionState(parameters, visibleCurves, c, viewBox, heightMode, openPanels, presetId, sgd);
    }

    public SessionState withViewBox(ViewBox v) {
        return new SessionState(parameters, visibleCurves, camera, v, heightMode, openPanels, presetId, sgd);
    }

    public SessionState withHeightMode(HeightMode m) {
        return new SessionState(parameters, visibleCurves, camera, viewBox, m, openPanels, presetId, sgd);
    }

    public SessionState withOpenPanels(Set<Panel> panels) {
        return new SessionState(parameters, visibleCurves, camera, viewBox, heightMode, panels, presetId, sgd);
    }

    public SessionState withSgd(SgdSettings s) {
        return new SessionState(parameters, visibleCurves, camera, viewBox, heightMode, openPanels, presetId, s);
    }

    /** @param id a preset id or {@code null} (e.g. once the user changed a parameter) */
    public SessionState withPresetId(String id) {
        return new SessionState(parameters, visibleCurves, camera, viewBox, heightMode, openPanels, id, sgd);
    }
}
