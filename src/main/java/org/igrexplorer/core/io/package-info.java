/**
 * Export of computed data (trajectories as CSV or JSON, sweeps as CSV) and atomic file writing
 * ({@link org.igrexplorer.core.io.AtomicFileWriter}), so an interrupted save never leaves a half-written file.
 */
package org.igrexplorer.core.io;
