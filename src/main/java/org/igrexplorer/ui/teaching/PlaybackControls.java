package org.igrexplorer.ui.teaching;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The playback bar: Home, step back, play/pause, step forward, End, a time scrubber, a speed slider
 * (log scale, steps per second) and a read-out of n and t = n·h. Thin: everything is bound to a
 * {@link PlaybackViewModel}; every control has a tooltip and is reachable with Tab.
 */
public final class PlaybackControls extends HBox {

    private final Slider scrubber = new Slider(0, 1, 0);
    private final Slider speed;
    private boolean updatingScrubber;

    /** @param vm the playback */
    public PlaybackControls(PlaybackViewModel vm) {
        super(6);
        getStyleClass().add("playback-controls");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));

        Button home = button("|◀◀", "First step (Home)", "playback-home", vm::home);
        Button back = button("◀|", "One step back (←)", "playback-back", vm::stepBack);
        Button play = button("▶", "Play or pause (Space): GD iterates and each flow at t = n·h", "playback-play",
                vm::togglePlay);
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then("❚❚").otherwise("▶"));
        Button forward = button("|▶", "One step forward (→)", "playback-forward", vm::stepForward);
        Button end = button("▶▶|", "Last step (End)", "playback-end", vm::end);

        scrubber.setId("playback-scrubber");
        scrubber.setTooltip(new Tooltip("Time scrubber: step n of the gradient-descent iterates (t = n·h)"));
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMaxWidth(Double.MAX_VALUE);
        vm.positionProperty().addListener((obs, o, n) -> {
            updatingScrubber = true;
            scrubber.setValue(n.doubleValue());
            updatingScrubber = false;
        });
        scrubber.valueProperty().addListener((obs, o, n) -> {
            if (!updatingScrubber) {
                vm.scrubTo(n.doubleValue());
            }
        });

        speed = new Slider(Math.log10(PlaybackViewModel.MIN_SPEED), Math.log10(PlaybackViewModel.MAX_SPEED),
                Math.log10(vm.speedProperty().get()));
        speed.setId("playback-speed");
        speed.setPrefWidth(110);
        speed.setTooltip(new Tooltip("Playback speed, steps per second (logarithmic)"));
        speed.valueProperty().addListener((obs, o, n) -> vm.speedProperty().set(Math.pow(10, n.doubleValue())));

        Label readout = new Label();
        readout.setId("playback-readout");
        readout.setMinWidth(150);
        readout.setTooltip(new Tooltip("Current step n, time t = n·h and playback speed"));
        readout.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "n = %d / %d   t = %.4g   %.3g steps/s", vm.stepProperty().get(),
                        vm.lastStepProperty().get(), vm.time(), vm.speedProperty().get()),
                vm.stepProperty(), vm.lastStepProperty(), vm.speedProperty()));

        getChildren().addAll(home, back, play, forward, end, scrubber, speed, readout);
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** @return the scrubber slider (for tests) */
    Slider scrubber() {
        return scrubber;
    }
}
