package io.tapedeck.examples.fidelity;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Real | replay | diff in one image, optionally scaled down to a maximum width (for docs). */
final class SideBySide {
    private static final int GAP = 6;

    private SideBySide() {}

    static BufferedImage of(BufferedImage real, BufferedImage replay, BufferedImage diff) {
        int w = real.getWidth();
        int h = real.getHeight();
        BufferedImage out = new BufferedImage(3 * w + 2 * GAP, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), h);
        g.drawImage(real, 0, 0, null);
        g.drawImage(replay, w + GAP, 0, null);
        g.drawImage(diff, 2 * (w + GAP), 0, null);
        g.dispose();
        return out;
    }

    /** Scaled down (never up) so the width is at most {@code maxWidth}, with bilinear steps. */
    static BufferedImage shrink(BufferedImage image, int maxWidth) {
        BufferedImage current = image;
        while (current.getWidth() > maxWidth) {
            int w = Math.max(maxWidth, current.getWidth() / 2);
            int h = Math.max(1, (int) Math.round(current.getHeight() * (w / (double) current.getWidth())));
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }
}
