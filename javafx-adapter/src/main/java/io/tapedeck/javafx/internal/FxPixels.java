package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.ImageData;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/**
 * Non-premultiplied ARGB pixels copied on the FX thread, keyed by a hash of their content so
 * the same bitmap shown by several nodes (or again after a redraw) is one library image. The
 * PNG is encoded lazily, once, by whoever first asks (core's recorder thread, never the FX
 * thread), with {@code java.util.zip} only: a JavaFX app on a trimmed runtime may have no
 * {@code java.desktop} (no ImageIO).
 */
final class FxPixels implements ImageData {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final int width;
    private final int height;
    private final int[] argb;
    private final String contentKey;
    private volatile String dataUrl;

    /** @param argb the pixels row by row; owned by this object from now on */
    FxPixels(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("bad image size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
        this.contentKey = hash(width, height, argb);
    }

    /** The pixels of a {@code w}×{@code h} area at ({@code x}, {@code y}) of a reader. */
    static FxPixels read(PixelReader reader, int x, int y, int w, int h) {
        int[] argb = new int[w * h];
        reader.getPixels(x, y, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new FxPixels(w, h, argb);
    }

    /** A part of these pixels (a viewport into a sprite sheet), or null when it is empty. */
    FxPixels crop(int x, int y, int w, int h) {
        int x0 = Math.max(0, x), y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w), y1 = Math.min(height, y + h);
        if (x1 <= x0 || y1 <= y0) return null;
        if (x0 == 0 && y0 == 0 && x1 == width && y1 == height) return this;
        int cw = x1 - x0, ch = y1 - y0;
        int[] part = new int[cw * ch];
        for (int row = 0; row < ch; row++) System.arraycopy(argb, (y0 + row) * width + x0, part, row * cw, cw);
        return new FxPixels(cw, ch, part);
    }

    /** The ARGB pixel at ({@code x}, {@code y}). */
    int argb(int x, int y) { return argb[y * width + x]; }

    @Override public String contentKey() { return contentKey; }
    @Override public int width() { return width; }
    @Override public int height() { return height; }

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

    /** An RGBA PNG; each row filtered with "Sub", which suits UI images and icons well enough. */
    byte[] png() {
        byte[] raw = new byte[height * (1 + 4 * width)];
        int p = 0;
        for (int y = 0; y < height; y++) {
            raw[p++] = 1; // filter type Sub: each byte minus the byte of the pixel to its left
            int prev = 0;
            for (int x = 0; x < width; x++) {
                int c = argb[y * width + x];
                raw[p++] = (byte) ((c >>> 16) - (prev >>> 16));
                raw[p++] = (byte) ((c >>> 8) - (prev >>> 8));
                raw[p++] = (byte) (c - prev);
                raw[p++] = (byte) ((c >>> 24) - (prev >>> 24));
                prev = c;
            }
        }
        Deflater deflater = new Deflater(6);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(raw.length / 4 + 64);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                compressed.write(buffer, 0, n);
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.size() + 64);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 6; // colour type RGBA
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] len = new byte[4];
        putInt(len, 0, data.length);
        out.writeBytes(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /**
     * A 128-bit content hash as 32 hex digits (the same scheme as the Swing adapter's): two
     * 64-bit multiply-xorshift lanes, ~1 ms per megapixel; a cryptographic digest would cost
     * ten times that on the FX thread, and the keys only tell apart one session's images.
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
