package io.tapedeck.core.internal.view;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An RGBA PNG encoder on {@code java.util.zip} alone: core has no {@code java.desktop}, and a
 * JavaFX app on a trimmed runtime may have no ImageIO either. Rows are not filtered (filter
 * type None, as ImageIO writes RGBA too): on the images sessions hold (icons, drawn panels,
 * charts and canvases of the demo and fidelity sessions) that came out smaller, at about a
 * third of the time, than choosing each row's filter by the PNG specification's heuristic,
 * because deflate finds the repeated glyphs and edges that prediction would turn into
 * different residues (docs/performance.md, PngBenchmark).
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Png() {}

    static byte[] encode(int width, int height, int[] argb) {
        int stride = width * 4;
        byte[] raw = new byte[height * (1 + stride)];
        int p = 0;
        for (int y = 0; y < height; y++) {
            raw[p++] = 0; // filter type None
            for (int x = 0, at = y * width; x < width; x++) {
                int c = argb[at + x];
                raw[p++] = (byte) (c >>> 16);
                raw[p++] = (byte) (c >>> 8);
                raw[p++] = (byte) c;
                raw[p++] = (byte) (c >>> 24);
            }
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
