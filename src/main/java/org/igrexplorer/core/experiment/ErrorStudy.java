package org.igrexplorer.core.experiment;

import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.dynamics.Method;

/**
 * Distances between a discrete method and the flows that approximate it, against the learning rate
 * h, each with its fitted log–log slope: the shape of every backward-error study (gradient descent
 * after one step, momentum after one step, SGD's mean iterate after one epoch). A flow of order k
 * leaves an error O(h^(k+1)), so the expected slope of each curve is stated with it.
 *
 * @param hs     learning rates, increasing. Copied.
 * @param curves one curve per flow, in drawing order. Copied.
 */
public record ErrorStudy(double[] hs, List<Curve> curves) {

    /**
     * @param flow          the flow the method is compared with
     * @param expectedSlope the slope theory predicts
     * @param errors        the distance for each h. Copied.
     * @param slope         the fitted log–log slope of {@code errors} against h
     */
    public record Curve(Method flow, int expectedSlope, double[] errors, double slope) {
        public Curve {
            errors = errors.clone();
        }

        @Override
        public double[] errors() {
            return errors.clone();
        }
    }

    public ErrorStudy {
        hs = hs.clone();
        curves = List.copyOf(curves);
        for (Curve c : curves) {
            if (c.errors.length != hs.length) {
                throw new IllegalArgumentException(c.flow().id() + " has " + c.errors.length + " errors for "
                        + hs.length + " learning rates");
            }
        }
    }

    @Override
    public double[] hs() {
        return hs.clone();
    }

    /** @return the number of learning rates */
    public int size() {
        return hs.length;
    }

    /**
     * @return the curve of {@code flow}
     * @throws IllegalArgumentException if the study has none
     */
    public Curve curve(Method flow) {
        for (Curve c : curves) {
            if (c.flow() == flow) {
                return c;
            }
        }
        throw new IllegalArgumentException("this study has no curve for " + flow.id());
    }

    /** @return the fitted slope of the curve of {@code flow} */
    public double slope(Method flow) {
        return curve(flow).slope();
    }

    /** Collects the distances of a study h by h and fits the slopes at the end. */
    public static final class Builder {
        private final Method[] flows;
        private final int[] expected;
        private final List<Double> hs = new ArrayList<>();
        private final List<double[]> rows = new ArrayList<>();

        /**
         * @param flows    the flows, in drawing order
         * @param expected the slope theory predicts for each
         */
        public Builder(Method[] flows, int[] expected) {
            if (flows.length != expected.length) {
                throw new IllegalArgumentException("one expected slope per flow");
            }
            this.flows = flows.clone();
            this.expected = expected.clone();
        }

        /**
         * @param h         the learning rate (larger than the previous one)
         * @param distances one distance per flow, in the builder's order
         * @return this builder
         */
        public Builder add(double h, double... distances) {
            if (distances.length != flows.length) {
                throw new IllegalArgumentException("one distance per flow");
            }
            hs.add(h);
            rows.add(distances.clone());
            return this;
        }

        /** @return the study with the fitted slopes */
        public ErrorStudy build() {
            double[] h = hs.stream().mapToDouble(Double::doubleValue).toArray();
            List<Curve> curves = new ArrayList<>();
            for (int k = 0; k < flows.length; k++) {
                double[] e = new double[h.length];
                for (int i = 0; i < h.length; i++) {
                    e[i] = rows.get(i)[k];
                }
                curves.add(new Curve(flows[k], expected[k], e, Statistics.logLogSlope(h, e)));
            }
            return new ErrorStudy(h, curves);
        }
    }
}
