package org.igrexplorer.core.mlp;

import java.nio.FloatBuffer;

/** A small data set held as floats (the synthetic 2D sets). The arrays are never modified. */
public final class FloatDataset implements Dataset {

    private final String name;
    private final float[] x;
    private final int[] y;
    private final int size;
    private final int features;
    private final int classes;

    /**
     * @param x row-major size x features (copied)
     * @param y labels (copied)
     */
    public FloatDataset(String name, float[] x, int[] y, int features, int classes) {
        if (features <= 0 || x.length != y.length * features) {
            throw new IllegalArgumentException("x must hold y.length * features values");
        }
        for (int label : y) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " outside 0.." + (classes - 1));
            }
        }
        this.name = name;
        this.x = x.clone();
        this.y = y.clone();
        this.size = y.length;
        this.features = features;
        this.classes = classes;
    }

    private FloatDataset(FloatDataset src, int limit) {
        this.name = src.name;
        this.x = src.x;
        this.y = src.y;
        this.size = limit;
        this.features = src.features;
        this.classes = src.classes;
    }

    @Override
    public String name() {
        return name + " (" + size + ")";
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int features() {
        return features;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public int label(int i) {
        return y[i];
    }

    @Override
    public float feature(int i, int f) {
        return x[i * features + f];
    }

    @Override
    public void copyRows(int[] order, int from, int count, FloatBuffer dest, int[] labelsOut) {
        int o = 0;
        for (int r = 0; r < count; r++) {
            int i = order == null ? from + r : order[from + r];
            for (int f = 0; f < features; f++) {
                dest.put(o++, x[i * features + f]);
            }
            labelsOut[r] = y[i];
        }
    }

    @Override
    public Dataset head(int limit) {
        return limit >= size ? this : new FloatDataset(this, Math.max(0, limit));
    }
}
