/**
 * Teaching mode: playback over the gradient-descent iterates, the panels that make Theorem 3.1
 * visible (Figure 1b, backward error, distance over time, balance, stability band, formula) and
 * presentation helpers. View-models here use JavaFX properties but need no running toolkit.
 */
package org.igrexplorer.ui.teaching;
