/**
 * The numerical core of IGR Explorer: loss models and their derivatives, gradient descent and
 * gradient flows, experiments and data export. Nothing here imports JavaFX or JOML
 * (an ArchUnit test keeps it that way), so the CLI, the UI and the tests share one implementation.
 */
package org.igrexplorer.core;
