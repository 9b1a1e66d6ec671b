package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.igrexplorer.ui.WindowFixture;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sharpness panel and the catapult sentence in the real teaching tab (Monocle): they follow the
 * explorer's h and start and the tab's β, computed off the FX thread, and the playback step moves the mark.
 */
@Tag("fx-headless")
class SharpnessPanelFxTest extends WindowFixture {

    /** Seconds to wait for background work to show up on screen. */
    private static final long WAIT_S = 30;

    @Override
    protected Parts parts() {
        return Parts.explorer().withTeaching();
    }

    private PlotCanvas panel() {
        return teaching.view().panel("sharpness");
    }

    /** @return the legend names of the sharpness chart now, joined (FX thread) */
    private String legend() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> panel().getRenderer() instanceof XYChart c
                ? c.legendRows().stream().map(XYChart.LegendEntry::name).reduce("", (a, b) -> a + " | " + b)
                : "");
    }

    private String sentence() {
        Label l = teaching.view().catapultSentence();
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> l.isVisible() ? l.getText() : "");
    }

    @Test
    void followsHBetaAndStartAndMarksThePlaybackStep() throws TimeoutException {
        // hidden plots do not paint and the tab's studies wait until it is shown
        interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> "teaching-tab".equals(t.getId())).findFirst().orElseThrow()));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> legend().contains("2/h = 40.0"));
        assertTrue(legend().contains("λ_max where the flow from θ_n ends"), legend());
        assertTrue(legend().contains("(right axis)"), legend());

        interact(() -> teaching.viewModel().playback().seek(25));
        assertTrue(legend().contains("step 25: λ_max = "), legend());
        long[] before = panel().paintCounts();
        interact(() -> teaching.viewModel().playback().seek(26));
        long[] after = panel().paintCounts();
        assertTrue(after[1] > before[1], "the step mark repaints the overlay");
        assertTrue(legend().contains("step 26: λ_max = "), legend());
        XYChart chart = (XYChart) panel().getRenderer();
        double markX = chart.lastTransform().toPixelX(26);
        assertTrue(markX > chart.lastTransform().area().getX(), "step 26 inside the plot");

        interact(() -> vm.h().setValue(0.08));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> legend().contains("2/h = 25.0"));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> sentence().endsWith("The current h = 0.0800 is below 2/λ₀: lazy."));
        interact(() -> vm.h().setValue(0.15));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> sentence().endsWith(
                "The current h = 0.150 is between 2/λ₀ and 4/λ₀: catapult."));
        assertTrue(sentence().contains("lazy below 2/λ₀ = 0.0996, catapult up to 4/λ₀ = 0.199"), sentence());

        interact(() -> teaching.viewModel().betaProperty().set(0.5));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> legend().contains(String.format(Locale.ROOT,
                "λ_max, momentum β = 0.50; dashed: (2 + 2β)/h = %.3g", 3 / 0.15)));
        XYChart withMomentum = (XYChart) panel().getRenderer();
        assertTrue(withMomentum.series().stream().map(Series::name).anyMatch(n -> n.startsWith("λ_max, momentum β = 0.50")));

        // a new start: λ₀ = 1² + 1² = 2, so 2/λ₀ = 1 and 4/λ₀ = 2
        interact(() -> vm.setStart(1, 1));
        waitFor(WAIT_S * 2, TimeUnit.SECONDS, () -> sentence().contains("lazy below 2/λ₀ = 1.00, catapult up to "
                + "4/λ₀ = 2.00"));
        assertTrue(sentence().endsWith("is below 2/λ₀: lazy."), sentence());
    }
}
