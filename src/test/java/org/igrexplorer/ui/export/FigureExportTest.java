package org.igrexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.igrexplorer.core.session.Presets;
import org.igrexplorer.core.session.SessionState;
import org.igrexplorer.ui.plot.MethodPalette;
import org.igrexplorer.ui.plot.Series;
import org.igrexplorer.ui.plot.XYChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Exports of a real figure: the plane of the "Fig. 1a, near start" preset with its visible curves. */
class FigureExportTest {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 480;
    /** A curve path has at least this many segments; frames, clips and legend swatches have a few. */
    private static final int MIN_CURVE_SEGMENTS = 20;
    /** Relative error accepted when reading back the PNG's DPI (it is stored in whole pixels per metre). */
    private static final double DPI_TOL = 1e-3;

    private static final SessionState STATE = Presets.FIG1A_NEAR.state();
    private static Map<Method, Trajectory> curves;

    @BeforeAll
    static void computeCurves() {
        curves = TrajectoryService.computeAll(STATE.visibleCurves(), STATE.parameters(), RunLimits.DEFAULT,
                FlowTolerances.DEFAULT);
    }

    /** The same kind of chart the plane view draws: one series per visible method, legend on. */
    private static XYChart plane() {
        Map<Method, Trajectory> r = curves;
        XYChart c = new XYChart().title("Parameter plane (a, b)");
        c.xAxis().label("a");
        c.yAxis().label("b");
        for (Trajectory t : r.values()) {
            double[] x = new double[t.size()];
            double[] y = new double[t.size()];
            for (int n = 0; n < t.size(); n++) {
                x[n] = t.a(n);
                y[n] = t.b(n);
            }
            Color col = MethodPalette.awt(t.method());
            String name = t.method().label();
            c.addSeries(switch (MethodPalette.style(t.method())) {
                case LINE_AND_MARKERS -> Series.lineAndMarkers(name, x, y, col);
                case DASHED -> Series.dashed(name, x, y, col);
                default -> Series.line(name, x, y, col);
            });
        }
        return c;
    }

    private static FigureExport.Options options() {
        return FigureExport.Options.of(WIDTH, HEIGHT).withCaption(FigureCaption.of(STATE.parameters()));
    }

