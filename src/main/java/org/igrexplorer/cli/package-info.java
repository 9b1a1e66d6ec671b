/**
 * The headless command line (picocli): the same numerical core as the window, scriptable.
 * Every command has {@code --help}; bad options give a clear message and a non-zero exit code.
 */
package org.igrexplorer.cli;
