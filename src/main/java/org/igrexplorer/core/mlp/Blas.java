package org.igrexplorer.core.mlp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * The few float32 BLAS operations the MLP hot loop needs, on direct, native-order
 * {@link FloatBuffer}s whose position is 0 (row-major matrices, as in numpy).
 *
 * <p>Implementations are stateless and may be shared between threads; the buffers belong to the
 * caller's workspace.
 */
public interface Blas {

    /**
     * C = alpha · op(A) · op(B) + beta · C, row-major; op(X) is X or Xᵀ.
     *
     * @param m rows of op(A) and C
     * @param n columns of op(B) and C
     * @param k columns of op(A), rows of op(B)
     * @param c Modified.
     */
    void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatBuffer a, int lda,
            FloatBuffer b, int ldb, float beta, FloatBuffer c, int ldc);

    /** y = alpha · x + y over the first n elements. @param y Modified. */
    void saxpy(int n, float alpha, FloatBuffer x, FloatBuffer y);

    /** @return a short name for reports ("openblas", "java") */
    String name();

    /**
     * Sets the number of threads the kernel may use inside one call (OpenBLAS is process-wide);
     * the Java kernel is single-threaded and ignores it.
     */
    default void setThreads(int threads) {
    }

    /** @return a direct, native-order float buffer of the given length, zero-filled */
    static FloatBuffer allocate(int length) {
        return ByteBuffer.allocateDirect(Math.multiplyExact(length, Float.BYTES)).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }

    /**
     * The fastest kernel that works here: OpenBLAS if its native library loads (and the system
     * property {@code igr.blas} is not {@code java}), the Java kernel otherwise.
     */
    static Blas best() {
        return BlasHolder.BEST;
    }

    /** @return the kernel by name: "openblas", "java" or "auto" (= {@link #best()}) */
    static Blas named(String name) {
        switch (name) {
            case "auto":
                return best();
            case "java":
                return JavaBlas.INSTANCE;
            case "openblas":
                Blas b = OpenBlas.tryLoad();
                if (b == null) {
                    throw new IllegalStateException("OpenBLAS could not be loaded: " + OpenBlas.loadError());
                }
                return b;
            default:
                throw new IllegalArgumentException("unknown kernel '" + name + "' (openblas, java or auto)");
        }
    }
}

/** Lazy holder so that the native library is probed once, on first use. */
final class BlasHolder {
    static final Blas BEST = choose();

    private BlasHolder() {
    }

    private static Blas choose() {
        if ("java".equals(System.getProperty("igr.blas"))) {
            return JavaBlas.INSTANCE;
        }
        Blas b = OpenBlas.tryLoad();
        return b != null ? b : JavaBlas.INSTANCE;
    }
}
