package io.tapedeck.examples.fidelity;

import java.awt.image.BufferedImage;

/**
 * The replay's view of a window, shifted by at most one device pixel each way to where it
 * matches the screenshot best. Without a window manager (Xvfb) the X server and AWT sometimes
 * settle a just-opened dialog one device pixel apart, so the screenshot of the bounds AWT
 * reports (and the recording carries) is off by that pixel; a whole-pixel shift is not a
 * rendering difference and should not score as one. Any larger misplacement still counts.
 */
final class OneDevicePixelShift {
    final BufferedImage shown;
    /** How {@link #shown} matches the screenshot, at {@link PixelMatch#TOLERANCE}. */
    final PixelMatch pixels;

    final int dx;
    final int dy;

    private OneDevicePixelShift(BufferedImage shown, PixelMatch pixels, int dx, int dy) {
        this.shown = shown;
        this.pixels = pixels;
        this.dx = dx;
        this.dy = dy;
    }

    /**
     * The {@code real}-sized crop of {@code wide} (the replay around the same area, whose
     * unshifted crop starts at {@code left},{@code top}) that matches {@code real} in the most
     * pixels; the unshifted crop unless a shift matches strictly more. Shifts that would leave
     * {@code wide} are not tried.
     */
    static OneDevicePixelShift best(BufferedImage real, BufferedImage wide, int left, int top) {
        int w = real.getWidth();
        int h = real.getHeight();
        OneDevicePixelShift best = null;
        int[][] order = {{0, 0}, {-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, -1}, {-1, 1}, {1, 1}};
        for (int[] shift : order) {
            int x = left + shift[0];
            int y = top + shift[1];
            if (x < 0 || y < 0 || x + w > wide.getWidth() || y + h > wide.getHeight()) {
                continue;
            }
            BufferedImage crop = copy(wide, x, y, w, h);
            PixelMatch match = PixelMatch.of(real, crop, PixelMatch.TOLERANCE);
            if (best == null || match.share > best.pixels.share) {
                best = new OneDevicePixelShift(crop, match, shift[0], shift[1]);
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the replay shot " + wide.getWidth() + "x" + wide.getHeight()
                    + " does not hold " + w + "x" + h + " at " + left + "," + top);
        }
        return best;
    }

    private static BufferedImage copy(BufferedImage from, int x, int y, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(from.getSubimage(x, y, w, h), 0, 0, null);
        return out;
    }

    boolean shifted() {
        return dx != 0 || dy != 0;
    }
}
