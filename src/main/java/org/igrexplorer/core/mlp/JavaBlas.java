package org.igrexplorer.core.mlp;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * Pure-Java {@link Blas}: copies the operands into heap arrays laid out so that the inner loop
 * runs over contiguous memory (which C2 compiles to SIMD code), multiplies, and writes back.
 * The fallback where OpenBLAS does not load, and an independent check of it in the tests.
 */
final class JavaBlas implements Blas {

    static final JavaBlas INSTANCE = new JavaBlas();

    private JavaBlas() {
    }

    @Override
    public void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatBuffer a, int lda,
            FloatBuffer b, int ldb, float beta, FloatBuffer c, int ldc) {
        // A as m x k row-major, B as k x n row-major (transposing while copying)
        float[] aa = new float[m * k];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                aa[i * k + p] = transA ? a.get(p * lda + i) : a.get(i * lda + p);
            }
        }
        float[] bb = new float[k * n];
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                bb[p * n + j] = transB ? b.get(j * ldb + p) : b.get(p * ldb + j);
            }
        }
        float[] row = new float[n];
        for (int i = 0; i < m; i++) {
            Arrays.fill(row, 0f);
            int ai = i * k;
            for (int p = 0; p < k; p++) {
                float s = aa[ai + p];
                if (s == 0f) {
                    continue;
                }
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    row[j] += s * bb[bp + j];
                }
            }
            int ci = i * ldc;
            for (int j = 0; j < n; j++) {
                float old = beta == 0f ? 0f : beta * c.get(ci + j);
                c.put(ci + j, alpha * row[j] + old);
            }
        }
    }

    @Override
    public void saxpy(int n, float alpha, FloatBuffer x, FloatBuffer y) {
        for (int i = 0; i < n; i++) {
            y.put(i, y.get(i) + alpha * x.get(i));
        }
    }

    @Override
    public String name() {
        return "java";
    }
}
