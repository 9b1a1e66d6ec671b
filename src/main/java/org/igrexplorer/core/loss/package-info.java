/**
 * Differentiable losses: the {@link org.igrexplorer.core.loss.SmoothFunction} and
 * {@link org.igrexplorer.core.loss.DifferentiableLoss} abstractions, the two-parameter model
 * E(a,b) = (y − abx)²/2 of Barrett &amp; Dherin (Section 5), the typed and built-in landscapes, a data set of n
 * points (x_i, y_i) with a per-example loss ℓ(a, b; x, y) and the data-set loss E = (1/n) Σ ℓ_i, and the
 * gradient-regularised losses Ẽ = E + (h/4)‖∇E‖² and E_µ = E + µ R_IG built on any loss.
 */
package org.igrexplorer.core.loss;
