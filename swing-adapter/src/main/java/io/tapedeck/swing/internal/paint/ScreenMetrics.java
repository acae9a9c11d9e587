package io.tapedeck.swing.internal.paint;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * What a real screen graphics answers about text and hints, from a scratch graphics of the
 * screen's kind: Swing lays text out with these metrics and reads (and restores) every hint,
 * so they must be exactly the screen's, never null.
 */
final class ScreenMetrics {
    private final Graphics2D scratch;
    private final RenderingHints defaultHints;
    private final GraphicsConfiguration configuration;

    ScreenMetrics(GraphicsConfiguration screen) {
        BufferedImage image = null;
        if (screen != null) {
            try {
                image = screen.createCompatibleImage(1, 1);
            } catch (RuntimeException e) {
                image = null; // a screen that went away: metrics from an ordinary image are the same
            }
        }
        if (image == null) image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        scratch = image.createGraphics();
        defaultHints = (RenderingHints) scratch.getRenderingHints().clone();
        configuration = screen != null ? screen : scratch.getDeviceConfiguration();
    }

    RenderingHints defaultHints() {
        return (RenderingHints) defaultHints.clone();
    }

    GraphicsConfiguration configuration() {
        return configuration;
    }

    /** The metrics a screen graphics with this transform and these hints gives for {@code font}. */
    FontMetrics fontMetrics(Font font, AffineTransform transform, RenderingHints hints) {
        scratch.setTransform(new AffineTransform(
                transform.getScaleX(), transform.getShearY(), transform.getShearX(), transform.getScaleY(), 0, 0));
        scratch.setRenderingHints(hints);
        return scratch.getFontMetrics(font);
    }
}
