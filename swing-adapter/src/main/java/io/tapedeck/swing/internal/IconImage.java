package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.ImageData;
import io.tapedeck.swing.internal.paint.PixelImage;

/**
 * The pixels of an icon, copied once on the EDT; hashing and the lazy PNG encoding are
 * {@link PixelImage}'s, so an icon and the same bitmap drawn by a component share a key.
 */
final class IconImage implements ImageData {
    private final PixelImage pixels;

    /** @param argb the pixels, row by row; owned by this object from now on */
    IconImage(int width, int height, int[] argb) {
        this.pixels = new PixelImage(width, height, argb);
    }

    @Override public String contentKey() { return pixels.contentKey(); }
    @Override public int width() { return pixels.width(); }
    @Override public int height() { return pixels.height(); }
    @Override public String toDataUrl() { return pixels.toDataUrl(); }
}