    private static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    /** @return the stroke colour of an element from its own style or the nearest ancestor's */
    private static String stroke(Element e) {
        Pattern p = Pattern.compile("stroke:\\s*(rgb\\([^)]*\\))");
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            Matcher m = p.matcher(el.getAttribute("style"));
            if (m.find()) {
                return m.group(1).replace(" ", "");
            }
        }
        return "";
    }

    private static boolean insideClipPath(Node n) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if ("clipPath".equals(p.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void svgParsesAndHasOnePathPerVisibleCurvePlusLegendAndCaption() throws Exception {
        byte[] svg = FigureExport.svg(plane(), options());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getNodeName());

        Map<Method, Integer> curvePaths = new EnumMap<>(Method.class);
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (insideClipPath(p)) {
                continue;
            }
            int segments = p.getAttribute("d").split("L").length - 1;
            for (Method m : Method.values()) {
                if (stroke(p).equals(rgb(MethodPalette.awt(m))) && segments >= MIN_CURVE_SEGMENTS) {
                    curvePaths.merge(m, 1, Integer::sum);
                }
            }
        }
        Map<Method, Integer> expected = new EnumMap<>(Method.class);
        STATE.visibleCurves().forEach(m -> expected.put(m, 1));
        assertEquals(expected, curvePaths, "one path per visible curve, none for hidden ones");

        StringBuilder text = new StringBuilder();
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent()).append('\n');
        }
        for (Method m : STATE.visibleCurves()) {
            assertTrue(text.toString().contains(m.label()), "legend names " + m.label());
        }
        assertFalse(text.toString().contains(Method.MODIFIED2.label()), "no legend row for a hidden curve");
        assertTrue(text.toString().contains("x = 1, y = 0.6, a0 = 2.8, b0 = 3.5, h = 0.05, mu = 0.5, steps = 400"),
                text.toString());
    }

    @Test
    void pdfHasOnePageOfTheFigureSizeWithTheCaptionAsText() throws Exception {
        byte[] pdf = FigureExport.pdf(plane(), options(), "Fig. 1a");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(WIDTH, doc.getPage(0).getMediaBox().getWidth(), 1e-3);
            assertEquals(HEIGHT, doc.getPage(0).getMediaBox().getHeight(), 1e-3);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(FigureCaption.of(STATE.parameters())), text);
            for (Method m : STATE.visibleCurves()) {
                assertTrue(text.contains(m.label()), "legend text " + m.label() + " in " + text);
            }
            assertFalse(text.contains("?"), "no character was lost to the PDF font encoding: " + text);
        }
    }

    @Test
    void pdfTextWithSymbolsAndParenthesesStaysReadable() throws Exception {
        XYChart c = plane();
        c.title("R_IG/E = x²‖θ‖² (µ, λ) \\ (unbalanced"); // horizontal text: extracted as one line
        try (PDDocument doc = Loader.loadPDF(FigureExport.pdf(c, FigureExport.Options.of(WIDTH, HEIGHT), null))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("R_IG/E = x²‖θ‖² (µ, λ) \\ (unbalanced"), "the whole title as text: " + text);
            assertTrue(text.contains("Gradient descent"), "the page after the odd label is intact: " + text);
            assertFalse(text.contains("?"), text);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 2.5, 4})
    void pngSizeMatchesTheScaleAndRecordsTheDpi(double scale) throws Exception {
        FigureExport.Options o = options().withScale(scale);
        byte[] png = FigureExport.png(plane(), o);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(Math.round(WIDTH * scale), reader.getWidth(0));
            assertEquals(Math.round(HEIGHT * scale), reader.getHeight(0));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            double dpi = Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            assertEquals(FigureExport.BASE_DPI * scale, dpi, DPI_TOL * dpi);
            reader.dispose();
        }
    }

    @Test
    void dpiGivesTheMatchingPixelSize() {
        FigureExport.Options o = FigureExport.Options.of(WIDTH, HEIGHT).withDpi(300);
        BufferedImage img = FigureExport.image(plane(), o);
        assertEquals(Math.round(WIDTH * 300 / 96.0), img.getWidth());
        assertEquals(Math.round(HEIGHT * 300 / 96.0), img.getHeight());
    }

    @Test
    void captionBandIsPaintedInPngAndTheCurvesAreVisible() {
        // The caption takes a band at the bottom of the same-size figure.
        BufferedImage withCaption = FigureExport.image(plane(), options());
        BufferedImage without = FigureExport.image(plane(), FigureExport.Options.of(WIDTH, HEIGHT));
        int row = (int) (HEIGHT - new CaptionedRenderer(plane(), "x", Color.WHITE).bandHeight() / 2);
        assertTrue(countDark(withCaption, row) > 0, "caption text in the band");
        assertTrue(countColour(withCaption, MethodPalette.awt(Method.GD)) > 0, "GD curve drawn");
        assertEquals(without.getWidth(), withCaption.getWidth());
        assertEquals(0, countDark(withCaption, (int) HEIGHT - 1), "the band's bottom edge is blank");
    }

    @Test
    void writeIsAtomicAndChoosesTheFormat(@TempDir Path dir) throws Exception {
        for (ImageFormat f : ImageFormat.values()) {
            Path out = dir.resolve("plane." + f.id());
            FigureExport.write(out, ImageFormat.fromFileName(out).orElseThrow(), plane(), options(), "plane");
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(out), 4);
            byte[] expected = switch (f) {
                case PNG -> new byte[] {(byte) 0x89, 'P', 'N', 'G'};
                case SVG -> "<svg".getBytes();
                case PDF -> "%PDF".getBytes();
            };
            if (f == ImageFormat.SVG) {
                assertTrue(Files.readString(out).contains("<svg"));
            } else {
                assertArrayEquals(expected, head, f.id());
            }
        }
        assertEquals(3, Files.list(dir).count(), "no temporary files left");
        assertThrows(IllegalArgumentException.class, () -> ImageFormat.fromId("gif"));
        assertThrows(IllegalArgumentException.class, () -> FigureExport.Options.of(WIDTH, HEIGHT).withScale(20));
    }

    private static int countDark(BufferedImage img, int row) {
        int n = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            int p = img.getRGB(x, row);
            if ((p >> 16 & 255) < 100 && (p >> 8 & 255) < 100 && (p & 255) < 100) {
                n++;
            }
        }
        return n;
    }

    private static int countColour(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
