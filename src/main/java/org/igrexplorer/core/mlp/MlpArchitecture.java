package org.igrexplorer.core.mlp;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.igrexplorer.core.Checks;

/**
 * Layer sizes of a ReLU MLP, input first, classes last (e.g. 784,400,400,10). Parameters are laid
 * out layer by layer: W_l (n_{l-1} x n_l, row-major) then b_l (n_l).
 */
public final class MlpArchitecture {

    /** Largest layer the UI and CLI accept (the paper's widest nets are 400 wide). */
    public static final int MAX_WIDTH = 4096;

    private final int[] sizes;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int paramCount;

    public MlpArchitecture(int... sizes) {
        for (int s : sizes) {
            Checks.requireRange("layer size", s, 1, MAX_WIDTH);
        }
        if (sizes.length < 2) {
            throw new IllegalArgumentException("an MLP needs at least an input and an output size, got "
                    + Arrays.toString(sizes));
        }
        this.sizes = sizes.clone();
        int layers = sizes.length - 1;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        long off = 0;
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = (int) off;
            off += (long) sizes[l] * sizes[l + 1];
            biasOffset[l] = (int) off;
            off += sizes[l + 1];
        }
        if (off > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many parameters: " + off);
        }
        paramCount = (int) off;
    }

    /** Parses "784,400,10". */
    public static MlpArchitecture parse(String csv) {
        try {
            return new MlpArchitecture(Arrays.stream(csv.split(",")).map(String::trim).mapToInt(Integer::parseInt)
                    .toArray());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("layer sizes must be integers separated by commas: " + csv);
        }
    }

    /** @return a net with the given input, hidden widths (depth copies of width) and classes */
    public static MlpArchitecture of(int inputs, int width, int depth, int classes) {
        int[] s = new int[depth + 2];
        Arrays.fill(s, width);
        s[0] = inputs;
        s[depth + 1] = classes;
        return new MlpArchitecture(s);
    }

    /** @return the number of weight layers L */
    public int layers() {
        return sizes.length - 1;
    }

    /** @return n_l, with n_0 the input size */
    public int size(int l) {
        return sizes[l];
    }

    public int inputs() {
        return sizes[0];
    }

    public int classes() {
        return sizes[sizes.length - 1];
    }

    /** @return m, the number of parameters (weights and biases) */
    public int paramCount() {
        return paramCount;
    }

    /** @return offset of W_{l+1} (layer index 0-based) in the flat parameter vector */
    public int weightOffset(int layer) {
        return weightOffset[layer];
    }

    public int biasOffset(int layer) {
        return biasOffset[layer];
    }

    /** @return the widest layer except the input */
    public int maxWidth() {
        int w = 0;
        for (int l = 1; l < sizes.length; l++) {
            w = Math.max(w, sizes[l]);
        }
        return w;
    }

    public int[] sizes() {
        return sizes.clone();
    }

    /** @return floating-point operations of one forward+backward pass per example (multiply-adds x 2) */
    public long flopsPerExample() {
        long f = 0;
        for (int l = 0; l < layers(); l++) {
            long mac = (long) sizes[l] * sizes[l + 1];
            f += 2 * mac * (l == 0 ? 2 : 3); // forward, weight gradient, and input gradient except layer 1
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlpArchitecture a && Arrays.equals(a.sizes, sizes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return Arrays.stream(sizes).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }
}
