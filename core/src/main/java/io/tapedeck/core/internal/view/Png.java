package io.tapedeck.core.internal.view;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An RGBA PNG encoder on {@code java.util.zip} alone: core has no {@code java.desktop}, and a
 * JavaFX app on a trimmed runtime may have no ImageIO either. Each row gets the filter whose
 * output has the smallest sum of absolute values (the PNG specification's suggested
 * heuristic), which is what keeps flat UI images, gradients and photos all small.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int BPP = 4;

    private Png() {
    }

    static byte[] encode(int width, int height, int[] argb) {
        int stride = width * BPP;
        byte[] raw = new byte[height * (1 + stride)];
        byte[] previous = new byte[stride];
        byte[] current = new byte[stride];
        byte[][] candidates = new byte[5][stride];
        for (int y = 0; y < height; y++) {
            for (int x = 0, p = 0; x < width; x++) {
                int c = argb[y * width + x];
                current[p++] = (byte) (c >>> 16);
                current[p++] = (byte) (c >>> 8);
                current[p++] = (byte) c;
                current[p++] = (byte) (c >>> 24);
            }
            int best = 0;
            long bestCost = Long.MAX_VALUE;
            for (int type = 0; type < 5; type++) {
                long cost = filter(type, current, previous, candidates[type]);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = type;
                }
            }
            int at = y * (1 + stride);
            raw[at] = (byte) best;
            System.arraycopy(candidates[best], 0, raw, at + 1, stride);
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 6; // colour type: RGBA
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        out.write(SIGNATURE, 0, SIGNATURE.length);
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Writes row {@code cur} filtered with {@code type} into {@code out}; the sum of |signed bytes|. */
    private static long filter(int type, byte[] cur, byte[] prev, byte[] out) {
        long cost = 0;
        for (int i = 0; i < cur.length; i++) {
            int x = cur[i] & 0xFF;
            int a = i >= BPP ? cur[i - BPP] & 0xFF : 0;
            int b = prev[i] & 0xFF;
            int c = i >= BPP ? prev[i - BPP] & 0xFF : 0;
            int predicted;
            switch (type) {
                case 0: predicted = 0; break;
                case 1: predicted = a; break;
                case 2: predicted = b; break;
                case 3: predicted = (a + b) >>> 1; break;
                default: predicted = paeth(a, b, c); break;
            }
            byte v = (byte) (x - predicted);
            out[i] = v;
            cost += Math.abs(v);
        }
        return cost;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private static byte[] deflate(byte[] raw) {
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
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.write(length, 0, 4);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name, 0, 4);
        out.write(data, 0, data.length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] check = new byte[4];
        putInt(check, 0, (int) crc.getValue());
        out.write(check, 0, 4);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
