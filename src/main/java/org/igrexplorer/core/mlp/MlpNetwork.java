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
            FloatBuffer bias = theta.b[l - 1];
            boolean relu = l < layers;
            if (rop) {
                FloatBuffer rz = rh[l];
                blas.sgemm(false, false, rows, nOut, nIn, 1f, h[l - 1], nIn, v.w[l - 1], nOut, 0f, rz, nOut);
                if (l > 1) {
                    blas.sgemm(false, false, rows, nOut, nIn, 1f, rh[l - 1], nIn, theta.w[l - 1], nOut, 1f, rz, nOut);
                }
                FloatBuffer vb = v.b[l - 1];
                for (int r = 0; r < rows; r++) {
                    int o = r * nOut;
                    for (int j = 0; j < nOut; j++) {
                        float zz = z.get(o + j) + bias.get(j);
                        float rr = rz.get(o + j) + vb.get(j);
                        if (relu && zz <= 0f) {
                            zz = 0f;
                            rr = 0f;
                        }
                        z.put(o + j, zz);
                        rz.put(o + j, rr);
                    }
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    int o = r * nOut;
                    if (relu) {
                        for (int j = 0; j < nOut; j++) {
                            float zz = z.get(o + j) + bias.get(j);
                            z.put(o + j, zz > 0f ? zz : 0f);
                        }
                    } else {
                        for (int j = 0; j < nOut; j++) {
                            z.put(o + j, z.get(o + j) + bias.get(j));
                        }
                    }
                }
            }
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
            FloatBuffer act = h[l - 1];
            int n = rows * nIn;
            for (int i = 0; i < n; i++) {
                if (act.get(i) <= 0f) {
                    dNext.put(i, 0f);
                    if (rop) {
                        rdNext.put(i, 0f);
                    }
                }
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
    private static void columnSums(FloatBuffer m, int rows, int cols, FloatBuffer out, float keep, float factor) {
        float[] acc = new float[cols];
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            for (int j = 0; j < cols; j++) {
                acc[j] += m.get(o + j);
            }
        }
        for (int j = 0; j < cols; j++) {
            out.put(j, (keep == 0f ? 0f : keep * out.get(j)) + factor * acc[j]);
        }
    }
}
