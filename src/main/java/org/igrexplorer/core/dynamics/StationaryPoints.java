package org.igrexplorer.core.dynamics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.igrexplorer.core.loss.DifferentiableLoss;

/**
 * Tells a minimum from a saddle or a maximum where the gradient vanishes: by the least eigenvalue of
 * the Hessian of E (EJML's symmetric eigen-decomposition of H assembled from Hessian–vector
 * products). A minimum of a loss with a valley of minima (ab = y/x) has a zero eigenvalue along the
 * valley, so only a clearly negative one, below −{@value #RELATIVE_TOLERANCE}·max(1, ‖H‖), marks a saddle.
 */
final class StationaryPoints {

    /** Negative curvature smaller than this fraction of the largest is rounding, not a saddle. */
    static final double RELATIVE_TOLERANCE = 1e-8;

    private StationaryPoints() {
    }

    /** @return whether the stationary point θ of E is a minimum (the Hessian has no clearly negative eigenvalue) */
    static boolean isMinimum(DifferentiableLoss loss, double[] theta) {
        int m = loss.dimension();
        DMatrixRMaj hessian = new DMatrixRMaj(m, m);
        double[] e = new double[m];
        double[] column = new double[m];
        for (int j = 0; j < m; j++) {
            e[j] = 1;
            loss.hessianVectorProduct(theta, e, column);
            e[j] = 0;
            for (int i = 0; i < m; i++) {
                hessian.set(i, j, column[i]);
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                double sym = 0.5 * (hessian.get(i, j) + hessian.get(j, i));
                hessian.set(i, j, sym);
                hessian.set(j, i, sym);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, false, true);
        if (!eig.decompose(hessian)) {
            return true; // no verdict: keep calling a vanishing gradient convergence
        }
        double least = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int i = 0; i < m; i++) {
            double v = eig.getEigenvalue(i).getReal();
            least = Math.min(least, v);
            largest = Math.max(largest, Math.abs(v));
        }
        return !(least < -RELATIVE_TOLERANCE * Math.max(1, largest));
    }
}
