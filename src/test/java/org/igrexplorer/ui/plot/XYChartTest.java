package org.igrexplorer.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.igrexplorer.core.dynamics.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XYChartTest {

    /** Per-channel difference accepted when looking for a series colour (antialiasing blends edges). */
    private static final int COLOUR_TOL = 12;
    /** A thick line over 600 px should cover at least this many pixels of its colour. */
    private static final int MIN_LINE_PIXELS = 300;

    private static int count(BufferedImage img, Color c) {
        return Pixels.count(img, c, COLOUR_TOL);
    }

    private static XYChart chart() {
        double[] x = new double[50];
        double[] y = new double[50];
        double[] y2 = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = 1e-3 * Math.pow(10, i / 49.0 * 3);
            y[i] = 1 / (1 + 10 * x[i]);
            y2[i] = 0.5 / (1 + 10 * x[i]);
        }
        XYChart c = new XYChart().title("R_IG/E at the end");
        c.xAxis().label("learning rate h").log(true);
        c.yAxis().label("x²‖θ‖²").unit("1");
        c.addSeries(Series.line("GD", x, y, MethodPalette.awt(Method.GD)).withLineWidth(4));
        c.addSeries(Series.dashed("EGR", x, y2, MethodPalette.awt(Method.EGR)).withLineWidth(4));
        c.addShadedRange(0.3, 1.0, new Color(0, 0, 0, 30), "diverges");
        c.markerLine(0.05, MethodPalette.INK, "h = 0.05");
        return c;
    }

    @Test
    void paintsEverySeriesInItsColour() {
        BufferedImage img = PngExport.render(chart(), 640, 400, 1.0, Color.WHITE);
        assertTrue(count(img, MethodPalette.awt(Method.GD)) > MIN_LINE_PIXELS, "GD line drawn");
        assertTrue(count(img, MethodPalette.awt(Method.EGR)) > MIN_LINE_PIXELS / 3, "dashed EGR line drawn");
        assertFalse(count(img, MethodPalette.awt(Method.EXACT)) > 0, "no colour of an absent series");
    }

    /** Issue 18 #19: Figure 2's dots sat on the frame (the automatic range pads by a share of the span only). */
    @Test
    void markersOnAnAutomaticRangeKeepAGapToTheFrame() {
        for (boolean log : new boolean[] {false, true}) {
            XYChart c = new XYChart().title("dots");
            c.xAxis().log(log);
            c.yAxis().log(log);
            c.addSeries(Series.markers("runs", new double[] {0.5, 1, 2, 4.1}, new double[] {2.6e-4, 1.9e-4, 3.1e-4, 5.1e-4},
                    Color.BLUE));
            for (int[] size : new int[][] {{320, 200}, {640, 420}}) {
                PngExport.render(c, size[0], size[1], 1.0, Color.WHITE);
                PlotTransform tr = c.lastTransform();
                Rectangle2D a = tr.area();
                double need = c.series().get(0).markerSize() / 2 + XYChart.MARKER_GAP;
                for (int i = 0; i < 4; i++) {
                    double px = tr.toPixelX(c.series().get(0).xAt(i));
                    double py = tr.toPixelY(c.series().get(0).yAt(i));
                    assertTrue(px - a.getMinX() >= need - 0.5 && a.getMaxX() - px >= need - 0.5
                            && py - a.getMinY() >= need - 0.5 && a.getMaxY() - py >= need - 0.5,
                            "log " + log + ", " + size[0] + "×" + size[1] + ": point " + i + " at (" + px + ", " + py
                                    + ") in " + a);
                }
            }
        }
    }

    @Test
    void transformRoundTripsAndPutsDataInsideTheArea() {
        XYChart c = chart();
        PngExport.render(c, 640, 400, 1.0, Color.WHITE);
        PlotTransform tr = c.lastTransform();
        double px = tr.toPixelX(0.01);
        double py = tr.toPixelY(0.5);
        assertTrue(tr.contains(px, py));
        assertEquals(0.01, tr.toDataX(px), 1e-12);
        assertEquals(0.5, tr.toDataY(py), 1e-12);
        assertTrue(tr.toPixelX(0.1) > tr.toPixelX(0.01), "x grows to the right");
        assertTrue(tr.toPixelY(0.9) < tr.toPixelY(0.1), "y grows upwards");
        assertEquals(tr.toPixelX(0.1) - tr.toPixelX(0.01), tr.toPixelX(1.0) - tr.toPixelX(0.1), 1e-9,
                "log axis: equal spacing per decade");
    }

    @Test
    void scaledExportHasMorePixelsAndSameDrawing() throws Exception {
        BufferedImage img = PngExport.render(chart(), 320, 200, 2.0, Color.WHITE);
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
        assertTrue(count(img, MethodPalette.awt(Method.GD)) > MIN_LINE_PIXELS);
    }

    @Test
    void writesAReadablePng(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("chart.png");
        PngExport.write(chart(), 300, 200, 1.5, out);
        BufferedImage back = ImageIO.read(Files.newInputStream(out));
        assertEquals(450, back.getWidth());
        assertEquals(300, back.getHeight());
    }

    @Test
    void colormapIsMonotoneInLightness() {
        int[] lut = Colormap.lut();
        double prev = Double.POSITIVE_INFINITY;
        for (int argb : lut) {
            double l = 0.2126 * (argb >> 16 & 255) + 0.7152 * (argb >> 8 & 255) + 0.0722 * (argb & 255);
            assertTrue(l <= prev + 0.75, "lightness falls monotonically");
            prev = l;
        }
        assertTrue(prev < 120, "the dark end is distinctly darker than the light end");
    }

    @Test
    void legendSourcesSurviveClearingTheEntriesAndAreAskedAtEachPaint() {
        XYChart c = new XYChart();
        c.addSeries(Series.line("s", new double[] {0, 1}, new double[] {0, 1}, Color.BLUE));
        java.util.List<XYChart.LegendEntry> layer = new java.util.ArrayList<>();
        c.addLegendSource(() -> layer);
        c.addLegendEntry("extra", Color.BLACK, Series.Style.LINE);
        assertEquals(java.util.List.of("s", "extra"), c.legendRows().stream().map(XYChart.LegendEntry::name).toList());
        layer.add(new XYChart.LegendEntry("layer curve", Color.RED, Series.Style.LINE));
        c.clearLegendEntries();
        assertEquals(java.util.List.of("s", "layer curve"),
                c.legendRows().stream().map(XYChart.LegendEntry::name).toList());
        // the legend box drawn grows with the source's rows: paint and find red in the legend swatch
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        c.paint(g, 400, 300);
        g.dispose();
        boolean red = false;
        for (int y = 0; y < 300 && !red; y++) {
            for (int x = 0; x < 400 && !red; x++) {
                Color px = new Color(img.getRGB(x, y));
                red = px.getRed() > 200 && px.getGreen() < 60 && px.getBlue() < 60;
            }
        }
        assertTrue(red, "the source's row is painted in the legend");
    }

    @Test
    void autoLegendGoesToTheCornerTheDataLeaveFree() {
        // data hugging the top edge only: the legend must go to a bottom corner
        double[] x = new double[50];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = i;
            y[i] = i == 0 ? 0 : 10;
        }
        XYChart c = new XYChart().legendPosition(XYChart.LegendPosition.AUTO).grid(false);
        c.addSeries(Series.line("a long legend name", x, y, Color.RED));
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        c.paint(g, 400, 300);
        g.dispose();
        java.awt.geom.Rectangle2D area = c.lastTransform().area();
        // the legend text is dark grey: find it in the lower half of the plot area, not the upper
        int dark = 0;
        int darkTop = 0;
        for (int py = (int) area.getY() + 2; py < area.getMaxY() - 2; py++) {
            for (int px = (int) area.getX() + 2; px < area.getMaxX() - 2; px++) {
                Color col = new Color(img.getRGB(px, py));
                if (col.getRed() < 80 && col.getGreen() < 80 && col.getBlue() < 80) {
                    if (py < area.getCenterY()) {
                        darkTop++;
                    } else {
                        dark++;
                    }
                }
            }
        }
        assertTrue(dark > 20, "legend text in the lower half: " + dark);
        assertEquals(0, darkTop, "nothing dark in the upper half");
    }

    @Test
    void aSecondLogAxisAtTheRightMapsItsOwnSeriesAndLabelsItsTicks() {
        double[] x = {0, 100};
        XYChart c = new XYChart().legendPosition(XYChart.LegendPosition.NONE).grid(false);
        c.yAxis().label("sharpness");
        c.y2Axis().label("loss").log(true);
        c.addSeries(Series.line("left", x, new double[] {0, 40}, Color.RED).withLineWidth(3));
        // on the right axis a constant 1e-3 between data from 1e-6 to 1: a horizontal line half way up its decades
        c.addRightSeries(Series.line("span", x, new double[] {1e-6, 1}, Color.GREEN).hiddenFromLegend());
        c.addRightSeries(Series.line("level", x, new double[] {1e-3, 1e-3}, Color.BLUE).withLineWidth(3));
        BufferedImage img = PngExport.render(c, 640, 400, 1.0, Color.WHITE);
        PlotTransform left = c.lastTransform();
        PlotTransform right = c.lastRightTransform();
        assertTrue(right.yLog() && !left.yLog());
        assertEquals(left.area(), right.area(), "one plot area, two y scales");
        assertEquals(1e-6, right.toDataY(right.area().getMaxY()), 1e-6 * 0.6, "the padded log range starts near 1e-6");
        double mid = right.toPixelY(1e-3);
        assertEquals(right.area().getCenterY(), mid, 1.0, "1e-3 is half way between 1e-6 and 1 on the log axis");
        Color blue = new Color(img.getRGB((int) right.area().getCenterX(), (int) Math.round(mid)));
        assertTrue(blue.getBlue() > 200 && blue.getRed() < 60, "the right series is drawn on its own scale: " + blue);
        // tick labels right of the plot area (dark pixels), and the area leaves room for them
        int dark = 0;
        for (int py = (int) right.area().getY(); py < right.area().getMaxY(); py++) {
            for (int px = (int) right.area().getMaxX() + 6; px < 640; px++) {
                Color col = new Color(img.getRGB(px, py));
                if (col.getRed() + col.getGreen() + col.getBlue() < 240) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 100, "tick labels and title at the right: " + dark);
        assertTrue(640 - right.area().getMaxX() > 40, "room kept for the right axis");
        assertEquals(2, c.legendRows().size(), "right series join the legend unless hidden");
    }

    @Test
    void tickLabelsThatWouldTouchAreThinnedDecadesFirst() {
        // 0.1, 0.2, 0.5, 1, 2 on a log axis 70 px per decade, labels 23 px high: 0.2 and 0.5 sit 21 px from a decade
        java.util.List<Double> ticks = java.util.List.of(0.1, 0.2, 0.5, 1.0, 2.0);
        double[] centre = ticks.stream().mapToDouble(v -> 200 - 70 * Math.log10(v / 0.1)).toArray();
        double[] extent = {23, 23, 23, 23, 23};
        boolean[] shown = XYChart.labelsThatFit(ticks, true, centre, extent, 2);
        assertArrayEquals(new boolean[] {true, false, false, true, false}, shown, "0.1 and 1 kept, the rest would touch");
        // room for all at 140 px per decade
        double[] wide = ticks.stream().mapToDouble(v -> 300 - 140 * Math.log10(v / 0.1)).toArray();
        assertArrayEquals(new boolean[] {true, true, true, true, true}, XYChart.labelsThatFit(ticks, true, wide, extent, 2));
        // a linear axis keeps every other label from its start
        java.util.List<Double> lin = java.util.List.of(0.0, 1.0, 2.0, 3.0, 4.0);
        double[] px = {0, 20, 40, 60, 80};
        assertArrayEquals(new boolean[] {true, false, true, false, true},
                XYChart.labelsThatFit(lin, false, px, new double[] {23, 23, 23, 23, 23}, 2));
    }

    @Test
    void aReadOutRowThatChangesOnlyItsTextKeepsTheLegendsBoxAndTheBase() {
        double[] x = {0, 1, 2, 3, 4};
        double[] y = {0, 1, 0, 1, 0};
        XYChart c = new XYChart().legendPosition(XYChart.LegendPosition.AUTO);
        c.addSeries(Series.line("data", x, y, Color.RED));
        c.markerLine(1, Color.BLACK, "step 10: value = 29.2, ratio = 0.729");
        BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        c.paintBase(g, 600, 400);
        c.paintOverlay(g, 600, 400);
        Rectangle2D box = c.lastLegendBox();
        assertFalse(c.baseIsStale());
        // playback: the read-out row gets another, no longer text; the legend keeps its box, the base is not redrawn
        c.markerLine(1, Color.BLACK, "step 11: value = 3.52, ratio = 0.088");
        c.paintOverlay(g, 600, 400);
        assertFalse(c.baseIsStale(), "only the overlay is painted again");
        assertEquals(box, c.lastLegendBox());
        // a longer text no longer fits: a new layout
        c.markerLine(1, Color.BLACK, "step 12: value = 3.52, ratio = 0.088, and a much longer explanation");
        c.paintOverlay(g, 600, 400);
        assertTrue(c.baseIsStale(), "the legend grew: the base follows");
        assertTrue(c.lastLegendBox().getWidth() > box.getWidth(), c.lastLegendBox().toString());
        g.dispose();
    }
}
