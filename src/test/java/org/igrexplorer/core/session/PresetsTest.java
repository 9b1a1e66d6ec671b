package org.igrexplorer.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.dynamics.TrajectoryStatus;
import org.igrexplorer.core.experiment.LearningRateSweep;
import org.igrexplorer.core.experiment.Statistics;
import org.igrexplorer.core.experiment.SweepPoint;
import org.junit.jupiter.api.Test;

/** Each preset really shows what its explanation says, computed with the core. */
class PresetsTest {

    /** GD is locally stable near a point only where h·x²(a² + b²) is below this (docs/MATH.md §3). */
    private static final double STABILITY_LIMIT = 2.0;
    /** "Near the flattest minimum": R_IG/E at the end at most this multiple of its least value 2|xy|. */
    private static final double NEAR_FLATTEST_RATIO = 1.2;
    /** The exact flow from the far start ends at least this multiple of the least R_IG/E. */
    private static final double FAR_FROM_FLATTEST_RATIO = 9.0;
    /** A point counts as on the minima hyperbola when E is below this. */
    private static final double ON_MINIMUM_LOSS = 1e-6;

    private static Map<Method, Trajectory> run(Preset p, Set<Method> methods) {
        return TrajectoryService.computeAll(methods, p.state().parameters(), RunLimits.DEFAULT, FlowTolerances.DEFAULT);
    }

    private static Map<Method, Trajectory> run(Preset p) {
        return run(p, p.state().visibleCurves());
    }

    private static double maxDistance(Trajectory t, Trajectory u) {
        double d = 0;
        for (int n = 0; n < Math.min(t.size(), u.size()); n++) {
            d = Math.max(d, t.distanceTo(u, n));
        }
        return d;
    }

    private static double endNormSquared(Trajectory t) {
        int l = t.lastStep();
        return t.a(l) * t.a(l) + t.b(l) * t.b(l);
    }

    private static double rIgOverLoss(RunParameters p, Trajectory t) {
        return p.model().constant("x") * p.model().constant("x") * endNormSquared(t);
    }

    @Test
    void sixReconstructedPresetsWithDistinctIdsAndOneLineExplanations() {
        List<Preset> all = Presets.all();
        assertEquals(6, all.size());
        Set<String> ids = new HashSet<>();
        for (Preset p : all) {
            assertTrue(ids.add(p.id()), "duplicate id " + p.id());
            assertTrue(p.reconstructed(), p.id());
            assertTrue(p.label().endsWith("(reconstructed)"));
            assertFalse(p.explanation().contains("\n"));
            assertEquals(p.id(), p.state().presetId());
            assertEquals(p, Presets.byId(p.id()).orElseThrow());
            assertTrue(p.state().viewBox().contains(p.state().parameters().a0(), p.state().parameters().b0()),
                    p.id() + ": the start is inside the view box");
        }
    }

    @Test
    void nearStartGdFollowsTheModifiedFlowAndEndsFlatter() {
        Preset p = Presets.FIG1A_NEAR;
        assertEquals(2.8, p.state().parameters().a0());
        assertEquals(3.5, p.state().parameters().b0());
        Map<Method, Trajectory> r = run(p);
        Trajectory gd = r.get(Method.GD);
        Trajectory exact = r.get(Method.EXACT);
        Trajectory modified = r.get(Method.MODIFIED);
        assertTrue(maxDistance(gd, modified) < maxDistance(gd, exact));
        assertEquals(TrajectoryStatus.CONVERGED, gd.status());
        assertTrue(endNormSquared(gd) < endNormSquared(exact), "GD ends at a flatter minimum than the exact flow");
        assertTrue(gd.a(gd.lastStep()) > 0 && gd.b(gd.lastStep()) > 0, "on the start's branch");
    }

    @Test
    void farStartIsStableAndGdBendsTowardsTheModifiedFlow() {
        Preset p = Presets.FIG1A_FAR;
        RunParameters rp = p.state().parameters();
        assertEquals(75.0, rp.a0());
        assertEquals(74.925, rp.b0());
        double stability = rp.h() * rp.model().constant("x") * rp.model().constant("x") * (rp.a0() * rp.a0() + rp.b0() * rp.b0());
        assertTrue(stability < STABILITY_LIMIT, "h·x²‖θ₀‖² = " + stability);
        assertEquals(0.56, stability, 0.01, "the explanation quotes ≈ 0.56");
        Map<Method, Trajectory> r = run(p);
        Trajectory gd = r.get(Method.GD);
        assertTrue(gd.status() != TrajectoryStatus.DIVERGED, gd.message());
        assertTrue(gd.loss(gd.lastStep()) < ON_MINIMUM_LOSS, "GD reached the valley: E = " + gd.loss(gd.lastStep()));
        int last = gd.lastStep();
        assertTrue(gd.distanceTo(r.get(Method.MODIFIED), last) < gd.distanceTo(r.get(Method.EXACT), last));
        assertTrue(maxDistance(gd, r.get(Method.MODIFIED)) < maxDistance(gd, r.get(Method.EXACT)));
    }

