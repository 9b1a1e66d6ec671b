package org.igrexplorer.core.mlp.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.DataSplit;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpTrainer;
import org.igrexplorer.core.mlp.ParamVector;
import org.igrexplorer.core.mlp.RunStatus;
import org.igrexplorer.core.mlp.SyntheticData;
import org.igrexplorer.core.mlp.TrainingConfig;
import org.junit.jupiter.api.Test;

class SnapshotStoreTest {

    @Test
    void aLongRunStaysWithinTheMemoryBoundWithEvenlySpacedSnapshots() {
        MlpArchitecture arch = new MlpArchitecture(2, 3, 2);
        ParamVector theta = new ParamVector(arch);
        SnapshotStore store = new SnapshotStore(arch.paramCount(), SnapshotStore.DEFAULT_CAPACITY, 5);
        assertEquals(4L * arch.paramCount() * 201, store.maxBytes(), "the bound: (capacity + 1) × m × 4 bytes");
        long last = 123_457;
        long peak = 0;
        for (long step = 0; step <= last; step++) {
            theta.set(0, step);
            store.offer(step, theta, step == last);
            peak = Math.max(peak, store.bytes());
            assertTrue(store.size() <= SnapshotStore.DEFAULT_CAPACITY + 1);
        }
        assertTrue(peak <= store.maxBytes(), "peak " + peak + " > bound " + store.maxBytes());
        List<Snapshot> s = store.snapshots();
        assertEquals(0, s.get(0).step());
        assertEquals(last, s.get(s.size() - 1).step());
        assertEquals((float) last, s.get(s.size() - 1).theta()[0], "the last snapshot holds the last θ");
        long stride = store.stride();
        assertTrue(stride > 5 && stride % 5 == 0, "stride doubled from 5: " + stride);
        for (int i = 0; i < s.size() - 1; i++) {
            assertEquals(i * stride, s.get(i).step(), "evenly spaced");
            assertEquals((float) s.get(i).step(), s.get(i).theta()[0], "each snapshot is a copy taken at its step");
        }
        assertTrue(s.size() - 1 >= SnapshotStore.DEFAULT_CAPACITY / 2, "thinning keeps at least half: " + s.size());
    }

    @Test
    void capacityForABudget() {
        assertEquals(200, SnapshotStore.capacityFor(1000, 1L << 30));
        int c = SnapshotStore.capacityFor(101_770, 48L << 20);
        assertTrue(4L * 101_770 * (c + 1) <= 48L << 20, "bound fits the budget");
        assertTrue(4L * 101_770 * (c + 2) > 48L << 20, "and is the largest that does");
        assertEquals(4, SnapshotStore.capacityFor(10_000_000, 1000));
        assertEquals(1, SnapshotStore.periodFor(199, 200), "0 .. 199: 200 snapshots");
        assertEquals(2, SnapshotStore.periodFor(200, 200), "0 .. 200 every 2: 101");
        assertEquals(1, SnapshotStore.periodFor(0, 200));
    }

    @Test
    void recordsARunFromItsStartToItsLastStep() {
        DataSplit data = SyntheticData.generate(SyntheticData.Kind.BLOBS, 200, 50, 0.2, 3);
        TrainingConfig cfg = new TrainingConfig(new MlpArchitecture(2, 8, 4), 0.1, 20, 0, 3, 0, 4, 64);
        MlpTrainer t = new MlpTrainer(data, cfg, Blas.best());
        float[] start = t.parameters().toArray();
        SnapshotStore store = new SnapshotStore(cfg.architecture().paramCount(), 6, 4);
        var summary = store.record(t, null, null);
        assertEquals(RunStatus.FINISHED, summary.status());
        List<Snapshot> s = store.snapshots();
        assertEquals(0, s.get(0).step());
        assertArrayEquals(start, s.get(0).theta());
        assertEquals(30, s.get(s.size() - 1).step());
        assertArrayEquals(t.parameters().toArray(), s.get(s.size() - 1).theta());
        // 30 steps every 4 overflow 6 snapshots once (at step 24): stride 8, steps 0, 8, 16, 24, then the last
        assertEquals(List.of(0L, 8L, 16L, 24L, 30L), s.stream().map(Snapshot::step).toList());
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SnapshotStore(10, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new SnapshotStore(10, 10, 0));
        SnapshotStore s = new SnapshotStore(3, 10, 1);
        s.add(new Snapshot(5, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> s.add(new Snapshot(4, new float[3])));
        assertThrows(IllegalArgumentException.class, () -> s.add(new Snapshot(6, new float[2])));
    }
}
