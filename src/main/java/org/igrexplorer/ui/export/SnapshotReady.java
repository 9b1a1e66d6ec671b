package org.igrexplorer.ui.export;

/**
 * A view that shows more on screen than belongs in an exported picture (buttons, hints) or renders
 * at reduced quality while the user moves it: {@link NodeImages} asks it to get ready before the
 * snapshot and undoes that afterwards.
 */
@FunctionalInterface
public interface SnapshotReady {

    /**
     * Hides what must not be exported and renders at full quality. FX thread.
     *
     * @return what puts the view back as it was
     */
    Runnable readyForSnapshot();
}