    @Test
    void sweepPresetOpensTheSweepAndTheSweepShowsFigure1b() {
        Preset p = Presets.FIG1B_SWEEP;
        assertTrue(p.state().isOpen(Panel.SWEEP));
        RunParameters rp = p.state().parameters();
        List<SweepPoint> small = LearningRateSweep.run(rp.landscape(), rp.a0(), rp.b0(), Statistics.linSpace(0.01, 0.1, 10));
        for (int i = 0; i < small.size(); i++) {
            SweepPoint s = small.get(i);
            assertEquals(TrajectoryStatus.CONVERGED, s.status(), "h = " + s.h());
            assertFalse(s.branchFlipped(), "h = " + s.h());
            if (i > 0) {
                assertTrue(s.rIgOverLoss() < small.get(i - 1).rIgOverLoss(), "R_IG/E falls with h at h = " + s.h());
            }
        }
        List<SweepPoint> large = LearningRateSweep.run(rp.landscape(), rp.a0(), rp.b0(), new double[] {0.12, 0.15, 0.25});
        assertTrue(large.get(0).branchFlipped() && large.get(1).branchFlipped(), "ricochet past h ≈ 0.11");
        assertEquals(TrajectoryStatus.DIVERGED, large.get(2).status());
    }

    @Test
    void ricochetGdConvergesOnTheOtherBranch() {
        Preset p = Presets.RICOCHET;
        RunParameters rp = p.state().parameters();
        assertTrue(rp.h() > 0.11);
        Map<Method, Trajectory> r = run(p);
        Trajectory gd = r.get(Method.GD);
        int l = gd.lastStep();
        assertEquals(TrajectoryStatus.RICOCHET, gd.status(), gd.message());
        assertTrue(gd.message().startsWith("ricocheted to the other branch: converged there at step "), gd.message());
        assertTrue(gd.a(l) < 0 && gd.b(l) < 0, "GD ends on the negative branch");
        assertEquals(rp.model().constant("y") / rp.model().constant("x"), gd.a(l) * gd.b(l), 1e-6, "on the hyperbola ab = y/x");
        for (Method m : List.of(Method.EXACT, Method.MODIFIED)) {
            Trajectory t = r.get(m);
            assertTrue(t.a(t.lastStep()) > 0 && t.b(t.lastStep()) > 0, m + " stays on the start's branch");
        }
    }

    @Test
    void divergencePresetDivergesWhileTheFlowsConverge() {
        Preset p = Presets.DIVERGENCE;
        assertTrue(p.state().parameters().h() >= 0.25);
        Map<Method, Trajectory> r = run(p);
        Trajectory gd = r.get(Method.GD);
        assertEquals(TrajectoryStatus.DIVERGED, gd.status());
        assertTrue(gd.lastStep() < 10, "within a few steps: " + gd.message());
        assertEquals(TrajectoryStatus.CONVERGED, r.get(Method.EXACT).status(), r.get(Method.EXACT).message());
        assertEquals(TrajectoryStatus.CONVERGED, r.get(Method.MODIFIED).status(), r.get(Method.MODIFIED).message());
    }

    @Test
    void egrReachesNearTheFlattestMinimumWhereGdWithTheSameStrengthCannot() {
        Preset p = Presets.EGR_BEYOND_STABILITY;
        RunParameters rp = p.state().parameters();
        double equivalentH = 2 * rp.mu(); // λ = h/2 = µ
        assertTrue(equivalentH > 1 / Math.abs(rp.model().constant("x") * rp.model().constant("y")), "no minimum is stable for GD at h = 2µ");
        Trajectory gdEquivalent = TrajectoryService.compute(Method.GD, rp.withH(equivalentH), RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
        assertEquals(TrajectoryStatus.DIVERGED, gdEquivalent.status());
        Map<Method, Trajectory> r = run(p, EnumSet.of(Method.EXACT, Method.EGR));
        double least = 2 * Math.abs(rp.model().constant("x") * rp.model().constant("y"));
        Trajectory egr = r.get(Method.EGR);
        assertTrue(egr.loss(egr.lastStep()) < ON_MINIMUM_LOSS, "EGR reached a minimum: " + egr.message());
        double egrRatio = rIgOverLoss(rp, egr) / least;
        double exactRatio = rIgOverLoss(rp, r.get(Method.EXACT)) / least;
        assertTrue(egrRatio <= NEAR_FLATTEST_RATIO, "EGR R_IG/E is " + egrRatio + " times the least");
        assertTrue(exactRatio >= FAR_FROM_FLATTEST_RATIO, "exact flow R_IG/E is " + exactRatio + " times the least");
        assertTrue(rp.h() * rp.model().constant("x") * rp.model().constant("x") * (rp.a0() * rp.a0() + rp.b0() * rp.b0()) < STABILITY_LIMIT,
                "the small h itself is stable for the GD curve shown");
    }
}
