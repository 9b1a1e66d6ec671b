package org.igrexplorer.core.sgd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Flows;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.dynamics.VectorFields;
import org.igrexplorer.core.loss.DataSetLoss;

/**
 * Every curve of a run on a data set: GD and its flows on the data-set loss E (through {@link TrajectoryService}),
 * SGD sample paths, the mean SGD iterate and the flow of Ẽ_SGD sampled at t = step·h. Every trajectory records E
 * and R_IG of the full data. Stateless.
 */
public final class SgdTrajectories {

    /** Sample paths computed for drawing (faint) when {@code sgd} is asked for; path 0 is the {@code sgd} curve. */
    public static final int SHOWN_PATHS = 5;

    private SgdTrajectories() {
    }

    /**
     * @param trajectories by method, in the order of {@link Method}
     * @param samplePaths  the first sample paths (up to {@value #SHOWN_PATHS}; empty unless sgd was asked for)
     * @param mean         the mean iterate with standard errors, when sgd-mean was asked for
     */
    public record SgdResult(Map<Method, Trajectory> trajectories, List<Trajectory> samplePaths,
                            Optional<MeanIterate> mean) {
        public SgdResult {
            Map<Method, Trajectory> copy = new EnumMap<>(Method.class);
            copy.putAll(trajectories);
            trajectories = Collections.unmodifiableMap(copy);
            samplePaths = List.copyOf(samplePaths);
        }
    }

    /**
     * @param methods  which curves
     * @param run      data set, batch size, seed and samples
     * @param settings start, h, µ (EGR) and steps
     * @param beta     heavy-ball momentum for the momentum methods
     * @param limits   divergence, convergence and domain rules
     * @param tol      flow tolerances
     * @return the curves
     */
    public static SgdResult compute(Set<Method> methods, SgdRun run, RunSettings settings, double beta,
                                    RunLimits limits, FlowTolerances tol) {
        Map<Method, Trajectory> out = new EnumMap<>(Method.class);
        List<Trajectory> paths = new ArrayList<>();
        MeanIterate mean = null;
        DataSetLoss loss = run.loss();
        double[] start = settings.start();
        double h = settings.h();
        int steps = settings.steps();
        for (Method m : Method.values()) {
            if (!methods.contains(m)) {
                continue;
            }
            switch (m) {
                case SGD -> {
                    for (int k = 0; k < Math.min(SHOWN_PATHS, run.samples()); k++) {
                        paths.add(Sgd.path(run, start, h, steps, k, limits));
                    }
                    out.put(m, paths.get(0));
                }
                case SGD_MEAN -> {
                    mean = Sgd.mean(run, start, h, steps, limits);
                    out.put(m, mean.mean());
                }
                case SGD_MODIFIED -> out.put(m, Flows.integrate(m, VectorFields.gradientFlow(
                        SgdModifiedLoss.of(loss, run.batch(), h)), loss, start, h, steps, limits, tol));
                default -> out.put(m, TrajectoryService.compute(m, loss, settings, beta, limits, tol));
            }
        }
        return new SgdResult(out, paths, Optional.ofNullable(mean));
    }
}
