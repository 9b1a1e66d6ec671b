package org.igrexplorer.core.mlp;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * Workspace for forward and backward passes of a ReLU MLP with softmax cross-entropy, for up to
 * {@code capacity} examples at a time. One method per role, each setting the scaled loss and the
 * number of correct predictions of its pass: {@link #forward} (nothing else), {@link #gradient}
 * (backpropagation), {@link #hessianVector} (the Hessian–vector product H v by Pearlmutter's
 * R-operator: forward-mode differentiation of backpropagation along v, exact up to float32
 * rounding; ReLU's kink contributes nothing, as almost everywhere) and {@link #sgdStep} (a step
 * fused with backpropagation).
 *
 * <p>Not thread-safe: one workspace per job. Every method modifies the workspace's buffers.
 */
public final class MlpNetwork {

    private final MlpArchitecture arch;
    private final Blas blas;
    private final int capacity;
    /** h[0] = input rows; h[l] = activations after layer l (logits for l = L). */
    private final FloatBuffer[] h;
    private final FloatBuffer[] rh;
    private final FloatBuffer dA;
    private final FloatBuffer dB;
    private FloatBuffer rdA;
    private FloatBuffer rdB;
    private final int[] labels;
    /** Heap scratch: element-wise work runs on arrays (bulk-copied), where C2 emits SIMD code. */
    private float[] sa = new float[0];
    private float[] sb = new float[0];
    private float[] sc = new float[0];
    private float[] sd = new float[0];
    private double lastLoss;
    private int lastCorrect;

    public MlpNetwork(MlpArchitecture arch, int capacity, Blas blas) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.arch = arch;
        this.blas = blas;
        this.capacity = capacity;
        int layers = arch.layers();
        h = new FloatBuffer[layers + 1];
        rh = new FloatBuffer[layers + 1];
        for (int l = 0; l <= layers; l++) {
            h[l] = Blas.allocate(capacity * arch.size(l));
        }
        dA = Blas.allocate(capacity * arch.maxWidth());
        dB = Blas.allocate(capacity * arch.maxWidth());
        labels = new int[capacity];
    }

    public MlpArchitecture architecture() {
        return arch;
    }

    public int capacity() {
        return capacity;
    }

    /** @return the input rows buffer (capacity x inputs), to be filled before a pass */
    public FloatBuffer input() {
        return h[0];
    }

    /** @return the labels array the pass reads (length capacity) */
    public int[] labels() {
        return labels;
    }

    /** Copies rows of a data set into the input buffer and labels; @return count */
    public int load(Dataset data, int[] order, int from, int count) {
        if (count > capacity) {
            throw new IllegalArgumentException("count " + count + " exceeds capacity " + capacity);
        }
        data.copyRows(order, from, count, h[0], labels);
        return count;
    }

    /** @return Σ over the rows of the last pass of scale · (−log p_y) */
    public double lastLoss() {
        return lastLoss;
    }

    /** @return rows of the last pass whose arg-max logit is the label */
    public int lastCorrect() {
        return lastCorrect;
    }

    /** Whether a pass overwrites its output vector or adds to it (to accumulate a mean over chunks). */
    public enum Accumulation {
        /** the output receives this pass's value */
        REPLACE,
        /** the output receives its old contents plus this pass's value */
        ADD;

        float keep() {
            return this == ADD ? 1f : 0f;
        }
    }

    /**
     * Forward pass only: loss and accuracy of the first {@code rows} loaded examples.
     *
     * @param scale multiplies the loss (1/batch for a batch mean, 1/N to accumulate a full-set mean over chunks)
     */
    public void forward(ParamVector theta, int rows, float scale) {
        checkRows(rows);
        forwardLayers(theta, rows);
        outputLayer(rows, scale, false, false);
    }

    /**
     * The gradient of scale · Σ (−log p_y) over the first {@code rows} loaded examples (backpropagation).
     *
     * @param scale multiplies the loss and the gradient (1/batch for a batch mean, 1/N to accumulate a
     *     full-set mean over chunks)
     * @param grad Modified: receives the gradient, or has it added ({@link Accumulation#ADD})
     */
    public void gradient(ParamVector theta, int rows, float scale, ParamVector grad, Accumulation into) {
        checkRows(rows);
        forwardLayers(theta, rows);
        outputLayer(rows, scale, true, false);
        FloatBuffer d = dA;
        FloatBuffer dNext = dB;
        float keep = into.keep();
        for (int l = arch.layers(); l >= 1; l--) {
            int nIn = arch.size(l - 1);
            int nOut = arch.size(l);
            blas.sgemm(true, false, nIn, nOut, rows, 1f, h[l - 1], nIn, d, nOut, keep, grad.w[l - 1], nOut);
            columnSums(d, rows, nOut, grad.b[l - 1], keep, 1f);
            if (l > 1) {
                propagate(d, theta.w[l - 1], rows, nIn, nOut, 0f, dNext);
                maskInactive(h[l - 1], dNext, rows * nIn);
                FloatBuffer t = d;
                d = dNext;
                dNext = t;
            }
        }
    }

    /**
     * The exact Hessian–vector product scale · Σ H(−log p_y) v over the first {@code rows} loaded
     * examples: Pearlmutter's R-operator, forward-mode differentiation of backpropagation along v.
     *
     * @param scale multiplies the loss and H v (1/N to accumulate a full-set mean over chunks)
     * @param v the direction. Not modified.
     * @param hv Modified: receives H v, or has it added ({@link Accumulation#ADD})
     */
    public void hessianVector(ParamVector theta, int rows, float scale, ParamVector v, ParamVector hv,
            Accumulation into) {
        checkRows(rows);
        if (rh[1] == null) {
            for (int l = 1; l <= arch.layers(); l++) {
                rh[l] = Blas.allocate(capacity * arch.size(l));
            }
            rdA = Blas.allocate(capacity * arch.maxWidth());
            rdB = Blas.allocate(capacity * arch.maxWidth());
        }
        forwardLayers(theta, rows);
        tangentLayers(theta, v, rows);
        outputLayer(rows, scale, true, true);
        FloatBuffer d = dA;
        FloatBuffer dNext = dB;
        FloatBuffer rd = rdA;
        FloatBuffer rdNext = rdB;
        float keep = into.keep();
        for (int l = arch.layers(); l >= 1; l--) {
            int nIn = arch.size(l - 1);
            int nOut = arch.size(l);
            blas.sgemm(true, false, nIn, nOut, rows, 1f, h[l - 1], nIn, rd, nOut, keep, hv.w[l - 1], nOut);
            columnSums(rd, rows, nOut, hv.b[l - 1], keep, 1f);
            if (l == 1) {
                break;
            }
            blas.sgemm(true, false, nIn, nOut, rows, 1f, rh[l - 1], nIn, d, nOut, 1f, hv.w[l - 1], nOut);
            propagate(d, theta.w[l - 1], rows, nIn, nOut, 0f, dNext);
            propagate(rd, theta.w[l - 1], rows, nIn, nOut, 0f, rdNext);
            propagate(d, v.w[l - 1], rows, nIn, nOut, 1f, rdNext);
            // ReLU' is constant almost everywhere, so R{ReLU'} = 0 and both are masked alike
            maskInactive(h[l - 1], dNext, rows * nIn);
            maskInactive(h[l - 1], rdNext, rows * nIn);
            FloatBuffer t = d;
            d = dNext;
            dNext = t;
            t = rd;
            rd = rdNext;
            rdNext = t;
        }
    }

    /**
     * One plain SGD step on the first {@code rows} loaded examples, fused with backpropagation:
     * each layer's weights are updated in place, θ_l ← θ_l − h · scale · Σ ∇_l, right after the
     * layer's error has been propagated below it, so every update uses the gradient at the old θ
     * (exactly the step θ − h ∇E_batch) without storing the gradient.
     *
     * @param theta Modified.
     */
    public void sgdStep(ParamVector theta, int rows, float scale, float learningRate) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive");
        }
        checkRows(rows);
        forwardLayers(theta, rows);
        outputLayer(rows, scale, true, false);
        FloatBuffer d = dA;
        FloatBuffer dNext = dB;
        for (int l = arch.layers(); l >= 1; l--) {
            int nIn = arch.size(l - 1);
            int nOut = arch.size(l);
            if (l > 1) { // propagate the error below this layer first: it needs the old W_l
                propagate(d, theta.w[l - 1], rows, nIn, nOut, 0f, dNext);
            }
            blas.sgemm(true, false, nIn, nOut, rows, -learningRate, h[l - 1], nIn, d, nOut, 1f, theta.w[l - 1], nOut);
            columnSums(d, rows, nOut, theta.b[l - 1], 1f, -learningRate);
            if (l > 1) {
                maskInactive(h[l - 1], dNext, rows * nIn);
                FloatBuffer t = d;
                d = dNext;
                dNext = t;
            }
        }
    }

    private void checkRows(int rows) {
        if (rows < 1 || rows > capacity) {
            throw new IllegalArgumentException("rows " + rows + " outside 1.." + capacity);
        }
    }

    /** h[l] = ReLU(h[l−1] W_l + b_l) for hidden layers, the logits h[L] = h[L−1] W_L + b_L. */
    private void forwardLayers(ParamVector theta, int rows) {
        int layers = arch.layers();
        for (int l = 1; l <= layers; l++) {
            int nIn = arch.size(l - 1);
            int nOut = arch.size(l);
            FloatBuffer z = h[l];
            blas.sgemm(false, false, rows, nOut, nIn, 1f, h[l - 1], nIn, theta.w[l - 1], nOut, 0f, z, nOut);
            int n = rows * nOut;
            float[] zz = grow(0, n);
            float[] bias = grow(2, nOut);
            z.get(0, zz, 0, n);
            theta.b[l - 1].get(0, bias, 0, nOut);
            if (l < layers) {
                for (int r = 0; r < rows; r++) {
                    int o = r * nOut;
                    for (int j = 0; j < nOut; j++) {
                        // ReLU without a branch: clear the value when its sign bit is set
                        int bits = Float.floatToRawIntBits(zz[o + j] + bias[j]);
                        zz[o + j] = Float.intBitsToFloat(bits & ~(bits >> 31));
                    }
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    int o = r * nOut;
                    for (int j = 0; j < nOut; j++) {
                        zz[o + j] += bias[j];
                    }
                }
            }
            z.put(0, zz, 0, n);
        }
    }

    /**
     * The forward tangent along v (after {@link #forwardLayers}): rh[l] = R{h[l]} =
     * (h[l−1] V_l + rh[l−1] W_l + v_b) masked where the unit is inactive (not for the logits).
     */
    private void tangentLayers(ParamVector theta, ParamVector v, int rows) {
        int layers = arch.layers();
        for (int l = 1; l <= layers; l++) {
            int nIn = arch.size(l - 1);
            int nOut = arch.size(l);
            FloatBuffer rz = rh[l];
            blas.sgemm(false, false, rows, nOut, nIn, 1f, h[l - 1], nIn, v.w[l - 1], nOut, 0f, rz, nOut);
            if (l > 1) {
                blas.sgemm(false, false, rows, nOut, nIn, 1f, rh[l - 1], nIn, theta.w[l - 1], nOut, 1f, rz, nOut);
            }
            int n = rows * nOut;
            float[] rr = grow(1, n);
            float[] vb = grow(3, nOut);
            rz.get(0, rr, 0, n);
            v.b[l - 1].get(0, vb, 0, nOut);
            for (int r = 0; r < rows; r++) {
                int o = r * nOut;
                for (int j = 0; j < nOut; j++) {
                    rr[o + j] += vb[j];
                }
            }
            rz.put(0, rr, 0, n);
            if (l < layers) {
                maskInactive(h[l], rz, n);
            }
        }
    }

    /**
     * Softmax cross-entropy of the logits: sets {@link #lastLoss()} and {@link #lastCorrect()}; with
     * {@code deltas}, dA = scale · (p − e_y), and with {@code tangent} also rdA = R{dA} along the
     * forward tangent of the logits.
     */
    private void outputLayer(int rows, float scale, boolean deltas, boolean tangent) {
        int k = arch.classes();
        FloatBuffer logits = h[arch.layers()];
        FloatBuffer rlogits = tangent ? rh[arch.layers()] : null;
        double loss = 0;
        int correct = 0;
        double[] p = new double[k];
        for (int r = 0; r < rows; r++) {
            int o = r * k;
            int y = labels[r];
            float max = logits.get(o);
            int arg = 0;
            for (int j = 1; j < k; j++) {
                float zj = logits.get(o + j);
                if (zj > max) {
                    max = zj;
                    arg = j;
                }
            }
            if (arg == y) {
                correct++;
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                p[j] = Math.exp(logits.get(o + j) - max);
                sum += p[j];
            }
            loss += Math.log(sum) - (logits.get(o + y) - max);
            if (!deltas) {
                continue;
            }
            double s = 0;
            for (int j = 0; j < k; j++) {
                p[j] /= sum;
                if (tangent) {
                    s += p[j] * rlogits.get(o + j);
                }
            }
            for (int j = 0; j < k; j++) {
                dA.put(o + j, (float) ((p[j] - (j == y ? 1 : 0)) * scale));
                if (tangent) {
                    rdA.put(o + j, (float) (scale * p[j] * (rlogits.get(o + j) - s)));
                }
            }
        }
        lastLoss = loss * scale;
        lastCorrect = correct;
    }

    /** out = keep · out + d · Wᵀ: the error d (rows x nOut) propagated below a layer. @param out Modified. */
    private void propagate(FloatBuffer d, FloatBuffer w, int rows, int nIn, int nOut, float keep, FloatBuffer out) {
        blas.sgemm(false, true, rows, nIn, nOut, 1f, d, nOut, w, nOut, keep, out, nIn);
    }

    /**
     * Clears the first n entries of {@code values} where the ReLU activation is 0 (the derivative
     * without a branch: the pattern is random, so branches mispredict; activations are ≥ +0, and
     * −bits &gt;&gt; 31 is all ones exactly when act &gt; 0).
     *
     * @param values Modified.
     */
    private void maskInactive(FloatBuffer activations, FloatBuffer values, int n) {
        float[] act = grow(0, n);
        float[] dd = grow(1, n);
        activations.get(0, act, 0, n);
        values.get(0, dd, 0, n);
        for (int i = 0; i < n; i++) {
            int mask = -Float.floatToRawIntBits(act[i]) >> 31;
            dd[i] = Float.intBitsToFloat(Float.floatToRawIntBits(dd[i]) & mask);
        }
        values.put(0, dd, 0, n);
    }

    /** out = keep · out + factor · (column sums of the rows x cols matrix m). */
    private void columnSums(FloatBuffer m, int rows, int cols, FloatBuffer out, float keep, float factor) {
        float[] all = grow(1, rows * cols);
        m.get(0, all, 0, rows * cols);
        float[] acc = grow(2, cols);
        Arrays.fill(acc, 0, cols, 0f);
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            for (int j = 0; j < cols; j++) {
                acc[j] += all[o + j];
            }
        }
        float[] res = grow(3, cols);
        out.get(0, res, 0, cols);
        for (int j = 0; j < cols; j++) {
            res[j] = (keep == 0f ? 0f : keep * res[j]) + factor * acc[j];
        }
        out.put(0, res, 0, cols);
    }

    /** @return scratch array {@code slot} with at least n elements (contents undefined) */
    private float[] grow(int slot, int n) {
        switch (slot) {
            case 0:
                if (sa.length < n) {
                    sa = new float[n];
                }
                return sa;
            case 1:
                if (sb.length < n) {
                    sb = new float[n];
                }
                return sb;
            case 2:
                if (sc.length < n) {
                    sc = new float[n];
                }
                return sc;
            default:
                if (sd.length < n) {
                    sd = new float[n];
                }
                return sd;
        }
    }
}
