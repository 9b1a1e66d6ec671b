/**
 * Every dialog of the window behind one {@link org.igrexplorer.ui.dialog.DialogService}: file
 * choosers and messages. Views and menus ask the service instead of building {@code FileChooser}s
 * and {@code Alert}s, so they stay thin and tests drive them with a stub.
 */
package org.igrexplorer.ui.dialog;
