package io.tapedeck.examples.fidelity;

import java.awt.image.BufferedImage;

/**
 * Structural similarity (Wang et al. 2004) of two same-sized images, on luma, with the usual
 * 11×11 Gaussian window (σ 1.5), K1 0.01, K2 0.03, dynamic range 255; the mean over every
 * window that fits inside the image. 1 means identical.
 */
final class Ssim {
    private static final int RADIUS = 5;
    private static final double SIGMA = 1.5;
    private static final double C1 = Math.pow(0.01 * 255, 2);
    private static final double C2 = Math.pow(0.03 * 255, 2);
    private static final double[] KERNEL = kernel();

    private Ssim() {}

    static double of(BufferedImage a, BufferedImage b) {
        int w = a.getWidth();
        int h = a.getHeight();
        if (w != b.getWidth() || h != b.getHeight()) {
            throw new IllegalArgumentException(
                    "sizes differ: " + w + "x" + h + " vs " + b.getWidth() + "x" + b.getHeight());
        }
        if (w <= 2 * RADIUS || h <= 2 * RADIUS) {
            return identicalShare(a, b);
        }
        double[] x = luma(a);
        double[] y = luma(b);
        double[] xx = new double[x.length];
        double[] yy = new double[x.length];
        double[] xy = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            xx[i] = x[i] * x[i];
            yy[i] = y[i] * y[i];
            xy[i] = x[i] * y[i];
        }
        double[] mx = blur(x, w, h);
        double[] my = blur(y, w, h);
        double[] sxx = blur(xx, w, h);
        double[] syy = blur(yy, w, h);
        double[] sxy = blur(xy, w, h);
        int ow = w - 2 * RADIUS;
        int oh = h - 2 * RADIUS;
        double sum = 0;
        for (int i = 0; i < ow * oh; i++) {
            double mux = mx[i];
            double muy = my[i];
            double varX = sxx[i] - mux * mux;
            double varY = syy[i] - muy * muy;
            double cov = sxy[i] - mux * muy;
            sum += ((2 * mux * muy + C1) * (2 * cov + C2)) / ((mux * mux + muy * muy + C1) * (varX + varY + C2));
        }
        return sum / (ow * oh);
    }

    /** ITU-R BT.601 luma, 0..255. */
    static double[] luma(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        double[] luma = new double[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            luma[i] = 0.299 * (p >> 16 & 0xff) + 0.587 * (p >> 8 & 0xff) + 0.114 * (p & 0xff);
        }
        return luma;
    }

    /** Separable Gaussian filter, "valid" region only: (w-10)×(h-10) values. */
    private static double[] blur(double[] v, int w, int h) {
        int ow = w - 2 * RADIUS;
        int oh = h - 2 * RADIUS;
        double[] rows = new double[ow * h];
        for (int y = 0; y < h; y++) {
            int base = y * w;
            for (int x = 0; x < ow; x++) {
                double s = 0;
                for (int k = 0; k < KERNEL.length; k++) {
                    s += KERNEL[k] * v[base + x + k];
                }
                rows[y * ow + x] = s;
            }
        }
        double[] out = new double[ow * oh];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double s = 0;
                for (int k = 0; k < KERNEL.length; k++) {
                    s += KERNEL[k] * rows[(y + k) * ow + x];
                }
                out[y * ow + x] = s;
            }
        }
        return out;
    }

    private static double[] kernel() {
        double[] k = new double[2 * RADIUS + 1];
        double sum = 0;
        for (int i = -RADIUS; i <= RADIUS; i++) {
            k[i + RADIUS] = Math.exp(-(i * i) / (2 * SIGMA * SIGMA));
            sum += k[i + RADIUS];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }

    /** For images too small for one window: the share of identical pixels. */
    private static double identicalShare(BufferedImage a, BufferedImage b) {
        return PixelMatch.of(a, b, 0).share;
    }
}
