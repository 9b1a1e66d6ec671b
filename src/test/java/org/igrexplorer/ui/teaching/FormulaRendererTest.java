package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.igrexplorer.core.dynamics.RunParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The formula card fills a wide box in two columns and keeps one column in a narrow one. */
class FormulaRendererTest {

    /** A pixel darker than this (sum of channels) is ink. */
    private static final int INK = 300;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static FormulaRenderer renderer(double beta) {
        RunParameters p = RunParameters.DEFAULT;
        List<String> lines = FormulaText.lines(p, p.a0(), p.b0(), beta);
        return new FormulaRenderer(lines, FormulaRenderer.DEFAULT_SIZE, Color.BLACK, Color.WHITE);
    }

    /** @return the ink pixels in columns [x0, x1) */
    private static int ink(BufferedImage img, int x0, int x1) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                int p = img.getRGB(x, y);
                if ((p >> 16 & 255) + (p >> 8 & 255) + (p & 255) < INK) {
                    n++;
                }
            }
        }
        return n;
    }

    private static BufferedImage paint(FormulaRenderer r, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        r.paint(g, w, h);
        g.dispose();
        return img;
    }

    @Test
    void aWideCardIsFilledInTwoColumns() {
        for (double beta : new double[] {0, 0.5}) {
            FormulaRenderer r = renderer(beta);
            FormulaRenderer.Arrangement a = r.arrange(1800, 240);
            assertEquals(2, a.columns(), "beta " + beta);
            assertTrue(a.split() > 0 && a.split() < r.lineCount());
            assertTrue(a.scale() > 1.0, "the formulas grow to use the room: " + a.scale());
            BufferedImage img = paint(r, 1800, 240);
            int left = ink(img, 0, 900);
            int right = ink(img, 900, 1800);
            assertTrue(right > left / 3, "the right half carries formulas too: " + left + " / " + right);
        }
    }

    @Test
    void aNarrowCardKeepsOneColumnAndEverythingInside() {
        FormulaRenderer r = renderer(0);
        FormulaRenderer.Arrangement a = r.arrange(450, 320);
        assertEquals(1, a.columns());
        assertTrue(a.scale() <= 1.0, "shrunk to fit the width: " + a.scale());
        BufferedImage img = paint(r, 450, 320);
        assertEquals(0, ink(img, 446, 450), "nothing runs off the right edge");
    }
}
