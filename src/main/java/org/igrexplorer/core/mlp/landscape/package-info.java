/**
 * A trained network's own loss landscape (Li, Xu, Taylor, Studer, Goldstein, "Visualizing the Loss
 * Landscape of Neural Nets", NeurIPS 2018, §7): a bounded store of parameter snapshots taken while
 * a run trains ({@link org.igrexplorer.core.mlp.landscape.SnapshotStore}), the top two principal
 * directions of θ_i − θ_T by the Gram-matrix trick with EJML ({@link
 * org.igrexplorer.core.mlp.landscape.PathPca}), the path projected on the plane θ_T + α d₁ + β d₂,
 * and the full-batch loss on a grid of that plane computed in parallel with progress and cancel
 * ({@link org.igrexplorer.core.mlp.landscape.NetworkLandscape}).
 *
 * <p>What crosses threads is immutable ({@link org.igrexplorer.core.mlp.landscape.Snapshot},
 * {@link org.igrexplorer.core.mlp.landscape.PcaPlane}, {@link
 * org.igrexplorer.core.mlp.landscape.PlaneGrid}, {@link org.igrexplorer.core.mlp.landscape.PathPoint});
 * workspaces belong to one worker. Nothing here imports JavaFX.
 */
package org.igrexplorer.core.mlp.landscape;
