package org.igrexplorer.ui.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Marks the plane renderers (parameter plane, a network's landscape) draw alike: an end cross, a read-out box. */
public final class PlotMarks {

    /** The read-out's font size before scaling. */
    static final int READOUT_FONT = 12;

    private PlotMarks() {
    }

    /** Draws a × of half-size {@code r} centred on (x, y) with the current colour and stroke. */
    public static void cross(Graphics2D g, double x, double y, double r) {
        g.draw(new Line2D.Double(x - r, y - r, x + r, y + r));
        g.draw(new Line2D.Double(x - r, y + r, x + r, y - r));
    }

    /**
     * Draws a hover read-out: the lines in a monospaced font of 12 px × {@code scale} on a translucent white box
     * with a thin frame, the box's top left corner at (x, y).
     */
    public static void readout(Graphics2D g, List<String> lines, double x, double y, double scale) {
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, (int) Math.round(READOUT_FONT * scale)));
        FontMetrics fm = g.getFontMetrics();
        double w = 0;
        for (String s : lines) {
            w = Math.max(w, fm.stringWidth(s));
        }
        double hgt = lines.size() * fm.getHeight() + 8;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new Rectangle2D.Double(x, y, w + 14, hgt));
        g.setColor(new Color(0, 0, 0, 100));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(x, y, w + 14, hgt));
        g.setColor(MethodPalette.INK);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) (x + 7), (float) (y + 4 + fm.getAscent() + i * fm.getHeight()));
        }
    }
}
