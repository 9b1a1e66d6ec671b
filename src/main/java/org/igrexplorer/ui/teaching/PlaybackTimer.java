package org.igrexplorer.ui.teaching;

import javafx.animation.AnimationTimer;

/**
 * Drives {@link PlaybackViewModel#advance(double)} once per frame on the JavaFX Application Thread
 * while playback runs. The view-model only moves its step; no computation happens here.
 */
public final class PlaybackTimer extends AnimationTimer {

    private final PlaybackViewModel vm;
    private long last = -1;

    /** @param vm the playback to drive; starts and stops with its playing property */
    public PlaybackTimer(PlaybackViewModel vm) {
        this.vm = vm;
        vm.playingProperty().addListener((obs, was, now) -> {
            if (now) {
                last = -1;
                start();
            } else {
                stop();
            }
        });
    }

    @Override
    public void handle(long now) {
        if (last >= 0) {
            vm.advance((now - last) / 1e9);
        }
        last = now;
    }
}
