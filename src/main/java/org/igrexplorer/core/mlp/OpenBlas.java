package org.igrexplorer.core.mlp;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/** {@link Blas} backed by OpenBLAS (JavaCPP presets); direct buffers are passed without copies. */
final class OpenBlas implements Blas {

    private static final Object LOCK = new Object();
    private static volatile OpenBlas instance;
    private static volatile String loadError = "not tried";
    private static boolean tried;

    private OpenBlas() {
    }

    /** @return the kernel, or null when the native library does not load on this platform */
    static OpenBlas tryLoad() {
        synchronized (LOCK) {
            if (!tried) {
                tried = true;
                try {
                    Loader.load(openblas_nolapack.class);
                    org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(1);
                    instance = new OpenBlas();
                    loadError = null;
                } catch (Throwable t) { // UnsatisfiedLinkError, NoClassDefFoundError...
                    loadError = t.toString();
                }
            }
            return instance;
        }
    }

    static String loadError() {
        return loadError;
    }

    @Override
    public void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatBuffer a, int lda,
            FloatBuffer b, int ldb, float beta, FloatBuffer c, int ldc) {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }

    @Override
    public void saxpy(int n, float alpha, FloatBuffer x, FloatBuffer y) {
        openblas_nolapack.cblas_saxpy(n, alpha, x, 1, y, 1);
    }

    @Override
    public void setThreads(int threads) {
        org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(Math.max(1, threads));
    }

    @Override
    public String name() {
        return "openblas";
    }
}
