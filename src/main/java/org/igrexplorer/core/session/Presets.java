package org.igrexplorer.core.session;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.ViewBox;

/**
 * The built-in presets. The paper's exact values (its Table A.1) are not public, so every preset is
 * labelled reconstructed: the values below were chosen by computing with this program's core, and
 * {@code PresetsTest} checks that each one shows what its explanation says.
 */
public final class Presets {

    /** Data point of Figure 1: x = 1, y = 0.6 (minima on ab = 0.6). */
    private static final double X = 1.0;
    private static final double Y = 0.6;

    /** The near start of Figure 1a. */
    public static final double NEAR_A0 = 2.8;
    public static final double NEAR_B0 = 3.5;

    /** The far start of Figure 1a. */
    public static final double FAR_A0 = 75.0;
    public static final double FAR_B0 = 74.925;

    private static final ViewBox NEAR_BOX = new ViewBox(-4, 4, -4, 4);
    private static final ViewBox FAR_BOX = new ViewBox(-10, 80, -10, 80);
    private static final Set<Method> GD_FLOWS = EnumSet.of(Method.GD, Method.EXACT, Method.MODIFIED);

    public static final Preset FIG1A_NEAR = new Preset("fig1a-near", "Fig. 1a, near start",
            "h = 0.05 from (2.8, 3.5): gradient descent follows the modified flow (λ = h/2) more closely than the "
                    + "exact gradient flow and ends at a flatter minimum (smaller a² + b²).",
            state("fig1a-near", RunParameters.paper(X, Y, NEAR_A0, NEAR_B0, 0.05, 0.5, 400),
                    EnumSet.of(Method.GD, Method.EXACT, Method.MODIFIED, Method.EGR), NEAR_BOX, HeightMode.CLIP,
                    Set.of()),
            true);

    public static final Preset FIG1A_FAR = new Preset("fig1a-far", "Fig. 1a, far start",
            "From (75, 74.925) the loss is huge; h = 5e-5 keeps h·x²(a₀² + b₀²) ≈ 0.56 below 2, so gradient descent "
                    + "is stable, yet it still bends away from the exact flow towards the modified flow.",
            state("fig1a-far", RunParameters.paper(X, Y, FAR_A0, FAR_B0, 5e-5, 0.5, 20_000), GD_FLOWS, FAR_BOX,
                    HeightMode.LOG, Set.of()),
            true);

    public static final Preset FIG1B_SWEEP = new Preset("fig1b-sweep", "Fig. 1b sweep",
            "Gradient descent run to convergence from (2.8, 3.5) for many h: R_IG/E = x²(a² + b²) at the end falls "
                    + "as h grows (flatter minima) until GD ricochets to the other branch and finally diverges.",
            state("fig1b-sweep", RunParameters.paper(X, Y, NEAR_A0, NEAR_B0, 0.05, 0.5, 400), GD_FLOWS, NEAR_BOX,
                    HeightMode.CLIP, Set.of(Panel.SWEEP)),
            true);

    public static final Preset RICOCHET = new Preset("ricochet", "Ricochet (Fig. A.1)",
            "h = 0.12 from (2.8, 3.5): gradient descent overshoots the valley, jumps to the other branch of ab = 0.6 "
                    + "and converges there (a, b < 0) while the flows stay on the first branch.",
            state("ricochet", RunParameters.paper(X, Y, NEAR_A0, NEAR_B0, 0.12, 0.5, 400), GD_FLOWS, NEAR_BOX,
                    HeightMode.CLIP, Set.of()),
            true);

    public static final Preset DIVERGENCE = new Preset("divergence", "Divergence",
            "h = 0.25 from (2.8, 3.5): every gradient-descent step overshoots further, ‖θ‖ explodes within a few "
                    + "steps and the run is stopped as diverged; the flows still converge.",
            state("divergence", RunParameters.paper(X, Y, NEAR_A0, NEAR_B0, 0.25, 0.5, 100), GD_FLOWS, NEAR_BOX,
                    HeightMode.LOG, Set.of()),
            true);

    public static final Preset EGR_BEYOND_STABILITY = new Preset("egr-beyond-stability", "EGR beyond stability",
            "EGR with µ = 1, the implicit strength of GD with h = 2µ = 2 where no minimum is stable (h > 1/|xy|), "
                    + "integrated with a small h from (75, 74.925), ends near the flattest minimum (R_IG/E within 20% of "
                    + "its least value 2|xy|), where the exact flow ends at over 9 times it.",
            state("egr-beyond-stability", RunParameters.paper(X, Y, FAR_A0, FAR_B0, 1e-4, 1.0, 20_000),
                    EnumSet.of(Method.GD, Method.EXACT, Method.EGR), FAR_BOX, HeightMode.LOG, Set.of()),
            true);

    private static final List<Preset> ALL = List.of(FIG1A_NEAR, FIG1A_FAR, FIG1B_SWEEP, RICOCHET, DIVERGENCE,
            EGR_BEYOND_STABILITY);

    private Presets() {
    }

    private static SessionState state(String id, RunParameters p, Set<Method> curves, ViewBox box, HeightMode mode,
                                      Set<Panel> panels) {
        return new SessionState(p, curves, Camera.DEFAULT, box, mode, panels, id);
    }

    /** @return the presets in menu order */
    public static List<Preset> all() {
        return ALL;
    }

    /** @return the preset with this id */
    public static Optional<Preset> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
