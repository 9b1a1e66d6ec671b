package org.igrexplorer.core.mlp.landscape;

import java.nio.FloatBuffer;
import java.util.Arrays;
import org.igrexplorer.core.mlp.Blas;
import org.igrexplorer.core.mlp.Dataset;
import org.igrexplorer.core.mlp.MlpArchitecture;
import org.igrexplorer.core.mlp.MlpNetwork;
import org.igrexplorer.core.mlp.ParamVector;
import org.igrexplorer.core.mlp.RunControl;

/**
 * The full-batch loss E(θ_T + α d₁ + β d₂) (mean softmax cross-entropy, float32 network) on a fixed
 * subset of the training set, and the loss and test accuracy of any snapshot.
 *
 * <p>Factored evaluation: the first layer's pre-activations are linear in (α, β),
 * X W₁(α, β) = X W₁(θ_T) + α X W₁(d₁) + β X W₁(d₂), so the three products are formed once and a
 * cell costs an axpy over the subset's first hidden layer plus a forward pass through the layers
 * above it (for 784-128-10 about 1/100 of a forward pass); a network without hidden layers is
 * evaluated directly. Both agree to float32 rounding (tested).
 *
 * <p>The shared part is immutable after construction and safe to read from many threads; each
 * worker makes its own {@link #evaluator()}.
 */
public final class PlaneLoss {

    /** Rows per chunk of a test-set pass. */
    static final int TEST_CHUNK = 2048;

    private final MlpArchitecture arch;
    private final MlpArchitecture upper;
    private final PcaPlane plane;
    private final Dataset subset;
    private final Dataset test;
    private final Blas blas;
    private final int rows;
    private final int firstLayerParams;
    /** X W₁ for θ_T, d₁, d₂ (rows × n₁ each, row-major); null when there is no hidden layer. */
    private final float[] zCentre;
    private final float[] zD1;
    private final float[] zD2;

    /**
     * @param subset the examples of the full-batch loss (all of them are used)
     * @param test the examples of a snapshot's test accuracy (may be empty)
     * @param control may be null; checked between the three products
     */
    public PlaneLoss(MlpArchitecture arch, PcaPlane plane, Dataset subset, Dataset test, Blas blas,
            RunControl control) {
        if (plane.dimension() != arch.paramCount()) {
            throw new IllegalArgumentException("the plane has " + plane.dimension() + " parameters, the network "
                    + arch.paramCount());
        }
        if (subset.size() < 1) {
            throw new IllegalArgumentException("the loss subset is empty");
        }
        if (subset.features() != arch.inputs() || subset.classes() != arch.classes()) {
            throw new IllegalArgumentException("the data do not match the network " + arch);
        }
        this.arch = arch;
        this.plane = plane;
        this.subset = subset;
        this.test = test;
        this.blas = blas;
        this.rows = subset.size();
        int n0 = arch.size(0);
        int n1 = arch.size(1);
        this.firstLayerParams = n0 * n1 + n1;
        if (arch.layers() < 2) {
            upper = null;
            zCentre = zD1 = zD2 = null;
            return;
        }
        upper = new MlpArchitecture(Arrays.copyOfRange(arch.sizes(), 1, arch.layers() + 1));
        FloatBuffer x = Blas.allocate(Math.multiplyExact(rows, n0));
        subset.copyRows(null, 0, rows, x, new int[rows]);
        float[] w = new float[n0 * n1];
        plane.pointInto(0, 0, 0, w);
        zCentre = firstLayer(x, w, control);
        for (int p = 0; p < w.length; p++) {
            w[p] = (float) plane.d1()[p];
        }
        zD1 = firstLayer(x, w, control);
        for (int p = 0; p < w.length; p++) {
            w[p] = (float) plane.d2()[p];
        }
        zD2 = firstLayer(x, w, control);
    }

    /** @return X W for the first layer's weights W (n₀ × n₁, row-major). @param weights Not modified. */
    private float[] firstLayer(FloatBuffer x, float[] weights, RunControl control) {
        if (control != null) {
            control.checkpoint();
        }
        int n0 = arch.size(0);
        int n1 = arch.size(1);
        FloatBuffer w = Blas.allocate(n0 * n1);
        w.put(0, weights, 0, n0 * n1);
        FloatBuffer z = Blas.allocate(Math.multiplyExact(rows, n1));
        blas.sgemm(false, false, rows, n1, n0, 1f, x, n0, w, n1, 0f, z, n1);
        float[] out = new float[rows * n1];
        z.get(0, out, 0, out.length);
        return out;
    }

