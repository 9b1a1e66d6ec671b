package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.ui.plot.MethodPalette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code render --view plane --format png|svg|pdf [--caption]} (PNG sizes: RenderCommandTest, FigureExportTest). */
class RenderFormatTest {

    private static final String CAPTION = "x = 1, y = 0.6, a0 = 2.8, b0 = 3.5, h = 0.05, mu = 0.5, steps = 400";

    private static int run(StringWriter err, String... args) {
        return IgrCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void planeAsSvgAndPdfWithCaption(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        Path svg = dir.resolve("plane.svg");
        Path pdf = dir.resolve("plane.pdf");
        assertEquals(0, run(err, "render", "--view", "plane", "--format", "svg", "--width", "600", "--height", "400",
                "--caption", "--out", svg.toString()), err::toString);
        assertEquals(0, run(err, "render", "--view", "plane", "--format", "pdf", "--width", "600", "--height", "400",
                "--caption", "--out", pdf.toString()), err::toString);

        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        String svgText = Files.readString(svg);
        assertTrue(svgText.contains(CAPTION));
        for (Method m : new Method[] {Method.GD, Method.EXACT, Method.MODIFIED}) {
            var c = MethodPalette.awt(m);
            assertTrue(svgText.contains("stroke:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")"),
                    m + " curve is drawn in its colour");
        }
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, d.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(d).contains(CAPTION));
        }
    }

    @Test
    void vectorFormatsAreForThePlaneOnly(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "render", "--view", "3d", "--format", "pdf", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("plane only"), err.toString());
        StringWriter err2 = new StringWriter();
        assertTrue(run(err2, "render", "--view", "plane", "--format", "bmp", "--out", dir.resolve("x.bmp").toString()) != 0);
        assertTrue(err2.toString().contains("expected png, svg, pdf, gif or mp4"), err2.toString());
        StringWriter err3 = new StringWriter();
        assertEquals(2, run(err3, "render", "--view", "plane", "--format", "gif", "--out", dir.resolve("x.gif").toString()));
        assertTrue(err3.toString().contains("is an animation: add --animate"), err3.toString());
    }
}
