package org.igrexplorer.ui.export.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.igrexplorer.ui.export.SnapshotReady;
import org.igrexplorer.ui.teaching.PlaybackViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Snapshot frames of a view that shows controls on screen (the 3D view's Reset button and hint) leave the
 * controls out of every frame and put them back afterwards, asking the view once per animation.
 */
@Tag("fx-headless")
class SnapshotFramesFxTest extends ApplicationTest {

    /** A view with a red "button" that it hides for snapshots. */
    static final class ViewWithButton extends StackPane implements SnapshotReady {
        final Region button = new Region();
        int asked;

        ViewWithButton() {
            setStyle("-fx-background-color: white;");
            button.setStyle("-fx-background-color: red;");
            button.setMaxSize(60, 30);
            getChildren().add(button);
        }

        @Override
        public Runnable readyForSnapshot() {
            asked++;
            boolean was = button.isVisible();
            button.setVisible(false);
            return () -> button.setVisible(was);
        }
    }

    private ViewWithButton view;

    @Override
    public void start(Stage stage) {
        view = new ViewWithButton();
        stage.setScene(new Scene(view, 200, 120));
        stage.show();
    }

    private static long red(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                n += (p >> 16 & 255) > 200 && (p >> 8 & 255) < 60 && (p & 255) < 60 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void framesLeaveTheControlsOutAndTheViewGetsThemBack() throws Exception {
        PlaybackViewModel playback = new PlaybackViewModel();
        SnapshotFrames frames = new SnapshotFrames(view, playback, null, 0, 1, 200, 120, null);
        List<BufferedImage> shots = frames.render(List.of(new FrameSource.Request(0, 0, 0),
                new FrameSource.Request(1, 0, 0.5)));
        shots.addAll(frames.render(List.of(new FrameSource.Request(2, 0, 1))));
        assertEquals(3, shots.size());
        for (BufferedImage s : shots) {
            assertEquals(200, s.getWidth());
            assertEquals(0, red(s), "no button in a frame");
        }
        assertTrue(view.asked > 0 && !view.button.isVisible(), "hidden while the animation runs");
        frames.close();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.button.isVisible(), "the button is back after the animation");
        // the screen shows it again: a snapshot of the node outside the animation has the red button
        BufferedImage plain = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> javafx.embed.swing.SwingFXUtils
                .fromFXImage(view.snapshot(null, null), null)).get();
        assertTrue(red(plain) > 1000, "the button is drawn on screen: " + red(plain));
    }
}
