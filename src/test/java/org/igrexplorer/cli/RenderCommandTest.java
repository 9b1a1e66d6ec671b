package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.Pixels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    /** Per-channel tolerance when looking for a curve colour. */
    private static final int COLOUR_TOL = 10;
    /** A 400-step curve drawn at 2 px covers at least this many pixels of its colour. */
    private static final int MIN_CURVE_PIXELS = 40;

    private static int count(BufferedImage img, java.awt.Color c) {
        return Pixels.count(img, c, COLOUR_TOL);
    }

    @Test
    void rendersThePlaneWithoutAnyDisplay(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("plane.png");
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        int code = IgrCommand.commandLine(new PrintWriter(so, true), new PrintWriter(se, true)).execute("render",
                "--view", "plane", "--h", "0.05", "--width", "800", "--height", "560", "--out", out.toString());
        assertEquals(0, code, se.toString());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(560, img.getHeight());
        for (Method m : new Method[] {Method.GD, Method.EXACT, Method.MODIFIED}) {
            int n = count(img, MethodPalette.awt(m));
            assertTrue(n >= MIN_CURVE_PIXELS, m + " drawn: " + n + " pixels");
        }
    }

    @Test
    void rejectsUnknownViewsAndFormats(@TempDir Path dir) {
        StringWriter se = new StringWriter();
        int code = IgrCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(se, true))
                .execute("render", "--view", "side", "--out", dir.resolve("x.png").toString());
        assertTrue(code != 0);
        assertTrue(se.toString().contains("expected 3d, plane, window"), se.toString());
        code = IgrCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("render", "--view", "plane", "--format", "gif", "--out", dir.resolve("x.gif").toString());
        assertTrue(code != 0);
    }

    @Test
    void knowsWhenThereIsNoDisplay() {
        assertFalse(RenderCommand.hasDisplay("Linux", Map.of()));
        assertFalse(RenderCommand.hasDisplay("Linux", Map.of("DISPLAY", " ")));
        assertTrue(RenderCommand.hasDisplay("Linux", Map.of("DISPLAY", ":99")));
        assertTrue(RenderCommand.hasDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertTrue(RenderCommand.hasDisplay("Windows 11", Map.of()));
    }
}
