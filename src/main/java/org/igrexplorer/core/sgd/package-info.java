/**
 * Data sets and stochastic gradient descent on two-parameter losses (Smith, Dherin, Barrett, De, ICLR 2021):
 * a data set of n points (x_i, y_i), a per-example loss ℓ(a, b; x, y) (the paper's model or a typed loss in
 * a, b, x, y), the data-set loss E = (1/n) Σ ℓ_i as a {@link org.igrexplorer.core.loss.Landscape}, SGD with
 * random reshuffling, its mean iterate and the modified loss Ẽ_SGD = E + (h/4)‖∇E‖² + ((n − B)/(n − 1))·(h/(4B))·Γ
 * with Γ = (1/n) Σ ‖∇ℓ_i − ∇E‖². No JavaFX, AWT or UI dependency.
 */
package org.igrexplorer.core.sgd;
