/**
 * The main window that the application and the feature packages share: its tab pane and the panels a session
 * remembers, the View menu and the colour theme. It builds on the explorer only, so the features that add tabs,
 * menus and panels to it (teaching, sessions, animation export) depend on it and never the other way round.
 */
package org.igrexplorer.ui.window;
