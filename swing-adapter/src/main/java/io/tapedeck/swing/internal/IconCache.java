package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.PixelImage;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.Icon;

/**
 * Icon pixels, copied on the EDT only the first time an icon object is seen (per identity,
 * held weakly: apps keep their icons in fields and reuse them, so this is nearly free after
 * start-up). Icons larger than {@link #MAX_SIDE} or that fail to paint are reported as none.
 * EDT-confined.
 */
final class IconCache {
    static final int MAX_SIDE = 256;
    private static final PixelImage NONE = new PixelImage(1, 1, new int[1]);
    private final WeakIdentityMap<Icon, PixelImage> cache = new WeakIdentityMap<>();

    PixelImage of(Icon icon, Component c) {
        if (icon == null) return null;
        PixelImage image = cache.get(icon);
        if (image == null) {
            image = copy(icon, c);
            cache.put(icon, image);
        }
        return image == NONE ? null : image;
    }

    private static PixelImage copy(Icon icon, Component c) {
        int w = icon.getIconWidth();
        int h = icon.getIconHeight();
        if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE) return NONE;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            icon.paintIcon(c, g, 0, 0);
        } catch (RuntimeException e) {
            // Some look-and-feel icons only paint for the component class they were made for.
            return NONE;
        } finally {
            g.dispose();
        }
        return new PixelImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }
}
