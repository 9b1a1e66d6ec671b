package org.igrexplorer.ui.plot;

import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;

/**
 * A saved Graphics2D state (transform, clip, paint, stroke, font, composite, hints), to restore
 * after drawing. Use this instead of {@code g.create()}: FXGraphics2D's copies share one JavaFX
 * GraphicsContext, so a transform set on a copy would leak into the original.
 */
public final class GraphicsState {

    private final AffineTransform transform;
    private final Shape clip;
    private final Paint paint;
    private final Stroke stroke;
    private final Font font;
    private final Composite composite;
    private final RenderingHints hints;

    private GraphicsState(Graphics2D g) {
        transform = g.getTransform();
        clip = g.getClip();
        paint = g.getPaint();
        stroke = g.getStroke();
        font = g.getFont();
        composite = g.getComposite();
        hints = (RenderingHints) g.getRenderingHints().clone();
    }

    /** @return the current state of {@code g}. Not modified. */
    public static GraphicsState save(Graphics2D g) {
        return new GraphicsState(g);
    }

    /** Puts the saved state back into {@code g}. Modified. */
    public void restore(Graphics2D g) {
        g.setTransform(transform);
        g.setClip(clip);
        g.setPaint(paint);
        g.setStroke(stroke);
        g.setFont(font);
        g.setComposite(composite);
        g.setRenderingHints(hints);
    }
}
