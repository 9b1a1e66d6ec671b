/** The JavaFX user interface: views, view-models and rendering on top of the numerical core. */
package org.igrexplorer.ui;
