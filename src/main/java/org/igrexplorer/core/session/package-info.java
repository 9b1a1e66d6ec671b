/**
 * Sessions and presets: the immutable {@link org.igrexplorer.core.session.SessionState} the window
 * saves and restores (parameters, visible curves, camera, view box, height mode, open panels),
 * its versioned JSON form ({@link org.igrexplorer.core.session.SessionCodec}, all-or-nothing reading),
 * atomic saving, the recent files list and the built-in {@link org.igrexplorer.core.session.Presets}.
 * Pure Java: no JavaFX, so the CLI and tests use it as the window does.
 */
package org.igrexplorer.core.session;
