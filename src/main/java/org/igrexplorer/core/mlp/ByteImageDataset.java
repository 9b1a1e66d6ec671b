package org.igrexplorer.core.mlp;

import java.nio.FloatBuffer;

/** Images stored as unsigned bytes (as in the IDX files), scaled to [0, 1] when read. */
final class ByteImageDataset implements Dataset {

    private static final float SCALE = 1f / 255f;
    private final String name;
    private final byte[] pixels;
    private final byte[] labels;
    private final int size;
    private final int features;
    private final int classes;

    ByteImageDataset(String name, byte[] pixels, byte[] labels, int size, int features, int classes) {
        this.name = name;
        this.pixels = pixels;
        this.labels = labels;
        this.size = size;
        this.features = features;
        this.classes = classes;
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
        return labels[i] & 0xff;
    }

    @Override
    public float feature(int i, int f) {
        return (pixels[i * features + f] & 0xff) * SCALE;
    }

    @Override
    public void copyRows(int[] order, int from, int count, FloatBuffer dest, int[] labelsOut) {
        float[] row = new float[features];
        for (int r = 0; r < count; r++) {
            int i = order == null ? from + r : order[from + r];
            int base = i * features;
            for (int f = 0; f < features; f++) {
                row[f] = (pixels[base + f] & 0xff) * SCALE;
            }
            dest.put(r * features, row, 0, features);
            labelsOut[r] = labels[i] & 0xff;
        }
    }

    @Override
    public Dataset head(int limit) {
        return limit >= size ? this : new ByteImageDataset(name, pixels, labels, Math.max(0, limit), features, classes);
    }
}
