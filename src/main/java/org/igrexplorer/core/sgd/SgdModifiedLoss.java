package org.igrexplorer.core.sgd;

import org.igrexplorer.core.loss.DataSetLoss;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.SmoothFunction;

/**
 * The modified loss of SGD with random reshuffling (Smith, Dherin, Barrett, De, ICLR 2021): after one epoch the
 * mean iterate follows, up to O(h³), the flow of
 * <pre>
 *   Ẽ_SGD = E + (h/4)‖∇E‖² + ((n − B)/(n − 1))·(h/(4B))·Γ,   Γ = (1/n) Σ ‖∇ℓ_i − ∇E‖²,
 * </pre>
 * with gradient ∇E + (h/2)H∇E + ((n − B)/(n − 1))·(h/(4B))·∇Γ. With B = n the last term vanishes and this is GD's
 * Ẽ. A {@link SmoothFunction} like {@link org.igrexplorer.core.loss.GradientRegularizedLoss}: the flows need its
 * gradient only (its own Hessian would need fourth derivatives of ℓ). Immutable.
 */
public final class SgdModifiedLoss implements SmoothFunction {

    private final DataSetLoss loss;
    private final int batch;
    private final double h;
    private final double sgdCoefficient;

    private SgdModifiedLoss(DataSetLoss loss, int batch, double h) {
        this.loss = loss;
        this.batch = loss.data().requireBatch(batch);
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("h must be finite and > 0, got " + h);
        }
        this.h = h;
        int n = loss.size();
        this.sgdCoefficient = n == 1 ? 0.0 : (double) (n - batch) / (n - 1) * h / (4.0 * batch);
    }

    /**
     * @param loss  E on the data set
     * @param batch B, a divisor of n
     * @param h     learning rate, h &gt; 0
     * @return Ẽ_SGD
     * @throws IllegalArgumentException for a batch size that does not divide n (listing the divisors) or a bad h
     */
    public static SgdModifiedLoss of(DataSetLoss loss, int batch, double h) {
        return new SgdModifiedLoss(loss, batch, h);
    }

    /** @return the data-set loss E */
    public DataSetLoss loss() {
        return loss;
    }

    /** @return B */
    public int batch() {
        return batch;
    }

    /** @return h */
    public double h() {
        return h;
    }

    /** @return ((n − B)/(n − 1))·h/(4B), the weight of Γ (0 for B = n) */
    public double sgdCoefficient() {
        return sgdCoefficient;
    }

    @Override
    public int dimension() {
        return Landscape.M;
    }

    @Override
    public double value(double[] theta) {
        double v = loss.value(theta) + 0.25 * h * loss.gradientNormSquared(theta);
        return sgdCoefficient == 0 ? v : v + sgdCoefficient * loss.gamma(theta);
    }

    @Override
    public void gradient(double[] theta, double[] out) {
        double[] g = new double[Landscape.M];
        double[] hg = new double[Landscape.M];
        loss.gradient(theta, g);
        loss.hessianVectorProduct(theta, g, hg);
        double[] dg = new double[Landscape.M];
        if (sgdCoefficient != 0) {
            loss.gammaGradient(theta, dg);
        }
        for (int i = 0; i < Landscape.M; i++) {
            out[i] = g[i] + 0.5 * h * hg[i] + sgdCoefficient * dg[i];
        }
    }
}
