package org.igrexplorer.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotMarksTest {

    @Test
    void crossDrawsBothDiagonalsOnly() {
        BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        PlotMarks.cross(g, 20, 20, 10);
        g.dispose();
        for (int d = -9; d <= 9; d += 3) {
            assertEquals(0xFFFF0000, img.getRGB(20 + d, 20 + d), "on the falling diagonal at " + d);
            assertEquals(0xFFFF0000, img.getRGB(20 + d, 20 - d), "on the rising diagonal at " + d);
        }
        assertEquals(0, img.getRGB(20, 5) >>> 24, "above the centre");
        assertEquals(0, img.getRGB(35, 20) >>> 24, "right of the centre");
    }

    /** The box holds the longest line, grows a line height per line and leaves the rest of the image alone. */
    @Test
    void readoutBoxFitsItsLines() {
        int oneLine = boxHeight(List.of("E = 1.000"));
        int threeLines = boxHeight(List.of("E = 1.000", "a = 2", "b = 3"));
        assertTrue(threeLines > oneLine, threeLines + " vs " + oneLine);
        assertEquals(2 * (oneLine - 8 - 1), threeLines - oneLine, 2.0, "one line height per added line");
        assertTrue(boxWidth(List.of("a = 1234567890123")) > boxWidth(List.of("a = 1")), "wider for a longer line");
    }

    private static BufferedImage draw(List<String> lines) {
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        PlotMarks.readout(g, lines, 10, 10, 1.0);
        g.dispose();
        assertEquals(0, img.getRGB(5, 5) >>> 24, "nothing above and left of the box");
        assertTrue((img.getRGB(12, 12) >>> 24) > 200, "the box is nearly opaque");
        return img;
    }

    private static int boxHeight(List<String> lines) {
        BufferedImage img = draw(lines);
        int y = 10;
        while (y < img.getHeight() && (img.getRGB(12, y) >>> 24) != 0) {
            y++;
        }
        return y - 10;
    }

    private static int boxWidth(List<String> lines) {
        BufferedImage img = draw(lines);
        int x = 10;
        while (x < img.getWidth() && (img.getRGB(x, 12) >>> 24) != 0) {
            x++;
        }
        return x - 10;
    }
}
