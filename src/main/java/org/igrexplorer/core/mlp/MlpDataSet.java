package org.igrexplorer.core.mlp;

import java.io.IOException;
import java.nio.file.Path;
import org.igrexplorer.core.Identified;

/**
 * The data sets of the MLP lab and the MLP commands, one definition for both: MNIST from its IDX
 * files, or one of the seeded {@link SyntheticData synthetic} sets at its standard noise. The lab's
 * "spirals" of 200 points is the head of the command line's "spirals" of 2000.
 */
public enum MlpDataSet implements Identified {
    /** The MNIST digits (784 pixels, 10 classes), from a folder or the copy built into the application. */
    MNIST("mnist", null),
    /** Two interleaved spirals. */
    SPIRALS("spirals", SyntheticData.Kind.SPIRALS),
    /** Four overlapping Gaussian blobs. */
    BLOBS("blobs", SyntheticData.Kind.BLOBS),
    /** Points labelled by the sign of x·y. */
    XOR("xor", SyntheticData.Kind.XOR);

    /** Features of an MNIST image. */
    public static final int MNIST_FEATURES = 784;
    /** Classes of MNIST. */
    public static final int MNIST_CLASSES = 10;

    private final String id;
    private final SyntheticData.Kind kind;

    MlpDataSet(String id, SyntheticData.Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the synthetic kind, or null for MNIST */
    public SyntheticData.Kind kind() {
        return kind;
    }

    /** @return inputs of a network for this set */
    public int features() {
        return kind == null ? MNIST_FEATURES : 2;
    }

    /** @return outputs of a network for this set */
    public int classes() {
        return kind == null ? MNIST_CLASSES : kind.classes();
    }

    /**
     * @param id mnist, spirals, blobs or xor (case-insensitive)
     * @throws IllegalArgumentException naming the unknown identifier
     */
    public static MlpDataSet fromId(String id) {
        return Identified.fromId(MlpDataSet.class, id, "data set");
    }

    /**
     * The first {@code nTrain} training and {@code nTest} test examples of the set.
     *
     * @param mnistFolder where the MNIST IDX files are, or null for the copy built into the application
     *                    (ignored by the synthetic sets)
     * @param noise       the synthetic set's noise, or NaN for its {@link SyntheticData.Kind#noise() standard} one
     * @throws IOException when the MNIST files are missing or damaged
     */
    public DataSplit load(Path mnistFolder, int nTrain, int nTest, double noise) throws IOException {
        if (kind == null) {
            return MnistLoader.loadFolderOrBundled(mnistFolder).limit(nTrain, nTest);
        }
        return SyntheticData.generate(kind, nTrain, nTest, Double.isNaN(noise) ? kind.noise() : noise, SyntheticData.SEED);
    }

    /** The standard set: {@link #load(Path, int, int, double)} with the synthetic sets' standard noise. */
    public DataSplit load(Path mnistFolder, int nTrain, int nTest) throws IOException {
        return load(mnistFolder, nTrain, nTest, Double.NaN);
    }
}
