package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code render --view fig1b|backward-error|distance|balance|formula}: headless, no toolkit. */
class TeachingRenderTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static int run(StringWriter err, String... args) {
        return IgrCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fig1b", "backward-error", "distance", "balance", "formula"})
    void teachingViewsRenderToPng(String view) throws Exception {
        Path png = dir.resolve(view + ".png");
        StringWriter err = new StringWriter();
        int code = run(err, "render", "--view", view, "--steps", "100", "--width", "640", "--height", "400",
                "--scale", "2", "--beta", "0.5", "--out", png.toString());
        assertEquals(0, code, err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
        int ink = 0;
        for (int y = 0; y < 400; y += 2) {
            for (int x = 0; x < 640; x += 2) {
                ink += (img.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        assertTrue(ink > 300, view + ": " + ink);
    }

    @Test
    void unknownViewAndBadBetaAreRejected() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "render", "--view", "fig2", "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("fig1b, backward-error, distance, balance, sharpness or formula"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "render", "--view", "balance", "--beta", "1.5", "--out",
                dir.resolve("y.png").toString()));
        assertTrue(err2.toString().contains("beta must be in [0, 0.99]"), err2.toString());
    }

    @Test
    void teachingPanelsExportAsVectorSvgAndPdf() throws Exception {
        Path svg = dir.resolve("formula.svg");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "render", "--view", "formula", "--format", "svg", "--beta", "0.5", "--out",
                svg.toString()), err.toString());
        String text = java.nio.file.Files.readString(svg);
        assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), text.substring(0, 40));
        assertTrue(text.contains("<path"), "glyphs as outlines");
        assertTrue(!text.contains("<text"), "no text elements that would need the TeX fonts");
        Path pdf = dir.resolve("fig1b.pdf");
        assertEquals(0, run(err, "render", "--view", "fig1b", "--format", "pdf", "--out", pdf.toString()),
                err.toString());
        byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
