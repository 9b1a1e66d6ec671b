package org.igrexplorer.ui.plot;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.geom.Rectangle2D;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The metrics of an AWT font as a JavaFX canvas draws it through FXGraphics2D (same family, weight,
 * posture and whole-pixel size), measured with a JavaFX {@link Text}: widths and the real line
 * (ascent from the baseline offset, descent from the rest of the logical line). FXGraphics2D's own
 * metrics report a line exactly the font size high (a 19 px font as 19 px where the drawn line is
 * about 22 px) and measure the graphics' current font, not the one asked for, so charts laid out
 * with them overlap their rows. FX thread only (it measures with a scene-graph node).
 */
final class FxFontMetrics extends FontMetrics {

    private final transient Text text = new Text();
    private final int ascent;
    private final int descent;

    /** @param font the AWT font; the JavaFX font that FXGraphics2D draws for it is measured */
    FxFontMetrics(Font font) {
        super(font);
        text.setFont(fxFont(font));
        text.setText("Hg");
        double baseline = text.getBaselineOffset();
        double line = text.getLayoutBounds().getHeight();
        ascent = (int) Math.ceil(baseline);
        descent = (int) Math.ceil(Math.max(0, line - baseline));
    }

    /** @return the JavaFX font FXGraphics2D selects for {@code font} */
    static javafx.scene.text.Font fxFont(Font font) {
        return javafx.scene.text.Font.font(font.getFamily(), font.isBold() ? FontWeight.BOLD : FontWeight.NORMAL,
                font.isItalic() ? FontPosture.ITALIC : FontPosture.REGULAR, font.getSize());
    }

    /** @return the drawn width of {@code s}, in fractional pixels */
    double width(String s) {
        text.setText(s);
        return text.getLayoutBounds().getWidth();
    }

    @Override
    public int getAscent() {
        return ascent;
    }

    @Override
    public int getDescent() {
        return descent;
    }

    @Override
    public int getLeading() {
        return 0;
    }

    @Override
    public int getMaxAscent() {
        return ascent;
    }

    @Override
    public int getMaxDescent() {
        return descent;
    }

    @Override
    public int stringWidth(String s) {
        return (int) Math.ceil(width(s));
    }

    @Override
    public int charWidth(char c) {
        return stringWidth(String.valueOf(c));
    }

    @Override
    public Rectangle2D getStringBounds(String s, Graphics g) {
        return new Rectangle2D.Double(0, -ascent, width(s), ascent + descent);
    }

    @Override
    public Rectangle2D getStringBounds(String s, int begin, int limit, Graphics g) {
        return getStringBounds(s.substring(begin, limit), g);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics g) {
        return getStringBounds(new String(chars, begin, limit - begin), g);
    }
}
