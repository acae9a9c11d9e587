package io.tapedeck.examples.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class SsimTest {
    private static BufferedImage drawing(int shift) {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.BLACK);
        g.drawString("Fidelity", 10 + shift, 30);
        g.fillRect(10 + shift, 45, 60, 12);
        g.dispose();
        return image;
    }

    @Test
    void identicalImagesScoreOne() {
        assertEquals(1.0, Ssim.of(drawing(0), drawing(0)), 1e-9);
        assertEquals(1.0, PixelMatch.of(drawing(0), drawing(0), PixelMatch.TOLERANCE).share, 1e-9);
    }

    @Test
    void aShiftedDrawingScoresLowerThanIdenticalAndHigherThanBlank() {
        BufferedImage blank = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        double shifted = Ssim.of(drawing(0), drawing(2));
        double empty = Ssim.of(drawing(0), blank);
        assertTrue(shifted < 0.99 && shifted > empty, "shifted " + shifted + ", blank " + empty);
        assertTrue(empty < 0.2, "a black image is nothing like a drawing on white: " + empty);
    }

    @Test
    void pixelsWithinTheToleranceMatchAndOthersShowRedInTheDiff() {
        BufferedImage a = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        a.setRGB(0, 0, 0x808080);
        b.setRGB(0, 0, 0x8f8f8f); // 15 per channel: same
        a.setRGB(1, 0, 0x808080);
        b.setRGB(1, 0, 0x80a080); // 32 in green: different
        PixelMatch match = PixelMatch.of(a, b, 16);
        assertEquals(0.5, match.share, 1e-9);
        assertEquals(0xE0201A, match.diff.getRGB(1, 0) & 0xffffff);
    }
}
