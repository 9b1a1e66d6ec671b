package org.igrexplorer.core.mlp.landscape;

/**
 * One snapshot of a run seen on the plane.
 *
 * @param step the snapshot's step
 * @param alpha coordinate along d₁
 * @param beta coordinate along d₂
 * @param residual ‖θ − θ_T − α d₁ − β d₂‖, the part of the snapshot the plane leaves out
 * @param loss the snapshot's own full-batch loss E(θ) on the landscape's subset
 * @param testAccuracy the snapshot's test accuracy (NaN without a test set)
 */
public record PathPoint(long step, double alpha, double beta, double residual, double loss, double testAccuracy) {
}
