package org.igrexplorer.core.mlp;

import org.igrexplorer.core.mlp.MlpNetwork.Accumulation;

/**
 * The sharpness S(θ) = λ_max(∇²E(θ)) of the mean cross-entropy E over the first examples of a data
 * set: {@link Lanczos} on the exact Hessian–vector product of {@link MlpNetwork#hessianVector},
 * accumulated over chunks of the workspace's capacity. Not thread-safe: it uses the caller's
 * workspace.
 */
public final class Sharpness {

    /**
     * @param sharpness the estimate of λ_max
     * @param iterations Hessian–vector products over the examples
     * @param converged whether Lanczos met its stopping rule
     * @param examples examples the loss was averaged over
     * @param seconds wall time of the measurement
     */
    public record Measurement(double sharpness, int iterations, boolean converged, int examples, double seconds) {
    }

    private Sharpness() {
    }

    /**
     * @param net the workspace (its inputs and labels are overwritten)
     * @param examples the first {@code min(examples, data.size())} examples make the loss
     * @param control checked before every chunk; may be null
     */
    public static Measurement measure(MlpNetwork net, Dataset data, int examples, ParamVector theta, Lanczos lanczos,
            long seed, RunControl control) {
        long t0 = System.nanoTime();
        HessianOperator op = new HessianOperator(net, data, Math.min(examples, data.size()), theta, control);
        Lanczos.Result r = lanczos.largestEigenvalue(op, seed);
        return new Measurement(r.largest(), r.iterations(), r.converged(), op.count, (System.nanoTime() - t0) * 1e-9);
    }

    /** v ↦ ∇²E v, E the mean loss over the first {@code count} examples, in double at the interface. */
    static final class HessianOperator implements Lanczos.SymmetricOperator {
        private final MlpNetwork net;
        private final Dataset data;
        private final int count;
        private final ParamVector theta;
        private final RunControl control;
        private final ParamVector v;
        private final ParamVector hv;
        /** whether the examples are loaded once and stay in the workspace */
        private final boolean resident;

        HessianOperator(MlpNetwork net, Dataset data, int count, ParamVector theta, RunControl control) {
            if (count < 1) {
                throw new IllegalArgumentException("the sharpness needs at least one example");
            }
            this.net = net;
            this.data = data;
            this.count = count;
            this.theta = theta;
            this.control = control;
            this.v = new ParamVector(theta.architecture());
            this.hv = new ParamVector(theta.architecture());
            this.resident = count <= net.capacity();
            if (resident) {
                net.load(data, null, 0, count);
            }
        }

        @Override
        public int dimension() {
            return theta.size();
        }

        @Override
        public void apply(double[] in, double[] out) {
            for (int i = 0; i < in.length; i++) {
                v.set(i, (float) in[i]);
            }
            float scale = 1f / count;
            for (int s = 0; s < count; s += net.capacity()) {
                if (control != null) {
                    control.checkpoint();
                }
                int rows = Math.min(net.capacity(), count - s);
                if (!resident) {
                    net.load(data, null, s, rows);
                }
                net.hessianVector(theta, rows, scale, v, hv, s > 0 ? Accumulation.ADD : Accumulation.REPLACE);
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = hv.get(i);
            }
        }
    }
}
