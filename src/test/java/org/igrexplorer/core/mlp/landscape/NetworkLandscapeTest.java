package org.igrexplorer.core.mlp.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.Dataset;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpNetwork;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.ParamVector;
import org.igrexplorer.core.mlp.RunControl;
import org.igrexplorer.core.mlp.SyntheticData;
import org.igrexplorer.core.mlp.TrainingConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The surface against independent forward passes of the plain network. */
class NetworkLandscapeTest {

    /** Mean cross-entropy of the same float32 network computed two ways: float32 rounding. */
    static final double FLOAT_REL_TOL = 1e-5;
    static final int SUBSET = 300;

    static ExecutorService pool;
    static DataSplit data;
    static MlpArchitecture arch;
    static List<Snapshot> path;

    @BeforeAll
    static void train() {
        pool = Executors.newFixedThreadPool(3);
        data = SyntheticData.generate(SyntheticData.Kind.SPIRALS, 400, 200, 0.1, 7);
        arch = new MlpArchitecture(2, 24, 24, 2);
        TrainingConfig cfg = new TrainingConfig(arch, 0.2, 40, 0, 30, 0, 5, 128);
        SnapshotStore store = new SnapshotStore(arch.paramCount(), 40, 3);
        store.record(new MlpTrainer(data, cfg, Blas.best()), null, null);
        path = store.snapshots();
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** E(θ) on the first n training examples by one plain forward pass. */
    static double plainLoss(MlpArchitecture a, float[] theta, Dataset train, int n) {
        MlpNetwork net = new MlpNetwork(a, n, Blas.best());
        net.load(train, null, 0, n);
        ParamVector p = new ParamVector(a);
        p.setFrom(theta);
        net.forward(p, n, 1f / n);
        return net.lastLoss();
    }

    /** ‖∇E(θ)‖ on the first n training examples. */
    static double gradNorm(float[] theta, Dataset train, int n) {
        MlpNetwork net = new MlpNetwork(arch, n, Blas.best());
        net.load(train, null, 0, n);
        ParamVector p = new ParamVector(arch);
        p.setFrom(theta);
        ParamVector g = new ParamVector(arch);
        net.gradient(p, n, 1f / n, g, MlpNetwork.Accumulation.REPLACE);
        return Math.sqrt(g.squaredNorm());
    }

    @Test
    void surfaceAtTheOriginIsTheFinalNetworksLoss() {
        PcaPlane plane = PcaPlane.of(path);
        PlaneLoss loss = new PlaneLoss(arch, plane, data.train().head(SUBSET), data.test(), Blas.best(), null);
        assertTrue(loss.factored());
        double expected = plainLoss(arch, path.get(path.size() - 1).theta(), data.train(), SUBSET);
        assertEquals(expected, loss.evaluator().loss(0, 0), FLOAT_REL_TOL * expected);
        // and the grid node at the origin of a symmetric odd grid
        PlaneGrid g = NetworkLandscape.grid(loss, -1, 1, -2, 2, 5, pool, 3, null, null, null);
        assertEquals(expected, g.loss(2, 2), FLOAT_REL_TOL * expected);
        assertEquals(0, g.alpha(2));
        assertEquals(0, g.beta(2));
    }

    @Test
    void factoredCellsAgreeWithPlainForwardPasses() {
        PcaPlane plane = PcaPlane.of(path);
        PlaneLoss loss = new PlaneLoss(arch, plane, data.train().head(SUBSET), data.test(), Blas.best(), null);
        PlaneLoss.Evaluator ev = loss.evaluator();
        SplittableRandom rng = new SplittableRandom(9);
        float[] theta = new float[arch.paramCount()];
        for (int k = 0; k < 20; k++) {
            double a = rng.nextDouble(-10, 10);
            double b = rng.nextDouble(-10, 10);
            plane.pointInto(a, b, 0, theta);
            double expected = plainLoss(arch, theta, data.train(), SUBSET);
            assertEquals(expected, ev.loss(a, b), FLOAT_REL_TOL * expected, "at " + a + ", " + b);
        }
    }

    @Test
    void surfaceAtTheProjectedStartIsWithinWhatTheResidualCanChange() {
        NetworkLandscape land = NetworkLandscape.compute(arch, List.of(new NetworkLandscape.Run("ref", path)), data,
                new NetworkLandscape.Settings(SUBSET, 9, 0.2), Blas.best(), pool, 3, null, null);
        PathPoint start = land.paths().get(0).points().get(0);
        PlaneLoss loss = new PlaneLoss(arch, land.plane(), data.train().head(SUBSET), data.test(), Blas.best(), null);
        double onPlane = loss.evaluator().loss(start.alpha(), start.beta());
        double truth = plainLoss(arch, path.get(0).theta(), data.train(), SUBSET);
        assertEquals(truth, start.loss(), FLOAT_REL_TOL * truth, "a path point carries its snapshot's own loss");
        // mean value theorem on the segment from the projected start p to θ_0 (length = residual):
        // |E(p) − E(θ_0)| ≤ max ‖∇E‖ on the segment × residual; the max is sampled at 41 points
        float[] p = new float[arch.paramCount()];
        land.plane().pointInto(start.alpha(), start.beta(), 0, p);
        float[] x = new float[p.length];
        double gMax = 0;
        for (int k = 0; k <= 40; k++) {
            double t = k / 40.0;
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) ((1 - t) * p[i] + t * path.get(0).theta()[i]);
            }
            gMax = Math.max(gMax, gradNorm(x, data.train(), SUBSET));
        }
        assertTrue(start.residual() > 0, "a real path leaves the plane");
        double bound = 1.25 * gMax * start.residual() + FLOAT_REL_TOL * truth;
        assertTrue(Math.abs(onPlane - truth) <= bound,
                "|E(p) − E(θ0)| = " + Math.abs(onPlane - truth) + " > " + bound);
        double r = land.plane().ratio1() + land.plane().ratio2();
        assertTrue(r > 0 && r <= 1 + 1e-12, "explained variance " + r);
        // the grid covers the whole path with its margin
        PlaneGrid g = land.grid();
        for (PathPoint q : land.paths().get(0).points()) {
            assertTrue(q.alpha() > g.alphaMin() && q.alpha() < g.alphaMax());
            assertTrue(q.beta() > g.betaMin() && q.beta() < g.betaMax());
        }
        assertEquals(path.get(path.size() - 1).step(), land.plane().centreStep());
    }

    @Test
    void snapshotsInsideThePlaneLieOnTheSurface() {
        // a path made inside a known plane of the real network: the surface at each projected point
        // is the snapshot's own loss (residual = float rounding only)
        PcaPlane plane = PcaPlane.of(path);
        double[][] coef = {{-3, -2, -1.5, -0.4, 0}, {-1, 0.8, -0.3, 0.2, 0}};
        List<Snapshot> inPlane = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            float[] t = new float[arch.paramCount()];
            plane.pointInto(coef[0][i], coef[1][i], 0, t);
            inPlane.add(new Snapshot(i, t));
        }
        NetworkLandscape land = NetworkLandscape.compute(arch, List.of(new NetworkLandscape.Run("in plane", inPlane)),
                data, new NetworkLandscape.Settings(SUBSET, 5, 0.1), Blas.best(), pool, 2, null, null);
        PlaneLoss loss = new PlaneLoss(arch, land.plane(), data.train().head(SUBSET), data.test(), Blas.best(), null);
        PlaneLoss.Evaluator ev = loss.evaluator();
        for (PathPoint q : land.paths().get(0).points()) {
            assertTrue(q.residual() < 1e-5, "residual " + q.residual());
            assertEquals(q.loss(), ev.loss(q.alpha(), q.beta()), FLOAT_REL_TOL * q.loss(), "step " + q.step());
        }
        // the recovered plane is the constructed one: the coordinates match up to each axis' sign
        assertEquals(1, land.plane().ratio1() + land.plane().ratio2(), 1e-9);
    }

    @Test
    void aNetworkWithoutHiddenLayersIsEvaluatedDirectly() {
        MlpArchitecture lin = new MlpArchitecture(2, 2);
        SnapshotStore store = new SnapshotStore(lin.paramCount(), 20, 2);
        store.record(new MlpTrainer(data, new TrainingConfig(lin, 0.5, 50, 0, 4, 0, 2, 64), Blas.best()), null, null);
        List<Snapshot> s = store.snapshots();
        PlaneLoss loss = new PlaneLoss(lin, PcaPlane.of(s), data.train().head(SUBSET), data.test(), Blas.best(), null);
        assertFalse(loss.factored());
        double expected = plainLoss(lin, s.get(s.size() - 1).theta(), data.train(), SUBSET);
        assertEquals(expected, loss.evaluator().loss(0, 0), FLOAT_REL_TOL * expected);
    }

    @Test
    void parallelGridEqualsOneWorkerAndReportsProgressToTheEnd() {
        PlaneLoss loss = new PlaneLoss(arch, PcaPlane.of(path), data.train().head(SUBSET), data.test(), Blas.best(),
                null);
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        PlaneGrid par = NetworkLandscape.grid(loss, -2, 3, -1, 1, 11, pool, 3, null, (d, t) -> {
            seen.incrementAndGet();
            max.accumulateAndGet(d, Math::max);
            assertEquals(121, t);
        }, null);
        PlaneGrid one = NetworkLandscape.grid(loss, -2, 3, -1, 1, 11, pool, 1, null, null, null);
        assertArrayEquals(one.loss(), par.loss(), 0);
        assertEquals(121, seen.get());
        assertEquals(121, max.get());
    }

    @Test
    void cancellingStopsTheGridAndLeavesThePoolFree() throws Exception {
        PlaneLoss loss = new PlaneLoss(arch, PcaPlane.of(path), data.train().head(SUBSET), data.test(), Blas.best(),
                null);
        RunControl control = new RunControl();
        AtomicInteger done = new AtomicInteger();
        assertThrows(CancellationException.class, () -> NetworkLandscape.grid(loss, -1, 1, -1, 1, 101, pool, 3,
                control, (d, t) -> {
                    if (done.incrementAndGet() == 50) {
                        control.cancel();
                    }
                }, null));
        assertTrue(done.get() < 101 * 101, "stopped early: " + done.get());
        // every helper has returned: the pool runs a new job at once
        assertEquals(1, pool.submit(() -> 1).get(5, java.util.concurrent.TimeUnit.SECONDS));
    }

    @Test
    void aBusyPoolDoesNotStallTheCaller() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        var gate = new java.util.concurrent.CountDownLatch(1);
        single.submit(() -> {
            gate.await();
            return null;
        });
        try {
            PlaneLoss loss = new PlaneLoss(arch, PcaPlane.of(path), data.train().head(SUBSET), data.test(),
                    Blas.best(), null);
            PlaneGrid g = NetworkLandscape.grid(loss, -1, 1, -1, 1, 6, single, 4, null, null, null);
            assertEquals(36, g.loss().length);
        } finally {
            gate.countDown();
            single.shutdown();
        }
    }

    @Test
    void aSecondRunIsProjectedOnTheFirstRunsPlaneAndADivergedTailIsCut() {
        TrainingConfig cfg = new TrainingConfig(arch, 0.05, 40, 0, 30, 0, 6, 128);
        SnapshotStore other = new SnapshotStore(arch.paramCount(), 40, 3);
        other.record(new MlpTrainer(data, cfg, Blas.best()), null, null);
        List<Snapshot> second = new ArrayList<>(other.snapshots());
        float[] nan = new float[arch.paramCount()];
        java.util.Arrays.fill(nan, Float.NaN);
        second.add(new Snapshot(second.get(second.size() - 1).step() + 1, nan));
        NetworkLandscape land = NetworkLandscape.compute(arch,
                List.of(new NetworkLandscape.Run("h=0.2", path), new NetworkLandscape.Run("h=0.05", second)), data,
                new NetworkLandscape.Settings(SUBSET, 7, 0.2), Blas.best(), pool, 3, null, null);
        assertEquals(2, land.paths().size());
        ProjectedPath p2 = land.paths().get(1);
        assertTrue(p2.truncated());
        assertFalse(land.paths().get(0).truncated());
        assertEquals(second.size() - 1, p2.points().size());
        PathPoint q = p2.points().get(p2.points().size() - 1);
        double[] c = land.plane().project(second.get(second.size() - 2).theta());
        assertEquals(c[0], q.alpha(), 0);
        assertEquals(c[1], q.beta(), 0);
        for (PathPoint x : p2.points()) {
            assertTrue(x.alpha() >= land.grid().alphaMin() && x.alpha() <= land.grid().alphaMax());
            assertTrue(x.testAccuracy() >= 0 && x.testAccuracy() <= 1);
        }
        // the reference path still ends at the origin
        PathPoint end = land.paths().get(0).points().get(path.size() - 1);
        assertEquals(0, end.alpha(), 0);
        assertEquals(0, end.beta(), 0);
    }
}
