/**
 * Data behind the teaching panels: Figure 1b with its regimes (normal, ricochet, diverged), the
 * one-step backward-error study with fitted slopes, distances over time between gradient descent
 * and the flows, a conserved quantity along trajectories (the balance a² − b² of the paper's model),
 * the playback frame at step n, and the error orders of heavy-ball momentum against its flows. Pure: no UI
 * imports.
 */
package org.igrexplorer.core.teaching;
