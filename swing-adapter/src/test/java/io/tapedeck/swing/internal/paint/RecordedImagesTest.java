package io.tapedeck.swing.internal.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.PixelImage;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.Toolkit;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.VolatileImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RecordedImagesTest {

    private static BufferedImage checker(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) image.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFF0000 : 0x800000FF);
        return image;
    }

    @Test
    void imageIsPlacedInComponentCoordinates() {
        BufferedImage img = checker(8, 6);
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.translate(10, 20);
                    g.drawImage(img, 1, 2, null);
                })
                .only();
        assertEquals(DrawElement.Role.IMAGE, e.role());
        assertEquals("11", e.attribute("x"));
        assertEquals("22", e.attribute("y"));
        assertEquals("8", e.attribute("width"));
        assertEquals("6", e.attribute("height"));
        assertEquals(8, e.image().width());
    }

    @Test
    void theSameImageDrawnTwiceHasTheSameContentKeyAndIsNotCopiedAgainWhenUnchanged() {
        BufferedImage img = checker(8, 6);
        Recorded r = Recorded.paint(100, 100, g -> {
            g.drawImage(img, 0, 0, null);
            g.drawImage(img, 20, 0, null);
            g.drawImage(checker(8, 6), 40, 0, null);
        });
        assertSame(r.drawn().get(0).image(), r.drawn().get(1).image(), "unchanged pixels keep their PixelImage");
        assertEquals(
                r.drawn().get(0).image().contentKey(), r.drawn().get(2).image().contentKey(), "same pixels, same key");
        img.setRGB(0, 0, 0xFF00FF00);
        DrawElement changed =
                Recorded.paint(100, 100, g -> g.drawImage(img, 0, 0, null)).only();
        assertNotEquals(r.drawn().get(0).image().contentKey(), changed.image().contentKey(), "apps draw into buffers");
    }

    @Test
    void scaledImageIsStretchedWithJavasNearestNeighbour() {
        DrawElement e = Recorded.paint(100, 100, g -> g.drawImage(checker(8, 6), 0, 0, 16, 18, null))
                .only();
        assertEquals("16", e.attribute("width"));
        assertEquals("18", e.attribute("height"));
        assertEquals("image-rendering:pixelated", e.attribute("style"));
    }

    @Test
    void sourceRectangleCopiesOnlyThatPart() {
        BufferedImage img = checker(8, 8);
        img.setRGB(2, 2, 0xFF00FF00);
        DrawElement e = Recorded.paint(100, 100, g -> g.drawImage(img, 10, 10, 14, 14, 2, 2, 6, 6, null))
                .only();
        assertEquals(4, e.image().width());
        assertEquals("10", e.attribute("x"));
        int[] expected = new int[16];
        img.getRGB(2, 2, 4, 4, expected, 0, 4);
        assertEquals(new PixelImage(4, 4, expected).contentKey(), e.image().contentKey());
    }

    @Test
    void flippedAndRotatedImagesCarryATransform() {
        Recorded r = Recorded.paint(100, 100, g -> {
            g.drawImage(checker(8, 8), 18, 0, 10, 8, 0, 0, 8, 8, null);
            g.drawImage(checker(8, 8), AffineTransform.getRotateInstance(0.5, 30, 30), null);
        });
        assertEquals("matrix(-1 0 0 1 18 0)", r.drawn().get(0).attribute("transform"));
        assertNotNull(r.drawn().get(1).attribute("transform"));
    }

    @Test
    void compositeAlphaIsImageOpacityAndBackgroundColourGoesUnder() {
        Recorded r = Recorded.paint(100, 100, g -> {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
            g.drawImage(checker(4, 4), 0, 0, Color.YELLOW, null);
        });
        assertEquals("rect", r.drawn().get(0).tag());
        assertEquals("0.25", r.drawn().get(1).attribute("opacity"));
    }

    @Test
    void toolkitImagesAreLoadedFirst() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(checker(5, 3), "png", png);
        Image img = Toolkit.getDefaultToolkit().createImage(png.toByteArray());
        DrawElement e =
                Recorded.paint(100, 100, g -> g.drawImage(img, 0, 0, null)).only();
        assertEquals(5, e.image().width());
        assertEquals("3", e.attribute("height"));
    }

    @Test
    void volatileImagesAreReadThroughASnapshot() {
        assumeFalse(GraphicsEnvironment.isHeadless());
        VolatileImage img = GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice()
                .getDefaultConfiguration()
                .createCompatibleVolatileImage(6, 4);
        img.validate(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice()
                .getDefaultConfiguration());
        java.awt.Graphics2D vg = img.createGraphics();
        vg.setColor(Color.GREEN);
        vg.fillRect(0, 0, 6, 4);
        vg.dispose();
        DrawElement e =
                Recorded.paint(100, 100, g -> g.drawImage(img, 0, 0, null)).only();
        assertEquals(6, e.image().width());
    }

    @Test
    void renderedImagesAndImageOpsAreDrawnToo() {
        Recorded r = Recorded.paint(100, 100, g -> {
            g.drawRenderedImage(checker(4, 4), AffineTransform.getTranslateInstance(5, 5));
            g.drawImage(
                    checker(4, 4),
                    new AffineTransformOp(
                            AffineTransform.getScaleInstance(2, 2), AffineTransformOp.TYPE_NEAREST_NEIGHBOR),
                    20,
                    20);
        });
        assertNull(r.unsupported());
        assertEquals("5", r.drawn().get(0).attribute("x"));
        assertEquals(8, r.drawn().get(1).image().width());
    }

    @Test
    void pixelImagesEncodeAsPngOnceAndLazily() throws Exception {
        PixelImage image = ImagePixels.of(checker(8, 6));
        String url = image.toDataUrl();
        assertTrue(url.startsWith("data:image/png;base64,"));
        assertSame(url, image.toDataUrl(), "memoised");
        BufferedImage decoded = ImageIO.read(
                new ByteArrayInputStream(Base64.getDecoder().decode(url.substring("data:image/png;base64,".length()))));
        assertEquals(8, decoded.getWidth());
        assertEquals(0xFFFF0000, decoded.getRGB(0, 0));
        assertEquals(0x800000FF, decoded.getRGB(1, 0), "not premultiplied");
        assertEquals(32, image.contentKey().length());
    }
}
