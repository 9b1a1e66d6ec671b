package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.igrexplorer.ui.WindowFixture;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the teaching tab is not selected, new runs of the explorer (a drag, a typed start) do not build its
 * charts and formulas on the FX thread; selecting the tab builds them once, from the newest run.
 */
@Tag("fx-headless")
class TeachingOffScreenFxTest extends WindowFixture {

    /** Seconds to wait for background work. */
    private static final long WAIT_S = 30;

    @Override
    protected Parts parts() {
        return Parts.explorer().withTeaching();
    }

    private PlotRenderer renderer(String panel) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> teaching.view().panel(panel).getRenderer());
    }

    @Test
    void buildsNothingOffScreenAndTheNewestRunWhenShown() throws TimeoutException {
        PlotRenderer distance = renderer("distance");
        PlotRenderer formula = renderer("formula");
        interact(() -> vm.a0().setValue(2.0));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            TeachingViewModel.Curves c = teaching.viewModel().curvesProperty().get();
            return c != null && c.parameters().a0() == 2.0;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(distance, renderer("distance"), "the distance chart is not rebuilt off screen");
        assertSame(formula, renderer("formula"), "the formulas are not parsed again off screen");

        interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> TeachingTab.TAB_ID.equals(t.getId())).findFirst().orElseThrow()));
        assertNotSame(formula, renderer("formula"), "shown, the formulas follow the newest run");
        XYChart shown = (XYChart) renderer("distance");
        assertNotSame(distance, shown);
        XYChart expected = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> TeachingCharts.distance(teaching.viewModel().curvesProperty().get().distance()));
        for (int i = 0; i < expected.series().size(); i++) {
            assertArrayEquals(expected.series().get(i).y(), shown.series().get(i).y(), 0,
                    "the shown distance chart is the newest run's: " + expected.series().get(i).name());
        }
    }
}
