package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.PixelImage;
import java.awt.AlphaComposite;
import java.awt.Canvas;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.MediaTracker;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.RenderedImage;
import java.awt.image.VolatileImage;
import java.awt.image.WritableRaster;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Any {@link Image} as a {@link PixelImage}, copied on the calling thread (the EDT: the image
 * may change right after the paint). Toolkit images (files, GIF icons) do not change once
 * loaded, so they are copied once per object and source rectangle; buffered images can be
 * drawn into by the app, so they are re-read every time, but an unchanged one keeps its
 * {@link PixelImage} (no new hash, no new PNG). Volatile images (Metal's cached gradients) are
 * read through a snapshot, and kept like buffered images.
 * EDT-confined.
 */
final class ImagePixels {
    /** Bigger bitmaps are not recorded (the component falls back to one image of itself). */
    static final long MAX_PIXELS = 16L << 20;

    private static final int LOAD_WAIT_MS = 500;
    private static final Map<Image, Map<Long, PixelImage>> CACHE = new WeakHashMap<>();
    private static Canvas trackerOwner;

    private ImagePixels() {}

    /** The whole image, or null if it has no pixels (not loadable, empty, too big). */
    static PixelImage of(Image image) {
        if (image == null) return null;
        int w = image.getWidth(null), h = image.getHeight(null);
        if (w < 0 || h < 0) {
            if (!load(image)) return null;
            w = image.getWidth(null);
            h = image.getHeight(null);
        }
        return of(image, 0, 0, w, h);
    }

    /** The source rectangle {@code sx sy sw sh} of the image (clamped to it), or null. */
    static synchronized PixelImage of(Image image, int sx, int sy, int sw, int sh) {
        if (image == null) return null;
        int w = image.getWidth(null), h = image.getHeight(null);
        if (w < 0 || h < 0) {
            if (!load(image)) return null;
            w = image.getWidth(null);
            h = image.getHeight(null);
        }
        int x0 = Math.max(0, sx), y0 = Math.max(0, sy);
        int x1 = Math.min(w, sx + sw), y1 = Math.min(h, sy + sh);
        if (x1 <= x0 || y1 <= y0 || (long) (x1 - x0) * (y1 - y0) > MAX_PIXELS) return null;
        long key = ((long) x0 << 48) ^ ((long) y0 << 32) ^ ((long) (x1 - x0) << 16) ^ (y1 - y0) ^ ((long) w << 40);
        Map<Long, PixelImage> known = CACHE.get(image);
        PixelImage cached = known == null ? null : known.get(key);
        boolean mutable = image instanceof BufferedImage || image instanceof VolatileImage;
        if (cached != null && !mutable) return cached;
        Image source = image instanceof VolatileImage ? ((VolatileImage) image).getSnapshot() : image;
        int[] argb = pixels(source, x0, y0, x1 - x0, y1 - y0);
        if (argb == null) return null;
        if (cached != null && cached.samePixels(x1 - x0, y1 - y0, argb)) return cached;
        PixelImage fresh = new PixelImage(x1 - x0, y1 - y0, argb);
        if (known == null) {
            known = new HashMap<>(4);
            CACHE.put(image, known);
        }
        if (known.size() > 64) known.clear(); // a sprite sheet drawn piece by piece
        known.put(key, fresh);
        return fresh;
    }

    /** A rendered image (not necessarily a {@link BufferedImage}) as pixels, or null. */
    static PixelImage ofRendered(RenderedImage image) {
        if (image == null) return null;
        if (image instanceof BufferedImage) return of((Image) image);
        int w = image.getWidth(), h = image.getHeight();
        if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) return null;
        ColorModel cm = image.getColorModel();
        WritableRaster raster = cm.createCompatibleWritableRaster(w, h);
        image.copyData(raster.createWritableTranslatedChild(image.getMinX(), image.getMinY()));
        BufferedImage copy = new BufferedImage(cm, raster, cm.isAlphaPremultiplied(), null);
        return copy(copy, 0, 0, w, h);
    }

    private static PixelImage copy(Image image, int x, int y, int w, int h) {
        int[] argb = pixels(image, x, y, w, h);
        return argb == null ? null : new PixelImage(w, h, argb);
    }

    private static int[] pixels(Image image, int x, int y, int w, int h) {
        int[] argb = new int[w * h];
        if (image instanceof BufferedImage) {
            BufferedImage b = (BufferedImage) image;
            // Reading elements (not the data array) keeps the image accelerated for the app.
            if (b.getType() == BufferedImage.TYPE_INT_ARGB) {
                b.getRaster().getDataElements(x, y, w, h, argb);
                return argb;
            }
            if (b.getType() == BufferedImage.TYPE_INT_RGB) {
                b.getRaster().getDataElements(x, y, w, h, argb);
                for (int i = 0; i < argb.length; i++) argb[i] |= 0xFF000000;
                return argb;
            }
        }
        BufferedImage scratch = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            if (!g.drawImage(image, 0, 0, w, h, x, y, x + w, y + h, null) && !(image instanceof BufferedImage)) {
                return null; // still loading: nothing faithful to show
            }
        } finally {
            g.dispose();
        }
        scratch.getRaster().getDataElements(0, 0, w, h, argb);
        return argb;
    }

    /** Waits (briefly) for a toolkit image that was never drawn to load. */
    private static boolean load(Image image) {
        try {
            if (trackerOwner == null) trackerOwner = new Canvas();
            MediaTracker tracker = new MediaTracker(trackerOwner);
            tracker.addImage(image, 0);
            tracker.waitForID(0, LOAD_WAIT_MS);
            return !tracker.isErrorID(0) && image.getWidth(null) >= 0 && image.getHeight(null) >= 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
