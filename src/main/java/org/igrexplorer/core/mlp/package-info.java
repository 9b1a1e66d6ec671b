/**
 * Multi-layer perceptrons for the paper's Section 7 experiments: data (MNIST IDX files with
 * checksums, seeded synthetic 2D sets), a ReLU MLP with softmax cross-entropy in float32, its
 * gradient by backpropagation and its Hessian–vector product by Pearlmutter's R-operator, SGD and
 * explicit gradient regularisation (EGR), full-batch metrics (E, ‖∇E‖², R_IG, slope, accuracies,
 * λ = h m / 4) and the parameter-noise experiment of Figure 3.
 *
 * <p>Mutable state lives in job-owned workspaces ({@link org.igrexplorer.core.mlp.MlpNetwork},
 * {@link org.igrexplorer.core.mlp.MlpTrainer}); what crosses a thread or API boundary is an
 * immutable record ({@link org.igrexplorer.core.mlp.MlpMetrics},
 * {@link org.igrexplorer.core.mlp.RunSummary}). Matrix products go through {@link
 * org.igrexplorer.core.mlp.Blas}: OpenBLAS through JavaCPP when its native library loads, a pure
 * Java kernel otherwise. Nothing here imports JavaFX.
 */
package org.igrexplorer.core.mlp;
