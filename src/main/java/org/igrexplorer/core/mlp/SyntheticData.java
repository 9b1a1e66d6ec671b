package org.igrexplorer.core.mlp;

import java.util.SplittableRandom;

/**
 * Seeded synthetic 2D classification sets for instant demos. The training and the test points come
 * from two streams split off the seed, so the first n points of a set do not depend on how many
 * points were drawn: "spirals" with 200 training points is the head of "spirals" with 2000, in the
 * lab and on the command line alike.
 */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** The synthetic sets by name. */
    public enum Kind {
        SPIRALS("two spirals", 2, 0.08), BLOBS("Gaussian blobs", 4, 0.25), XOR("XOR", 2, 0.08);

        private final String label;
        private final int classes;
        private final double noise;

        Kind(String label, int classes, double noise) {
            this.label = label;
            this.classes = classes;
            this.noise = noise;
        }

        public String label() {
            return label;
        }

        public int classes() {
            return classes;
        }

        /**
         * @return the standard noise of this set (the standard deviation added to each coordinate):
         *     small enough that the spirals' arms and the XOR quadrants stay apart, large enough that
         *     the four blobs overlap and 100% test accuracy is out of reach
         */
        public double noise() {
            return noise;
        }
    }

    /** The seed of the standard sets ({@link MlpDataSet}). */
    public static final long SEED = 1;

    /**
     * @param noise standard deviation of the Gaussian noise added to each coordinate
     * @return nTrain training and nTest test points drawn from one seeded stream
     */
    public static DataSplit generate(Kind kind, int nTrain, int nTest, double noise, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom train = root.split();
        SplittableRandom test = root.split();
        return new DataSplit(make(kind, nTrain, noise, train, "train"), make(kind, nTest, noise, test, "test"));
    }

    private static Dataset make(Kind kind, int n, double noise, SplittableRandom rng, String part) {
        float[] x = new float[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % kind.classes();
            double px;
            double py;
            switch (kind) {
                case SPIRALS: {
                    double t = 0.25 + 2.75 * Math.PI * rng.nextDouble(); // radius grows with angle
                    double r = t / (3 * Math.PI);
                    double s = c == 0 ? 1 : -1;
                    px = s * r * Math.cos(t);
                    py = s * r * Math.sin(t);
                    break;
                }
                case BLOBS: {
                    double angle = 2 * Math.PI * c / kind.classes();
                    px = 0.6 * Math.cos(angle);
                    py = 0.6 * Math.sin(angle);
                    break;
                }
                default: { // XOR: quadrant sign product
                    px = rng.nextDouble() * 2 - 1;
                    py = rng.nextDouble() * 2 - 1;
                    c = (px > 0) == (py > 0) ? 0 : 1;
                    break;
                }
            }
            x[2 * i] = (float) (px + noise * rng.nextGaussian());
            x[2 * i + 1] = (float) (py + noise * rng.nextGaussian());
            y[i] = c;
        }
        return new FloatDataset(kind.label() + " " + part, x, y, 2, kind.classes());
    }
}
