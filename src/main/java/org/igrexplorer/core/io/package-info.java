/** Export of computed data (trajectories, sweeps) in plain formats such as CSV. */
package org.igrexplorer.core.io;
