/**
 * The "MLP lab" tab: train a small grid of MLPs (learning rates × widths × seeds) on a bounded
 * worker pool and watch E, accuracies, R_IG, slope and R_IG/E live, with the paper's Figure 2
 * (R_IG and test accuracy at maximum test accuracy against λ) and Figure 3 (slope and accuracy
 * under parameter noise). {@link org.igrexplorer.ui.mlp.MlpLabForm} holds the typed inputs,
 * {@link org.igrexplorer.ui.mlp.LabScheduler} runs the jobs on a bounded pool (no JavaFX at all),
 * {@link org.igrexplorer.ui.mlp.MlpLabViewModel} holds the runs, progress and status (testable
 * without the FX toolkit); {@link org.igrexplorer.ui.mlp.MlpLabView} binds to it and draws through
 * {@code ui.plot}. Workers never touch the scene graph: they post
 * metrics to per-run mailboxes that the view drains once per frame.
 */
package org.igrexplorer.ui.mlp;
