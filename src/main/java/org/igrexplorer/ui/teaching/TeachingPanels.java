package org.igrexplorer.ui.teaching;

import java.awt.Color;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.igrexplorer.core.Identified;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.teaching.BackwardErrorPanel;
import org.igrexplorer.core.loss.ConservedQuantity;
import org.igrexplorer.core.teaching.Balance;
import org.igrexplorer.core.teaching.DistanceOverTime;
import org.igrexplorer.core.teaching.Figure1b;
import org.igrexplorer.core.teaching.SharpnessTrace;
import org.igrexplorer.ui.plot.PlotRenderer;

/**
 * The teaching panels by name, computed and built in one call on the caller's thread: what the
 * headless {@code render --view fig1b|backward-error|distance|balance|sharpness|formula} needs. The window uses
 * {@link TeachingViewModel} instead (background computation).
 */
public final class TeachingPanels {

    /** A teaching panel. */
    public enum Panel implements Identified {
        FIG1B("fig1b"), BACKWARD_ERROR("backward-error"), DISTANCE("distance"), BALANCE("balance"),
        SHARPNESS("sharpness"), FORMULA("formula");

        private final String id;

        Panel(String id) {
            this.id = id;
        }

        /** @return the name used on the command line */
        @Override
        public String id() {
            return id;
        }

        /** @return the panel called {@code id} (case-insensitive); an unknown one is refused naming the panels */
        public static Panel fromId(String id) {
            return Identified.fromId(Panel.class, id, "teaching panel");
        }
    }

    /** Learning rates of the Figure 1b panel. */
    public static final int FIGURE1B_POINTS = 40;

    private TeachingPanels() {
    }

    /**
     * @param panel which panel
     * @param p     parameters (data, start, h, µ, steps)
     * @param beta  heavy-ball momentum; &gt; 0 adds momentum and its modified flow to distance and balance,
     *              the momentum sharpness and (2 + 2β)/h to sharpness and the momentum line to the formula
     * @return the panel's renderer, its data computed now
     */
    public static PlotRenderer renderer(Panel panel, RunParameters p, double beta) {
        return switch (panel) {
            case FIG1B -> TeachingCharts.figure1b(Figure1b.compute(p,
                    Figure1b.defaultLearningRates(p, FIGURE1B_POINTS), Figure1b.DEFAULT_MAX_STEPS));
            case BACKWARD_ERROR -> TeachingCharts.backwardError(
                    BackwardErrorPanel.compute(p, BackwardErrorPanel.DEFAULT_COUNT));
            case DISTANCE -> TeachingCharts.distance(DistanceOverTime.compute(trajectories(p, beta)));
            case BALANCE -> {
                ConservedQuantity q = p.landscape().conservedQuantity().orElseThrow(() -> new IllegalArgumentException(
                        "no balance panel: " + p.landscape().displayName() + " has no known quantity that the exact "
                                + "flow conserves"));
                yield TeachingCharts.balance(Balance.compute(trajectories(p, beta), q), q);
            }
            case SHARPNESS -> {
                Map<Method, Trajectory> t = trajectories(p, beta);
                yield TeachingCharts.sharpness(SharpnessTrace.of(p.landscape(), t.get(Method.GD), 0),
                        beta > 0 ? SharpnessTrace.of(p.landscape(), t.get(Method.MOMENTUM), beta) : null);
            }
            case FORMULA -> new FormulaRenderer(FormulaText.lines(p, p.a0(), p.b0(), beta),
                    FormulaRenderer.DEFAULT_SIZE, Color.BLACK, Color.WHITE);
        };
    }

    private static Map<Method, Trajectory> trajectories(RunParameters p, double beta) {
        Set<Method> methods = EnumSet.copyOf(Method.PAPER);
        if (beta > 0) {
            methods.add(Method.MOMENTUM);
            methods.add(Method.MOMENTUM_MODIFIED);
        }
        return TrajectoryService.computeAll(methods, p, beta, RunLimits.DEFAULT, FlowTolerances.DEFAULT);
    }
}
