package org.igrexplorer.ui.export.animation;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.plane.PlaneRenderer;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.teaching.SharpnessTrace;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.plot.PlotTransform;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.plane.FieldGrid;
import org.igrexplorer.ui.render.SceneMapping;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.ui.teaching.FormulaRenderer;
import org.igrexplorer.ui.teaching.FormulaText;
import org.igrexplorer.ui.teaching.TeachingCharts;
import org.igrexplorer.ui.teaching.TeachingPanels;

/**
 * The figures that can be animated offscreen, through their Graphics2D code, as the command line and
 * the window's export dialog make them: the parameter plane, and the teaching panels that change
 * along the playback (distance and balance get a marker line at t = n·h, sharpness one at step n, the formula its values at
 * the GD point of step n). Figure 1b and the backward error have the learning rate as axis and do not
 * change with the step.
 *
 * @param figure   makes the figure for one rendering thread
 * @param lastStep the last playback step
 */
public record AnimatedFigures(Supplier<OffscreenFrames.StepFigure> figure, int lastStep) {

    /**
     * @param renderers makes a plane renderer with the shown box and the field set (one per thread)
     * @param p         the run's parameters
     * @param curves    the trajectories as shown
     * @param trail     growing or whole curves
     */
    public static AnimatedFigures plane(Supplier<PlaneRenderer> renderers, RunParameters p,
                                        Map<Method, Trajectory> curves, AnimationSettings.Trail trail) {
        Map<Method, Trajectory> copy = Map.copyOf(curves);
        return new AnimatedFigures(() -> new PlaneAtStep(renderers.get(), p, copy, trail), PlaneAtStep.lastStep(copy));
    }

    /**
     * The plane's renderer for a figure of {@code w} × {@code h} logical units showing {@code box}: a
     * first pass fixes the shown box (equal aspect widens one side), then the field is computed for
     * exactly it. No JavaFX toolkit; any thread.
     *
     * @param mapping the colour range of the field (as on screen)
     */
    public static PlaneRenderer planeRenderer(RunParameters p, Map<Method, Trajectory> curves,
                                                        ViewBox box, SceneMapping mapping, double w, double h) {
        PlaneRenderer r = new PlaneRenderer();
        r.setView(box);
        r.setCurves(p, curves);
        PngExport.render(r, w, h, 1, Color.WHITE);
        PlotTransform tr = r.chart().lastTransform();
        r.setField(FieldGrid.compute(mapping, new ViewBox(tr.xMin(), tr.xMax(), tr.yMin(), tr.yMax()),
                ExplorerViewModel.FIELD_RESOLUTION));
        return r;
    }

    /** @return whether {@code panel} changes along the playback (and so can be animated) */
    public static boolean animates(TeachingPanels.Panel panel) {
        return panel == TeachingPanels.Panel.DISTANCE || panel == TeachingPanels.Panel.BALANCE
                || panel == TeachingPanels.Panel.SHARPNESS || panel == TeachingPanels.Panel.FORMULA;
    }

    /**
     * @param panel  distance, balance, sharpness or formula
     * @param p      the run's parameters
     * @param gd     the GD trajectory (the formula's point at each step)
     * @param beta   heavy-ball momentum of the panels
     * @throws IllegalArgumentException for a panel that does not change along the playback
     */
    public static AnimatedFigures panel(TeachingPanels.Panel panel, RunParameters p, Trajectory gd, double beta) {
        return switch (panel) {
            case FORMULA -> new AnimatedFigures(() -> n -> {
                int k = Math.min(n, gd.lastStep());
                return new FormulaRenderer(FormulaText.lines(p, gd.a(k), gd.b(k), beta), FormulaRenderer.DEFAULT_SIZE,
                        Color.BLACK, Color.WHITE);
            }, gd.lastStep());
            case DISTANCE, BALANCE -> new AnimatedFigures(() -> {
                XYChart chart = (XYChart) TeachingPanels.renderer(panel, p, beta);
                return n -> chart.markerLine(n * p.h(), MethodPalette.INK,
                        String.format(Locale.ROOT, "step %d, t = %.4g", n, n * p.h()));
            }, p.steps());
            case SHARPNESS -> new AnimatedFigures(() -> {
                XYChart chart = (XYChart) TeachingPanels.renderer(panel, p, beta);
                SharpnessTrace.Result trace = SharpnessTrace.of(p.landscape(), gd, 0);
                return n -> TeachingCharts.markSharpnessStep(chart, trace, n);
            }, gd.lastStep());
            default -> throw new IllegalArgumentException(panel.id() + " does not change along the playback (its "
                    + "axis is the learning rate): export it as a still");
        };
    }
}
