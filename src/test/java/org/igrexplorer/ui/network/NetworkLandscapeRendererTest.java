package org.igrexplorer.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import org.igrexplorer.ui.plot.ChartColors;
import org.igrexplorer.ui.plot.PngExport;
import org.junit.jupiter.api.Test;

/** The network's landscape plane: the theme's card on screen, and numbers written as everywhere else. */
class NetworkLandscapeRendererTest {

    /**
     * Issue 18: on the dark theme the network plane stayed on a white card between dark views, because its
     * renderer ignored the colours the screen asked for; exports keep the light card.
     */
    @Test
    void theDarkThemeGetsTheDarkCardAndExportsTheLightOne() {
        NetworkLandscapeRenderer r = new NetworkLandscapeRenderer();
        r.setLandscape(NetworkLandscapes.bowl());
        r.colors(ChartColors.DARK);
        BufferedImage dark = PngExport.render(r, 500, 400, 1, null);
        assertEquals(ChartColors.DARK.background().getRGB(), dark.getRGB(3, 3), "the dark card in a corner");
        r.colors(ChartColors.LIGHT);
        BufferedImage light = PngExport.render(r, 500, 400, 1, null);
        assertEquals(ChartColors.LIGHT.background().getRGB(), light.getRGB(3, 3), "the light card again");
    }

    @Test
    void theReadOutWritesItsNumbersAsTheStatusLineDoes() {
        // a grid node: E = 0.5 + (0.4² + 0.2²)/20, written without the trailing zeros of %.4g ("0.5100")
        List<String> lines = NetworkLandscapeRenderer.readout(NetworkLandscapes.bowl(), 0.4, -0.2);
        assertEquals("α = 0.4   β = -0.2   E = 0.51", lines.get(0));
        // the nearest snapshot is the path's end, (0, 0) at step 200 with E = 0.5 and 90% test accuracy
        assertEquals("nearest snapshot: h=0.2 w=16 seed 1, step 200", lines.get(1));
        assertEquals("loss 0.5   test accuracy 90.00%", lines.get(2));
    }
}
