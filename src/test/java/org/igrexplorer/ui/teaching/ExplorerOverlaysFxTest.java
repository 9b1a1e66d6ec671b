package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.explorer.PlaneView;
import org.igrexplorer.ui.window.MainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new run of the explorer (one step of a drag) paints the plane's overlay once: the playback markers the
 * teaching overlays add are drawn in that same paint, not in a second one of their own.
 */
@Tag("fx-headless")
class ExplorerOverlaysFxTest extends ApplicationTest {

    private ExplorerViewModel vm;
    private PlaneView plane;

    @Override
    public void start(Stage stage) {
        // computed and published on the FX thread, so that one change is one FX event
        vm = new ExplorerViewModel(Runnable::run, Runnable::run);
        MainWindow window = new MainWindow(vm);
        stage.setScene(new Scene(window, 1280, 800));
        TeachingTab.install(stage, window, vm, Runnable::run);
        plane = window.explorer().planeView();
        stage.show();
    }

    @Test
    void aNewExplorerRunPaintsThePlaneOverlayOnce() {
        WaitForAsyncUtils.waitForFxEvents();
        long[] painted = new long[2];
        interact(() -> {
            long before = plane.paintCounts()[1];
            vm.a0().setValue(2.0);
            painted[0] = plane.paintCounts()[1] - before;
            painted[1] = vm.curvesProperty().get().parameters().a0() == 2.0 ? 1 : 0;
        });
        assertEquals(1, painted[1], "the new run was published in the same event");
        assertEquals(1, painted[0], "overlay paints for one new explorer run");
    }
}
