package org.igrexplorer.core.dynamics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.igrexplorer.core.Identified;

/** The ways of making a trajectory that IGR Explorer compares. */
public enum Method implements Identified {
    /** Gradient descent θ_{n+1} = θ_n − h∇E(θ_n). */
    GD("gd", "Gradient descent"),
    /** The exact gradient flow θ' = −∇E. */
    EXACT("exact", "Exact flow"),
    /** The first-order modified flow θ' = −∇Ẽ, Ẽ = E + (h/4)‖∇E‖². */
    MODIFIED("modified", "Modified flow"),
    /** The second-order modified flow (docs/MATH.md §2). */
    MODIFIED2("modified2", "2nd-order modified flow"),
    /** Explicit gradient regularisation: θ' = −∇E_µ, E_µ = E + µ R_IG. */
    EGR("egr", "EGR flow"),
    /** Heavy-ball momentum θ_{n+1} = θ_n − h∇E(θ_n) + β(θ_n − θ_{n−1}), started at rest (θ_{−1} = θ_0). */
    MOMENTUM("momentum", "GD with momentum"),
    /** The leading-order flow of heavy-ball momentum, θ' = −∇E/(1−β) (time-rescaled gradient flow). */
    MOMENTUM_FLOW("momentum-flow", "Momentum flow"),
    /**
     * The first-order modified flow of heavy-ball momentum (Ghosh, Lyu, Zhang, Wang, ICLR 2023),
     * θ' = −(1/(1−β))∇[E + h(1+β)/(4(1−β)²)‖∇E‖²].
     */
    MOMENTUM_MODIFIED("momentum-modified", "Momentum modified flow"),
    /**
     * One path of stochastic gradient descent with random reshuffling on a data set: each epoch a seeded random
     * permutation of the points cut into batches of B, θ ← θ − h∇Ê_k (core.sgd).
     */
    SGD("sgd", "SGD sample path"),
    /** The mean SGD iterate over reshuffles: exact over all orders of the first epoch (n ≤ 8), else Monte Carlo. */
    SGD_MEAN("sgd-mean", "SGD mean iterate"),
    /** The flow of SGD's modified loss Ẽ_SGD = E + (h/4)‖∇E‖² + ((n − B)/(n − 1))·(h/(4B))·Γ. */
    SGD_MODIFIED("sgd-modified", "SGD modified flow");

    /** The methods of the paper (no momentum): GD and its four flows. */
    public static final Set<Method> PAPER = Collections.unmodifiableSet(EnumSet.of(GD, EXACT, MODIFIED, MODIFIED2, EGR));

    /** Heavy-ball momentum and its two flows. */
    public static final Set<Method> MOMENTUM_METHODS =
            Collections.unmodifiableSet(EnumSet.of(MOMENTUM, MOMENTUM_FLOW, MOMENTUM_MODIFIED));

    private final String id;
    private final String label;

    Method(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the short identifier used in CSV files and on the command line */
    @Override
    public String id() {
        return id;
    }

    /** SGD and its mean iterate and modified flow: they need a data set and a batch size. */
    public static final Set<Method> SGD_METHODS = Collections.unmodifiableSet(EnumSet.of(SGD, SGD_MEAN, SGD_MODIFIED));

    /**
     * @return whether the method needs a data set and a batch size ({@link #SGD_METHODS}); {@link TrajectoryService}
     *         does not compute these, org.igrexplorer.core.sgd.SgdTrajectories does
     */
    public boolean needsData() {
        return SGD_METHODS.contains(this);
    }

    /** @return whether the method is discrete (its points are iterates, not samples of a flow) */
    public boolean discrete() {
        return this == GD || this == MOMENTUM || this == SGD || this == SGD_MEAN;
    }

    /** @return a human-readable name for legends */
    public String label() {
        return label;
    }

    /**
     * @param id an identifier such as {@code gd} or {@code modified2} (case-insensitive)
     * @return the method
     * @throws IllegalArgumentException naming the unknown identifier
     */
    public static Method fromId(String id) {
        return Identified.fromId(Method.class, id, "method");
    }
}
