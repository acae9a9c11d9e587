package io.tapedeck.examples.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class OneDevicePixelShiftTest {
    /** A drawing on a 2-px margin, its content moved by dx,dy. */
    private static BufferedImage drawing(int width, int height, int dx, int dy) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.drawString("Unsaved changes", 12 + dx, 30 + dy);
        g.drawRect(6 + dx, 8 + dy, 100, 40);
        g.dispose();
        return image;
    }

    @Test
    void aReplayOnePixelOffIsShiftedBackAndThenMatchesExactly() {
        BufferedImage real = drawing(120, 60, 0, 0);
        // The replay shot has a 1-px margin; its content sits one pixel right and up of the real one.
        BufferedImage wide = drawing(122, 62, 1 + 1, 1 - 1);
        OneDevicePixelShift aligned = OneDevicePixelShift.best(real, wide, 1, 1);
        assertEquals(1, aligned.dx);
        assertEquals(-1, aligned.dy);
        assertEquals(1.0, PixelMatch.of(real, aligned.shown, 0).share, 1e-9);
    }

    @Test
    void anAlignedReplayIsNotShifted() {
        BufferedImage real = drawing(120, 60, 0, 0);
        OneDevicePixelShift aligned = OneDevicePixelShift.best(real, drawing(122, 62, 1, 1), 1, 1);
        assertFalse(aligned.shifted());
    }

    @Test
    void aReplayTwoPixelsOffStillScoresItsMisplacement() {
        BufferedImage real = drawing(120, 60, 0, 0);
        OneDevicePixelShift aligned = OneDevicePixelShift.best(real, drawing(122, 62, 1 + 2, 1), 1, 1);
        assertTrue(PixelMatch.of(real, aligned.shown, 0).share < 1.0);
    }

    @Test
    void shiftsThatWouldLeaveTheShotAreNotTried() {
        BufferedImage real = drawing(120, 60, 0, 0);
        // No margin on the left and top (a window at the page's corner): only right and down remain.
        OneDevicePixelShift aligned = OneDevicePixelShift.best(real, drawing(121, 61, -1, -1), 0, 0);
        assertFalse(aligned.dx < 0 || aligned.dy < 0);
    }
}
