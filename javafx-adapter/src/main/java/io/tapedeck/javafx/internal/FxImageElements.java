package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.PixelImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * An {@link ImageView} as an IMAGE element: the image's pixels are read once per
 * {@link Image} (kept weakly by identity: an image is immutable once loaded) and hashed, so
 * core's image library sends each distinct bitmap once; a viewport (a sprite of a sheet) is
 * its own cropped bitmap; the view's fit size and ratio are its laid-out bounds; a view that
 * is not smooth is drawn pixelated. A {@link WritableImage} can change at any time, so it is
 * read again, at most every {@link #WRITABLE_REREAD_NANOS}. Images still loading, failed, or
 * larger than {@link #MAX_PIXELS} are left out. Privacy (which images to hide) is core's.
 * FX thread only.
 */
final class FxImageElements {
    static final long MAX_PIXELS = 16L << 20;
    static final long WRITABLE_REREAD_NANOS = 500_000_000L;

    private static final class Entry {
        final PixelImage pixels;
        final long readAt;
        /** Viewport crops of this image, a few at most (sprite sheets cycle through some). */
        final Map<Rectangle2D, PixelImage> crops = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Rectangle2D, PixelImage> eldest) {
                return size() > 32;
            }
        };

        Entry(PixelImage pixels, long readAt) {
            this.pixels = pixels;
            this.readAt = readAt;
        }
    }

    private static final Map<Image, Entry> CACHE = new WeakHashMap<>();

    private FxImageElements() {}

    static void imageView(ImageView v, FxDrawingOut out) {
        Image image = v.getImage();
        if (image == null) return;
        Entry entry = entry(image);
        if (entry == null) return;
        PixelImage pixels = entry.pixels;
        Rectangle2D viewport = v.getViewport();
        if (viewport != null && viewport.getWidth() > 0 && viewport.getHeight() > 0) {
            pixels = entry.crops.computeIfAbsent(
                    viewport,
                    vp -> entry.pixels.crop(
                            (int) Math.floor(vp.getMinX()),
                            (int) Math.floor(vp.getMinY()),
                            (int) Math.ceil(vp.getWidth()),
                            (int) Math.ceil(vp.getHeight())));
            if (pixels == null) return;
        }
        Bounds b = v.getLayoutBounds();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) return;
        FxDrawingOut.Attrs a = new FxDrawingOut.Attrs()
                .num("x", b.getMinX() + out.ox())
                .num("y", b.getMinY() + out.oy())
                .num("width", b.getWidth())
                .num("height", b.getHeight());
        if (!v.isSmooth()) a.add("style", "image-rendering:pixelated");
        out.image(pixels, a);
    }

    /** The pixels of a loaded image, read now or before; null when there are none to show. */
    static PixelImage pixels(Image image) {
        Entry e = entry(image);
        return e == null ? null : e.pixels;
    }

    /** The non-premultiplied pixels of a {@code w}×{@code h} area at ({@code x}, {@code y}) of a reader. */
    static PixelImage read(PixelReader reader, int x, int y, int w, int h) {
        int[] argb = new int[w * h];
        reader.getPixels(x, y, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new PixelImage(w, h, argb);
    }

    private static Entry entry(Image image) {
        Entry e = CACHE.get(image);
        long now = System.nanoTime();
        if (e != null && (!(image instanceof WritableImage) || now - e.readAt < WRITABLE_REREAD_NANOS)) return e;
        if (image.isError() || image.getProgress() < 1) return null;
        int w = (int) Math.round(image.getWidth()), h = (int) Math.round(image.getHeight());
        if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) return null;
        PixelReader reader = image.getPixelReader();
        if (reader == null) return null;
        PixelImage pixels = read(reader, 0, 0, w, h);
        if (e != null && e.pixels.contentKey().equals(pixels.contentKey())) pixels = e.pixels;
        Entry fresh = new Entry(pixels, now);
        if (e != null && pixels == e.pixels) fresh.crops.putAll(e.crops);
        CACHE.put(image, fresh);
        return fresh;
    }
}
