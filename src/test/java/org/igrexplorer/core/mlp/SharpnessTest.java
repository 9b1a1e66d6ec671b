package org.igrexplorer.core.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.igrexplorer.core.mlp.MlpNetwork.Accumulation;
import org.junit.jupiter.api.Test;

class SharpnessTest {

    /** The bound: Lanczos against the dense Hessian's top eigenvalue. */
    static final double DENSE_REL_TOL = 1e-6;
    /** float32 Hessian–vector products: the dense Hessian is symmetric to about this. */
    static final double SYMMETRY_REL_TOL = 1e-5;

    static final MlpArchitecture TINY = MlpNetworkTest.TINY;

    /** H column by column, H e_i, from the same exact Hessian–vector product; then symmetrised. */
    static DMatrixRMaj denseHessian(MlpNetwork net, Dataset d, ParamVector theta) {
        int m = theta.size();
        DMatrixRMaj h = new DMatrixRMaj(m, m);
        ParamVector e = new ParamVector(TINY);
        ParamVector col = new ParamVector(TINY);
        net.load(d, null, 0, d.size());
        for (int i = 0; i < m; i++) {
            e.zero();
            e.set(i, 1f);
            net.hessianVector(theta, d.size(), 1f / d.size(), e, col, Accumulation.REPLACE);
            for (int r = 0; r < m; r++) {
                h.set(r, i, col.get(r));
            }
        }
        return h;
    }

    static double topEigenvalue(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
        assertTrue(eig.decompose(symmetric.copy()));
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
            top = Math.max(top, eig.getEigenvalue(i).getReal());
        }
        return top;
    }

    @Test
    void lanczosMatchesTheDenseHessianOfATinyNet() {
        Dataset d = MlpNetworkTest.tinyData(12, 17);
        ParamVector theta = MlpNetworkTest.randomParams(TINY, 23);
        MlpNetwork net = new MlpNetwork(TINY, 16, Blas.best());
        DMatrixRMaj h = denseHessian(net, d, theta);
        double asym = 0;
        double norm = 0;
        for (int i = 0; i < h.numRows; i++) {
            for (int j = 0; j < h.numCols; j++) {
                asym += Math.pow(h.get(i, j) - h.get(j, i), 2);
                norm += Math.pow(h.get(i, j), 2);
            }
        }
        assertTrue(Math.sqrt(asym / norm) < SYMMETRY_REL_TOL, "H is symmetric: " + Math.sqrt(asym / norm));
        DMatrixRMaj sym = new DMatrixRMaj(h.numRows, h.numCols);
        for (int i = 0; i < h.numRows; i++) {
            for (int j = 0; j < h.numCols; j++) {
                sym.set(i, j, 0.5 * (h.get(i, j) + h.get(j, i)));
            }
        }
        double expected = topEigenvalue(sym);
        Sharpness.Measurement s = Sharpness.measure(net, d, 5000, theta, Lanczos.DEFAULT, 4, null);
        assertEquals(expected, s.sharpness(), DENSE_REL_TOL * expected,
                "dense " + expected + " vs Lanczos " + s.sharpness() + " after " + s.iterations());
        assertEquals(12, s.examples(), "at most the data set");
        assertTrue(s.iterations() >= 20 && s.converged());
    }

    @Test
    void chunkedProductsGiveTheSameSharpnessAndUseOnlyTheFirstExamples() {
        Dataset d = MlpNetworkTest.tinyData(20, 31);
        ParamVector theta = MlpNetworkTest.randomParams(TINY, 3);
        double resident = Sharpness.measure(new MlpNetwork(TINY, 16, Blas.best()), d, 14, theta, Lanczos.DEFAULT, 2,
                null).sharpness();
        double chunked = Sharpness.measure(new MlpNetwork(TINY, 4, Blas.best()), d, 14, theta, Lanczos.DEFAULT, 2,
                null).sharpness();
        assertEquals(resident, chunked, DENSE_REL_TOL * resident);
        double headOnly = Sharpness.measure(new MlpNetwork(TINY, 16, Blas.best()), d.head(14), 5000, theta,
                Lanczos.DEFAULT, 2, null).sharpness();
        assertEquals(resident, headOnly, DENSE_REL_TOL * resident);
        double all = Sharpness.measure(new MlpNetwork(TINY, 32, Blas.best()), d, 20, theta, Lanczos.DEFAULT, 2, null)
                .sharpness();
        assertTrue(Math.abs(all - resident) > 1e-3 * resident, "other examples, another Hessian");
    }

    @Test
    void trainerMeasuresOnItsScheduleAndLeavesOtherRowsEmpty() {
        DataSplit data = new DataSplit(MlpNetworkTest.tinyData(24, 5), MlpNetworkTest.tinyData(8, 6));
        TrainingConfig cfg = new TrainingConfig(TINY, 0.05, 24, 0, 9, 2, 3, 2048)
                .withSharpness(new SharpnessSchedule(3, 5000));
        MlpTrainer t = new MlpTrainer(data, cfg, Blas.best());
        ParamVector start = new ParamVector(TINY);
        start.copyFrom(t.parameters());
        List<MlpMetrics> rows = new ArrayList<>();
        t.run(rows::add, null);
        List<Long> measured = new ArrayList<>();
        List<Long> evaluated = new ArrayList<>();
        for (MlpMetrics m : rows) {
            evaluated.add(m.step());
            if (m.hasSharpness()) {
                measured.add(m.step());
            }
        }
        assertEquals(List.of(0L, 3L, 6L, 9L), measured);
        assertEquals(List.of(0L, 2L, 3L, 4L, 6L, 8L, 9L), evaluated, "eval every 2 plus the sharpness steps");
        double atStart = Sharpness.measure(new MlpNetwork(TINY, 24, Blas.best()), data.train(), 5000, start,
                Lanczos.DEFAULT, 99, null).sharpness();
        assertEquals(atStart, rows.get(0).sharpness(), DENSE_REL_TOL * atStart, "step 0 is the initial network");
        assertFalse(new SharpnessSchedule(0, 10).due(0));
    }
}
