package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.ImageData;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Non-premultiplied ARGB pixels copied on the EDT, keyed by a hash of their content so the
 * same bitmap drawn by different components or paints is one library image. The PNG encoding
 * happens lazily, once, on whichever thread first asks for {@link #toDataUrl()} (core's
 * recorder thread, never the EDT).
 */
public final class PixelImage implements ImageData {
    private final int width;
    private final int height;
    private final int[] argb;
    private final String contentKey;
    private volatile String dataUrl;
    private int opaque; // 0 unknown, 1 yes, 2 no

    /** @param argb the pixels, row by row; owned by this object from now on */
    public PixelImage(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("bad image size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
        this.contentKey = hash(width, height, argb);
    }

    @Override public String contentKey() { return contentKey; }
    @Override public int width() { return width; }
    @Override public int height() { return height; }

    /** Whether every pixel is fully opaque. */
    boolean opaque() {
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
    boolean samePixels(int w, int h, int[] pixels) {
        if (w != width || h != height) return false;
        int n = w * h;
        for (int i = 0; i < n; i++) {
            if (pixels[i] != argb[i]) return false;
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

    private byte[] png() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }

    /**
     * A 128-bit content hash as 32 hex digits. Two independent 64-bit multiply-xorshift lanes:
     * a cryptographic digest would cost ~10 ms per megapixel on the EDT, this ~1 ms, and the
     * keys only have to tell apart the images one session draws.
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
