package org.igrexplorer.core.mlp;

/**
 * An independent double-precision ReLU MLP with softmax cross-entropy, written with plain loops
 * for the tests: the mean loss over a set of examples at a flat parameter vector.
 */
final class ReferenceMlp {

    private final int[] sizes;
    private final double[][] x;
    private final int[] y;

    ReferenceMlp(int[] sizes, double[][] x, int[] y) {
        this.sizes = sizes;
        this.x = x;
        this.y = y;
    }

    static ReferenceMlp of(MlpArchitecture a, Dataset d) {
        double[][] x = new double[d.size()][d.features()];
        int[] y = new int[d.size()];
        for (int i = 0; i < d.size(); i++) {
            for (int f = 0; f < d.features(); f++) {
                x[i][f] = d.feature(i, f);
            }
            y[i] = d.label(i);
        }
        return new ReferenceMlp(a.sizes(), x, y);
    }

    /** Mean cross-entropy at theta, laid out W1 (row-major in x out), b1, W2, b2, ... */
    double loss(double[] theta) {
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            double[] a = x[i];
            int off = 0;
            for (int l = 0; l + 1 < sizes.length; l++) {
                int nin = sizes[l];
                int nout = sizes[l + 1];
                double[] z = new double[nout];
                for (int j = 0; j < nout; j++) {
                    double s = theta[off + nin * nout + j];
                    for (int k = 0; k < nin; k++) {
                        s += a[k] * theta[off + k * nout + j];
                    }
                    z[j] = (l + 2 < sizes.length) ? Math.max(0, s) : s;
                }
                off += nin * nout + nout;
                a = z;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double v : a) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (double v : a) {
                sum += Math.exp(v - max);
            }
            total += Math.log(sum) + max - a[y[i]];
        }
        return total / x.length;
    }

    /** Central-difference gradient. */
    double[] gradient(double[] theta, double eps) {
        double[] g = new double[theta.length];
        double[] t = theta.clone();
        for (int i = 0; i < t.length; i++) {
            double v = t[i];
            t[i] = v + eps;
            double up = loss(t);
            t[i] = v - eps;
            double down = loss(t);
            t[i] = v;
            g[i] = (up - down) / (2 * eps);
        }
        return g;
    }

    /** H v by mixed central differences: ∂/∂θ_i of the directional derivative along v. */
    double[] hessianVector(double[] theta, double[] v, double eps, double delta) {
        double[] hv = new double[theta.length];
        double[] t = theta.clone();
        for (int i = 0; i < t.length; i++) {
            double s = 0;
            for (int a = -1; a <= 1; a += 2) {
                for (int b = -1; b <= 1; b += 2) {
                    for (int k = 0; k < t.length; k++) {
                        t[k] = theta[k] + a * eps * v[k];
                    }
                    t[i] += b * delta;
                    s += a * b * loss(t);
                }
            }
            hv[i] = s / (4 * eps * delta);
        }
        return hv;
    }
}
