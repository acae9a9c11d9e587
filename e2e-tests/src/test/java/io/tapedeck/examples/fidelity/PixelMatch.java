package io.tapedeck.examples.fidelity;

import java.awt.image.BufferedImage;

/**
 * The share of pixels whose red, green and blue each differ by at most a tolerance, and a
 * diff image: matching pixels as a faded grey copy of the first image, the others red.
 */
final class PixelMatch {
    /** Per channel: hides antialiasing noise, not a wrong colour. */
    static final int TOLERANCE = 16;

    final double share;
    final BufferedImage diff;

    private PixelMatch(double share, BufferedImage diff) {
        this.share = share;
        this.diff = diff;
    }

    static PixelMatch of(BufferedImage a, BufferedImage b, int tolerance) {
        int w = a.getWidth();
        int h = a.getHeight();
        int[] pa = a.getRGB(0, 0, w, h, null, 0, w);
        int[] pb = b.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[pa.length];
        long matching = 0;
        for (int i = 0; i < pa.length; i++) {
            int x = pa[i];
            int y = pb[i];
            boolean same = Math.abs((x >> 16 & 0xff) - (y >> 16 & 0xff)) <= tolerance
                    && Math.abs((x >> 8 & 0xff) - (y >> 8 & 0xff)) <= tolerance
                    && Math.abs((x & 0xff) - (y & 0xff)) <= tolerance;
            if (same) {
                matching++;
                int grey = 200
                        + (int) (0.299 * (x >> 16 & 0xff) + 0.587 * (x >> 8 & 0xff) + 0.114 * (x & 0xff)) * 55 / 255;
                out[i] = grey << 16 | grey << 8 | grey;
            } else {
                out[i] = 0xE0201A;
            }
        }
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        diff.setRGB(0, 0, w, h, out, 0, w);
        return new PixelMatch(pa.length == 0 ? 1 : matching / (double) pa.length, diff);
    }
}
