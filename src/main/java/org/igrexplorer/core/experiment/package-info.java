/**
 * Experiments on the two-parameter model: the learning-rate sweep of Figure 1b and the one-step
 * backward-error study of Theorem 3.1, with the small statistics they need.
 */
package org.igrexplorer.core.experiment;
