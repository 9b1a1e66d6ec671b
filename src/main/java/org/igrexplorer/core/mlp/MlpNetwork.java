package org.igrexplorer.core.mlp;

import java.nio.FloatBuffer;

/**
 * Workspace for forward and backward passes of a ReLU MLP with softmax cross-entropy, for up to
 * {@code capacity} examples at a time. Computes, in one pass: the summed loss, the number of
 * correct predictions, the gradient (backpropagation) and, given a direction v, the Hessian–vector
 * product H v (Pearlmutter's R-operator: forward-mode differentiation of backpropagation along v,
 * exact up to float32 rounding; ReLU's kink contributes nothing, as almost everywhere).
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
    private FloatBuffer dA;
    private FloatBuffer dB;
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

    /** @return the input rows buffer (capacity x inputs), to be filled before {@link #pass} */
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

    /**
     * Forward pass only: loss and accuracy of the first {@code rows} loaded examples.
     */
    public void forward(ParamVector theta, int rows, float scale) {
        pass(theta, rows, scale, null, false, null, null);
    }

    /**
     * One pass over the first {@code rows} loaded examples.
     *
     * @param scale multiplies the loss and every derivative (1/batch for a batch mean, 1/N to
     *     accumulate a full-set mean over chunks)
     * @param grad Modified (if not null): receives scale · Σ ∇(−log p_y), added to its contents
     *     when {@code accumulate}, else overwriting them
     * @param v direction for the Hessian–vector product (null: none). Not modified.
     * @param hv Modified (if v is not null): receives (or accumulates) scale · Σ H v
     */
    public void pass(ParamVector theta, int rows, float scale, ParamVector grad, boolean accumulate, ParamVector v,
            ParamVector hv) {
        run(theta, rows, scale, grad, accumulate, v, hv, 0f);
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
        run(theta, rows, scale, null, false, null, null, learningRate);
    }

    private void run(ParamVector theta, int rows, float scale, ParamVector grad, boolean accumulate, ParamVector v,
            ParamVector hv, float lr) {
        if (rows < 1 || rows > capacity) {
            throw new IllegalArgumentException("rows " + rows + " outside 1.." + capacity);
        }
        boolean rop = v != null;
        if (rop && hv == null) {
            throw new IllegalArgumentException("a direction needs an output for H v");
        }
        if (rop && rh[1] == null) {
            for (int l = 1; l <= arch.layers(); l++) {
                rh[l] = Blas.allocate(capacity * arch.size(l));
            }
            rdA = Blas.allocate(capacity * arch.maxWidth());
            rdB = Blas.allocate(capacity * arch.maxWidth());
        }
        int layers = arch.layers();
        // forward
        for (int l = 1; l <= layers; l++) {
            int nIn = arch.size(l - 1);
            int nOut = arch.size(l);
            FloatBuffer z = h[l];
            blas.sgemm(false, false, rows, nOut, nIn, 1f, h[l - 1], nIn, theta.w[l - 1], nOut, 0f, z, nOut);
            boolean relu = l < layers;
            int n = rows * nOut;
            float[] zz = grow(0, n);
            float[] bias = grow(2, nOut);
            z.get(0, zz, 0, n);
            theta.b[l - 1].get(0, bias, 0, nOut);
            if (rop) {
                FloatBuffer rz = rh[l];
                blas.sgemm(false, false, rows, nOut, nIn, 1f, h[l - 1], nIn, v.w[l - 1], nOut, 0f, rz, nOut);
                if (l > 1) {
                    blas.sgemm(false, false, rows, nOut, nIn, 1f, rh[l - 1], nIn, theta.w[l - 1], nOut, 1f, rz, nOut);
                }
                float[] rr = grow(1, n);
                float[] vb = grow(3, nOut);
                rz.get(0, rr, 0, n);
                v.b[l - 1].get(0, vb, 0, nOut);
                for (int r = 0; r < rows; r++) {
                    int o = r * nOut;
                    for (int j = 0; j < nOut; j++) {
                        float a = zz[o + j] + bias[j];
                        float ra = rr[o + j] + vb[j];
                        boolean off = relu && a <= 0f;
                        zz[o + j] = off ? 0f : a;
                        rr[o + j] = off ? 0f : ra;
                    }
                }
                rz.put(0, rr, 0, n);
            } else if (relu) {
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
        // softmax cross-entropy, output deltas
        boolean update = lr > 0f;
        boolean backward = grad != null || rop || update;
        int k = arch.classes();
        FloatBuffer logits = h[layers];
        FloatBuffer rlogits = rop ? rh[layers] : null;
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
            if (backward) {
                double s = 0;
                for (int j = 0; j < k; j++) {
                    p[j] /= sum;
                    if (rop) {
                        s += p[j] * rlogits.get(o + j);
                    }
                }
                for (int j = 0; j < k; j++) {
                    dA.put(o + j, (float) ((p[j] - (j == y ? 1 : 0)) * scale));
                    if (rop) {
                        rdA.put(o + j, (float) (scale * p[j] * (rlogits.get(o + j) - s)));
                    }
                }
            }
        }
        lastLoss = loss * scale;
        lastCorrect = correct;
        if (!backward) {
            return;
        }
        // backward
        FloatBuffer d = dA;
        FloatBuffer dNext = dB;
        FloatBuffer rd = rdA;
        FloatBuffer rdNext = rdB;
        float beta = accumulate ? 1f : 0f;
        for (int l = layers; l >= 1; l--) {
            int nIn = arch.size(l - 1);
            int nOut = arch.size(l);
            // propagate the error below this layer first (it needs the old W_l)
            if (l > 1) {
                blas.sgemm(false, true, rows, nIn, nOut, 1f, d, nOut, theta.w[l - 1], nOut, 0f, dNext, nIn);
                if (rop) {
                    blas.sgemm(false, true, rows, nIn, nOut, 1f, rd, nOut, theta.w[l - 1], nOut, 0f, rdNext, nIn);
                    blas.sgemm(false, true, rows, nIn, nOut, 1f, d, nOut, v.w[l - 1], nOut, 1f, rdNext, nIn);
                }
            }
            if (grad != null) {
                blas.sgemm(true, false, nIn, nOut, rows, 1f, h[l - 1], nIn, d, nOut, beta, grad.w[l - 1], nOut);
                columnSums(d, rows, nOut, grad.b[l - 1], accumulate ? 1f : 0f, 1f);
            }
            if (update) {
                blas.sgemm(true, false, nIn, nOut, rows, -lr, h[l - 1], nIn, d, nOut, 1f, theta.w[l - 1], nOut);
                columnSums(d, rows, nOut, theta.b[l - 1], 1f, -lr);
            }
            if (rop) {
                blas.sgemm(true, false, nIn, nOut, rows, 1f, h[l - 1], nIn, rd, nOut, beta, hv.w[l - 1], nOut);
                if (l > 1) {
                    blas.sgemm(true, false, nIn, nOut, rows, 1f, rh[l - 1], nIn, d, nOut, 1f, hv.w[l - 1], nOut);
                }
                columnSums(rd, rows, nOut, hv.b[l - 1], accumulate ? 1f : 0f, 1f);
            }
            if (l == 1) {
                break;
            }
            int n = rows * nIn;
            float[] act = grow(0, n);
            float[] dd = grow(1, n);
            h[l - 1].get(0, act, 0, n);
            dNext.get(0, dd, 0, n);
            // ReLU derivative without a branch (the pattern is random, so branches mispredict):
            // activations are >= +0, and -bits >> 31 is all ones exactly when act > 0
            for (int i = 0; i < n; i++) {
                int mask = -Float.floatToRawIntBits(act[i]) >> 31;
                dd[i] = Float.intBitsToFloat(Float.floatToRawIntBits(dd[i]) & mask);
            }
            dNext.put(0, dd, 0, n);
            if (rop) {
                rdNext.get(0, dd, 0, n);
                for (int i = 0; i < n; i++) {
                    int mask = -Float.floatToRawIntBits(act[i]) >> 31;
                    dd[i] = Float.intBitsToFloat(Float.floatToRawIntBits(dd[i]) & mask);
                }
                rdNext.put(0, dd, 0, n);
            }
            FloatBuffer t = d;
            d = dNext;
            dNext = t;
            if (rop) {
                t = rd;
                rd = rdNext;
                rdNext = t;
            }
        }
        // keep dA/dB naming stable for the next pass
        if (d != dA) {
            dB = dNext;
            dA = d;
        }
        if (rop && rd != rdA) {
            rdB = rdNext;
            rdA = rd;
        }
    }

    /** out = keep · out + factor · (column sums of the rows x cols matrix m). */
    private void columnSums(FloatBuffer m, int rows, int cols, FloatBuffer out, float keep, float factor) {
        float[] all = grow(1, rows * cols);
        m.get(0, all, 0, rows * cols);
        float[] acc = grow(2, cols);
        java.util.Arrays.fill(acc, 0, cols, 0f);
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
