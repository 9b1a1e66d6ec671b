package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.ui.plot.PlotRenderer;
import org.igrexplorer.ui.plot.PngExport;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class TeachingPanelsTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @ParameterizedTest
    @EnumSource(TeachingPanels.Panel.class)
    void everyPanelRendersHeadless(TeachingPanels.Panel panel) {
        PlotRenderer r = TeachingPanels.renderer(panel, RunParameters.DEFAULT.withSteps(80), 0.0);
        BufferedImage img = PngExport.render(r, 640, 400, 1.0, Color.WHITE);
        int ink = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    ink++;
                }
            }
        }
        assertTrue(ink > 300, panel + " drew something: " + ink);
        assertEquals(panel, TeachingPanels.Panel.fromId(panel.id().toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void momentumAddsItsCurvesToDistanceAndBalance() {
        RunParameters p = RunParameters.DEFAULT.withSteps(60).withH(0.01);
        XYChart d = (XYChart) TeachingPanels.renderer(TeachingPanels.Panel.DISTANCE, p, 0.5);
        assertTrue(d.series().stream().anyMatch(s -> s.name().startsWith(Method.MOMENTUM_MODIFIED.label())));
        XYChart b = (XYChart) TeachingPanels.renderer(TeachingPanels.Panel.BALANCE, p, 0.5);
        assertEquals(7, b.series().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TeachingPanels.Panel.fromId("nope"));
        assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("fig1b"), e.getMessage());
    }
}
