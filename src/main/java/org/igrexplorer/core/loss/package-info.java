/**
 * Differentiable losses: the {@link org.igrexplorer.core.loss.SmoothFunction} and
 * {@link org.igrexplorer.core.loss.DifferentiableLoss} abstractions, the two-parameter model
 * E(a,b) = (y − abx)²/2 of Barrett &amp; Dherin (Section 5) and the gradient-regularised losses
 * Ẽ = E + (h/4)‖∇E‖² and E_µ = E + µ R_IG built on any loss.
 */
package org.igrexplorer.core.loss;
