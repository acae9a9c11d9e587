package io.tapedeck.swing.internal.paint;

import java.awt.image.BufferedImage;

/** Test-only: how alike two renderings are (share of matching pixels, mean SSIM on grey). */
final class ImageCompare {
    private ImageCompare() {}

    /** Share of pixels of the common area whose channels all differ by at most {@code tolerance}. */
    static double matchingShare(BufferedImage a, BufferedImage b, int tolerance) {
        int w = Math.min(a.getWidth(), b.getWidth()), h = Math.min(a.getHeight(), b.getHeight());
        long same = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                int d = Math.max(
                        Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)),
                        Math.max(Math.abs(((p >> 8) & 255) - ((q >> 8) & 255)), Math.abs((p & 255) - (q & 255))));
                if (d <= tolerance) same++;
            }
        }
        return (double) same / ((long) w * h);
    }

    /** Mean SSIM over 8×8 windows of the luma. */
    static double ssim(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth()), h = Math.min(a.getHeight(), b.getHeight());
        double c1 = Math.pow(0.01 * 255, 2), c2 = Math.pow(0.03 * 255, 2);
        double total = 0;
        int windows = 0;
        for (int y0 = 0; y0 + 8 <= h; y0 += 4) {
            for (int x0 = 0; x0 + 8 <= w; x0 += 4) {
                double ma = 0, mb = 0, va = 0, vb = 0, cov = 0;
                for (int y = y0; y < y0 + 8; y++) {
                    for (int x = x0; x < x0 + 8; x++) {
                        ma += luma(a.getRGB(x, y));
                        mb += luma(b.getRGB(x, y));
                    }
                }
                ma /= 64;
                mb /= 64;
                for (int y = y0; y < y0 + 8; y++) {
                    for (int x = x0; x < x0 + 8; x++) {
                        double da = luma(a.getRGB(x, y)) - ma, db = luma(b.getRGB(x, y)) - mb;
                        va += da * da;
                        vb += db * db;
                        cov += da * db;
                    }
                }
                va /= 63;
                vb /= 63;
                cov /= 63;
                total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
                windows++;
            }
        }
        return total / windows;
    }

    /** Pixels that differ, in red over a faded copy of {@code a}, for looking at. */
    static BufferedImage difference(BufferedImage a, BufferedImage b, int tolerance) {
        int w = Math.min(a.getWidth(), b.getWidth()), h = Math.min(a.getHeight(), b.getHeight());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                int d = Math.max(
                        Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)),
                        Math.max(Math.abs(((p >> 8) & 255) - ((q >> 8) & 255)), Math.abs((p & 255) - (q & 255))));
                int faded = 192 + (int) (luma(p) / 4);
                out.setRGB(x, y, d > tolerance ? 0xFF0000 : (faded << 16) | (faded << 8) | faded);
            }
        }
        return out;
    }

    private static double luma(int rgb) {
        return 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
    }
}
