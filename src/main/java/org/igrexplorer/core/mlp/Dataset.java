package org.igrexplorer.core.mlp;

import java.nio.FloatBuffer;

/**
 * An immutable labelled data set: {@code size()} examples of {@code features()} inputs each, with
 * labels in {@code 0 .. classes()-1}. Implementations are safe to share between training jobs.
 */
public interface Dataset {

    /** @return a short description ("MNIST train (10000)") */
    String name();

    int size();

    int features();

    int classes();

    /** @return the label of example i */
    int label(int i);

    /** @return feature f of example i */
    float feature(int i, int f);

    /**
     * Copies examples {@code order[from .. from+count-1]} (or {@code from .. from+count-1} when
     * {@code order} is null) into consecutive rows of {@code dest}, and their labels into
     * {@code labels[0 .. count-1]}.
     *
     * @param dest Modified: rows 0..count-1 of a row-major count x features() matrix.
     * @param labels Modified.
     */
    void copyRows(int[] order, int from, int count, FloatBuffer dest, int[] labels);

    /** @return the first {@code limit} examples (all of them if limit ≥ size) */
    Dataset head(int limit);
}
