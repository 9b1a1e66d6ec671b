/**
 * Session and preset menus for the window: {@link org.igrexplorer.ui.session.SessionActions} (open,
 * save, presets, recent files; no JavaFX types, testable without a toolkit) and the thin
 * {@link org.igrexplorer.ui.session.SessionMenu} that installs them in a menu bar with one call.
 */
package org.igrexplorer.ui.session;
