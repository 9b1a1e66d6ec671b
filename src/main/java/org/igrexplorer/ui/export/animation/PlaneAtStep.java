package org.igrexplorer.ui.export.animation;

import java.util.EnumMap;
import java.util.Map;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.plane.PlaneRenderer;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.teaching.PlaybackFrame;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.teaching.ExplorerOverlays;

/**
 * The parameter plane at playback step n: the plane's own renderer with each curve drawn up to step n
 * ({@link AnimationSettings.Trail#GROWING}) or whole ({@link AnimationSettings.Trail#FULL}), and the
 * playback highlight of the explorer at step n on top. One per rendering thread.
 */
public final class PlaneAtStep implements OffscreenFrames.StepFigure {

    private final PlaneRenderer renderer;
    private final RunParameters params;
    private final Map<Method, Trajectory> curves;
    private final AnimationSettings.Trail trail;
    private PlaybackFrame frame;

    /**
     * @param renderer the plane's renderer with its view box and field set (its curves are replaced)
     * @param params   the run's parameters
     * @param curves   the whole trajectories
     * @param trail    growing or whole curves
     */
    public PlaneAtStep(PlaneRenderer renderer, RunParameters params, Map<Method, Trajectory> curves,
                       AnimationSettings.Trail trail) {
        this.renderer = renderer;
        this.params = params;
        this.curves = Map.copyOf(curves);
        this.trail = trail;
        renderer.setHover(Double.NaN, Double.NaN);
        renderer.setCurves(params, this.curves);
        renderer.chart().addOverlay((g, tr) -> ExplorerOverlays.paintPlayback(g, tr, frame));
    }

    /** @return the last step of the longest curve */
    public static int lastStep(Map<Method, Trajectory> curves) {
        int last = 0;
        for (Trajectory t : curves.values()) {
            last = Math.max(last, t.lastStep());
        }
        return last;
    }

    @Override
    public PlotRenderer at(int step) {
        if (trail == AnimationSettings.Trail.GROWING) {
            Map<Method, Trajectory> upTo = new EnumMap<>(Method.class);
            curves.forEach((m, t) -> upTo.put(m, t.upTo(step)));
            renderer.setCurves(params, upTo);
        }
        frame = curves.isEmpty() ? null : PlaybackFrame.at(curves, step, params.h());
        return renderer;
    }
}
