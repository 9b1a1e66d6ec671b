package org.igrexplorer.core.mlp;

import java.nio.FloatBuffer;

/**
 * A flat float32 vector laid out like the parameters of an {@link MlpArchitecture} (weights,
 * gradients, directions, Hessian–vector products), in one direct buffer with a view per layer.
 * Mutable: owned by one job.
 */
public final class ParamVector {

    private final MlpArchitecture arch;
    private final FloatBuffer all;
    final FloatBuffer[] w;
    final FloatBuffer[] b;

    public ParamVector(MlpArchitecture arch) {
        this.arch = arch;
        this.all = Blas.allocate(arch.paramCount());
        int layers = arch.layers();
        w = new FloatBuffer[layers];
        b = new FloatBuffer[layers];
        for (int l = 0; l < layers; l++) {
            w[l] = all.slice(arch.weightOffset(l), arch.size(l) * arch.size(l + 1));
            b[l] = all.slice(arch.biasOffset(l), arch.size(l + 1));
        }
    }

    public MlpArchitecture architecture() {
        return arch;
    }

    /** @return the whole vector (position 0); callers must not change its position or limit */
    FloatBuffer buffer() {
        return all;
    }

    public int size() {
        return arch.paramCount();
    }

    public float get(int i) {
        return all.get(i);
    }

    /** Modifies this vector. */
    public void set(int i, float value) {
        all.put(i, value);
    }

    /** W_{layer+1}[row][col] */
    public float weight(int layer, int row, int col) {
        return w[layer].get(row * arch.size(layer + 1) + col);
    }

    public float bias(int layer, int j) {
        return b[layer].get(j);
    }

    /** Copies src into this vector (same architecture). Modifies this vector. */
    public void copyFrom(ParamVector src) {
        FloatBuffer s = src.all.duplicate();
        FloatBuffer d = all.duplicate();
        s.clear();
        d.clear();
        d.put(s);
    }

    /** Fills with zeros. Modifies this vector. */
    public void zero() {
        for (int i = 0, n = size(); i < n; i++) {
            all.put(i, 0f);
        }
    }

    /** @return Σ x_i², accumulated in double */
    public double squaredNorm() {
        double s = 0;
        for (int i = 0, n = size(); i < n; i++) {
            double v = all.get(i);
            s += v * v;
        }
        return s;
    }

    /** @return a copy as a heap array */
    public float[] toArray() {
        float[] a = new float[size()];
        all.duplicate().clear();
        for (int i = 0; i < a.length; i++) {
            a[i] = all.get(i);
        }
        return a;
    }

    /** Copies values in from an array of length size(). Modifies this vector. */
    public void setFrom(float[] values) {
        if (values.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            all.put(i, values[i]);
        }
    }
}