    public PcaPlane plane() {
        return plane;
    }

    public MlpArchitecture architecture() {
        return arch;
    }

    /** @return the number of examples of the full-batch loss */
    public int subsetSize() {
        return rows;
    }

    /** @return whether cells are evaluated by the factored first layer (the network has a hidden layer) */
    public boolean factored() {
        return upper != null;
    }

    /** @return a new workspace for one worker thread */
    public Evaluator evaluator() {
        return new Evaluator();
    }

    /** One worker's workspace (not thread-safe). */
    public final class Evaluator {
        private MlpNetwork direct;
        private ParamVector theta;
        private float[] flat;
        private MlpNetwork top;
        private ParamVector topTheta;
        private float[] topFlat;
        private float[] hidden;
        private float[] bias;
        private MlpNetwork testNet;

        private Evaluator() {
        }

        /** @return E(θ_T + α d₁ + β d₂) on the subset, by the factored first layer when there is one */
        public double loss(double alpha, double beta) {
            if (upper == null) {
                return directLoss(alpha, beta);
            }
            int n1 = arch.size(1);
            if (top == null) {
                top = new MlpNetwork(upper, rows, blas);
                subset.copyRows(null, 0, rows, Blas.allocate(rows * arch.size(0)), top.labels());
                topTheta = new ParamVector(upper);
                topFlat = new float[upper.paramCount()];
                hidden = new float[rows * n1];
                bias = new float[n1];
            }
            plane.pointInto(alpha, beta, firstLayerParams, topFlat);
            topTheta.setFrom(topFlat);
            plane.pointInto(alpha, beta, firstLayerParams - n1, bias);
            float a = (float) alpha;
            float b = (float) beta;
            for (int r = 0; r < rows; r++) {
                int o = r * n1;
                for (int j = 0; j < n1; j++) {
                    // ReLU without a branch (the sign pattern is random): clear z when its sign bit is set
                    int bits = Float.floatToRawIntBits(zCentre[o + j] + a * zD1[o + j] + b * zD2[o + j] + bias[j]);
                    hidden[o + j] = Float.intBitsToFloat(bits & ~(bits >> 31));
                }
            }
            top.input().put(0, hidden, 0, hidden.length);
            top.forward(topTheta, rows, 1f / rows);
            return top.lastLoss();
        }

        /** @return E(θ_T + α d₁ + β d₂) on the subset by a plain forward pass of the whole network */
        public double directLoss(double alpha, double beta) {
            ensureDirect();
            plane.pointInto(alpha, beta, 0, flat);
            return lossOf(flat);
        }

        /** @return E(θ) on the subset. @param parameters Not modified. */
        public double lossOf(float[] parameters) {
            ensureDirect();
            theta.setFrom(parameters);
            direct.forward(theta, rows, 1f / rows);
            return direct.lastLoss();
        }

        /** @return accuracy of θ on the test set (NaN when it is empty). @param parameters Not modified. */
        public double testAccuracyOf(float[] parameters, RunControl control) {
            int n = test.size();
            if (n == 0) {
                return Double.NaN;
            }
            ensureDirect();
            theta.setFrom(parameters);
            if (testNet == null) {
                testNet = new MlpNetwork(arch, Math.min(TEST_CHUNK, n), blas);
            }
            int correct = 0;
            for (int s = 0; s < n; s += testNet.capacity()) {
                if (control != null) {
                    control.checkpoint();
                }
                int count = testNet.load(test, null, s, Math.min(testNet.capacity(), n - s));
                testNet.forward(theta, count, 1f);
                correct += testNet.lastCorrect();
            }
            return (double) correct / n;
        }

        private void ensureDirect() {
            if (direct == null) {
                direct = new MlpNetwork(arch, rows, blas);
                direct.load(subset, null, 0, rows);
                theta = new ParamVector(arch);
                flat = new float[arch.paramCount()];
            }
        }
    }
}
