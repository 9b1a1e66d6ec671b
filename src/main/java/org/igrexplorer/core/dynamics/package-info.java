/**
 * Trajectories: gradient descent and the gradient flows it is compared with (exact, first- and
 * second-order modified, explicit gradient regularisation). Every method returns the same
 * immutable {@link org.igrexplorer.core.dynamics.Trajectory}, sampled at t = n·h so that flow
 * point n lines up with GD iterate n, with a {@link org.igrexplorer.core.dynamics.TrajectoryStatus}.
 */
package org.igrexplorer.core.dynamics;
