package org.igrexplorer.core.mlp;

import java.util.SplittableRandom;

/** Seeded synthetic 2D classification sets for instant demos. */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** The synthetic sets by name. */
    public enum Kind {
        SPIRALS("two spirals", 2), BLOBS("Gaussian blobs", 4), XOR("XOR", 2);

        private final String label;
        private final int classes;

        Kind(String label, int classes) {
            this.label = label;
            this.classes = classes;
        }

        public String label() {
            return label;
        }

        public int classes() {
            return classes;
        }
    }

    /**
     * @param noise standard deviation of the Gaussian noise added to each coordinate
     * @return nTrain training and nTest test points drawn from one seeded stream
     */
    public static DataSplit generate(Kind kind, int nTrain, int nTest, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new DataSplit(make(kind, nTrain, noise, rng, "train"), make(kind, nTest, noise, rng, "test"));
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
