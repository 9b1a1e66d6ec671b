package org.igrexplorer.ui.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.TwoParameterModel;
import org.junit.jupiter.api.Test;

class FormulaTextTest {

    @Test
    void numbersAreFormattedForLatex() {
        assertEquals("0.025", FormulaText.num(0.025));
        assertEquals("1.5", FormulaText.num(1.5));
        assertEquals("-3.142", FormulaText.num(-Math.PI));
        assertEquals("1.235\\times10^{-5}", FormulaText.num(1.2345e-5));
        assertEquals("2\\times10^{7}", FormulaText.num(2e7));
        assertEquals("0", FormulaText.num(0.0));
    }

    @Test
    void substitutedNumbersAreTheModelsValues() {
        RunParameters p = RunParameters.DEFAULT.withH(0.1).withMu(0.5);
        double a = 1.2;
        double b = 0.7;
        List<String> lines = FormulaText.lines(p, a, b, 0.0);
        assertEquals(4, lines.size(), "no momentum line at β = 0");
        TwoParameterModel m = (TwoParameterModel) p.landscape();
        assertTrue(lines.get(0).contains("= 0.05"), lines.get(0));              // λ = h/2
        assertTrue(lines.get(1).contains("1 + 0.05\\,(a^2 + b^2)"), lines.get(1));
        assertTrue(lines.get(2).contains("1 + 0.5\\,(a^2 + b^2)"), lines.get(2));
        // (0.6 − 0.84)²/2 = 0.0288; R_IG = x²(a²+b²)E = 1.93·0.0288 = 0.055584
        assertEquals(0.0288, m.loss(a, b), 1e-15);
        assertTrue(lines.get(3).contains("E = 0.0288"), lines.get(3));
        assertTrue(lines.get(3).contains("R_{IG} = 0.05558"), lines.get(3));
        assertTrue(lines.get(3).contains("\\tilde{E} = " + FormulaText.num(m.modifiedLoss(a, b, 0.1))));
        List<String> withMomentum = FormulaText.lines(p, a, b, 0.5);
        // h(1+β)/(4(1−β)²) = 0.1·1.5/(4·0.25) = 0.15
        assertTrue(withMomentum.get(4).contains("= 0.15"), withMomentum.get(4));
    }

    @Test
    void jLatexMathTypesetsEveryLineHeadless() {
        System.setProperty("java.awt.headless", "true");
        List<String> lines = FormulaText.lines(RunParameters.DEFAULT, 2.8, 3.5, 0.9);
        FormulaRenderer r = new FormulaRenderer(lines, 18f, Color.BLACK, Color.WHITE);
        assertEquals(5, r.lineCount());
        assertTrue(r.naturalWidth() > 100, "typeset lines have a real width");
        BufferedImage img = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        r.paint(g, 600, 300);
        g.dispose();
        int dark = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 600; x++) {
                if ((img.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 500, "ink was drawn: " + dark + " dark pixels");
    }

    @org.junit.jupiter.api.Test
    void residualIsWrittenAsByHand() {
        org.junit.jupiter.api.Assertions.assertEquals("0.6 - ab", new TwoParameterModel(1, 0.6).residualLatex());
        org.junit.jupiter.api.Assertions.assertEquals("0.6 - 2\\,ab", new TwoParameterModel(2, 0.6).residualLatex());
        org.junit.jupiter.api.Assertions.assertEquals("0.6 + 2\\,ab", new TwoParameterModel(-2, 0.6).residualLatex());
        org.junit.jupiter.api.Assertions.assertEquals("-0.5 + ab", new TwoParameterModel(-1, -0.5).residualLatex());
        org.junit.jupiter.api.Assertions.assertEquals("-ab", new TwoParameterModel(1, 0).residualLatex());
        org.junit.jupiter.api.Assertions.assertEquals("0.6", new TwoParameterModel(0, 0.6).residualLatex());
    }
}
