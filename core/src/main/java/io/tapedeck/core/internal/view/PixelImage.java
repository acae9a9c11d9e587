package io.tapedeck.core.internal.view;

import java.util.Base64;

/**
 * Non-premultiplied ARGB pixels that an adapter copied on its UI thread, keyed by a hash of
 * their content so the same bitmap drawn by several views (or again after a redraw) is one
 * library image. The PNG is encoded lazily, once, by whichever thread first asks for
 * {@link #toDataUrl()}: core's recorder thread, never the UI thread.
 */
public final class PixelImage implements ImageData {
    private final int width;
    private final int height;
    private final int[] argb;
    private final String contentKey;
    private volatile String dataUrl;
    private volatile int opaque; // 0 unknown, 1 yes, 2 no

    /** @param argb the pixels, row by row; owned by this object from now on */
    public PixelImage(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length < (long) width * height) {
            throw new IllegalArgumentException("bad image size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
        this.contentKey = hash(width, height, argb);
    }

    @Override
    public String contentKey() {
        return contentKey;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** The ARGB pixel at ({@code x}, {@code y}). */
    public int argb(int x, int y) {
        return argb[y * width + x];
    }

    /** A part of these pixels (a viewport into a sprite sheet): this image when it is all of it, null when empty. */
    public PixelImage crop(int x, int y, int w, int h) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = (int) Math.min(width, (long) x + w);
        int y1 = (int) Math.min(height, (long) y + h);
        if (x1 <= x0 || y1 <= y0) {
            return null;
        }
        if (x0 == 0 && y0 == 0 && x1 == width && y1 == height) {
            return this;
        }
        int cw = x1 - x0;
        int ch = y1 - y0;
        int[] part = new int[cw * ch];
        for (int row = 0; row < ch; row++) {
            System.arraycopy(argb, (y0 + row) * width + x0, part, row * cw, cw);
        }
        return new PixelImage(cw, ch, part);
    }

    /** Whether every pixel is fully opaque. */
    public boolean opaque() {
        if (opaque == 0) {
            int state = 1;
            for (int i = 0, n = width * height; i < n; i++) {
                if ((argb[i] >>> 24) != 0xFF) {
                    state = 2;
                    break;
                }
            }
            opaque = state;
        }
        return opaque == 1;
    }

    /** Whether {@code pixels} are exactly this image's (a cheap re-check of a cached copy). */
    public boolean samePixels(int w, int h, int[] pixels) {
        if (w != width || h != height) {
            return false;
        }
        for (int i = 0, n = w * h; i < n; i++) {
            if (pixels[i] != argb[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toDataUrl() {
        String url = dataUrl;
        if (url == null) {
            synchronized (this) {
                url = dataUrl;
                if (url == null) {
                    url = "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
                    dataUrl = url;
                }
            }
        }
        return url;
    }

    /** The pixels as an RGBA PNG. */
    public byte[] png() {
        return Png.encode(width, height, argb);
    }

    /**
     * A 128-bit content hash as 32 hex digits. Two independent 64-bit multiply-xorshift lanes:
     * a cryptographic digest would cost ~10 ms per megapixel on the UI thread, this ~1 ms, and
     * the keys only have to tell apart the images one session draws.
     */
    static String hash(int width, int height, int[] argb) {
        long a = 0x9E3779B97F4A7C15L ^ width;
        long b = 0xC2B2AE3D27D4EB4FL ^ ((long) height << 32);
        int n = width * height;
        for (int i = 0; i < n; i++) {
            long v = argb[i] & 0xFFFFFFFFL;
            a = (a ^ v) * 0xFF51AFD7ED558CCDL;
            a ^= a >>> 29;
            b = (b + v) * 0xC4CEB9FE1A85EC53L;
            b ^= b >>> 31;
        }
        a = mix(a ^ n);
        b = mix(b ^ a);
        return hex16(a) + hex16(b);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static String hex16(long v) {
        String s = Long.toHexString(v);
        return "0000000000000000".substring(s.length()) + s;
    }
}
