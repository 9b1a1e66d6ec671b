/** Concurrency helpers of the UI: recomputing off the FX thread with the newest request winning. */
package org.igrexplorer.ui.concurrent;
