/**
 * Stochastic gradient descent on a data-set loss (Smith, Dherin, Barrett, De, ICLR 2021): SGD with random
 * reshuffling on the {@link org.igrexplorer.core.loss.DataSetLoss} E = (1/n) Σ ℓ_i of a data set, its mean
 * iterate, the modified loss Ẽ_SGD = E + (h/4)‖∇E‖² + ((n − B)/(n − 1))·(h/(4B))·Γ with
 * Γ = (1/n) Σ ‖∇ℓ_i − ∇E‖², and SGD's one-epoch error. No JavaFX, AWT or UI dependency.
 */
package org.igrexplorer.core.sgd;
