package org.igrexplorer.core.mlp;

/** A training set and a test set with the same features and classes. */
public record DataSplit(Dataset train, Dataset test) {

    public DataSplit {
        if (train.features() != test.features() || train.classes() != test.classes()) {
            throw new IllegalArgumentException("train and test sets differ in features or classes");
        }
    }

    /** @return the first trainLimit training and testLimit test examples */
    public DataSplit limit(int trainLimit, int testLimit) {
        return new DataSplit(train.head(trainLimit), test.head(testLimit));
    }
}
