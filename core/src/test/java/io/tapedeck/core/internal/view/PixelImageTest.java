package io.tapedeck.core.internal.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG is checked by a real decoder (ImageIO, here in the test only). */
class PixelImageTest {
    private static int[] decoded(byte[] png, int w, int h) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(w, image.getWidth());
        assertEquals(h, image.getHeight());
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    /** Flat areas, a gradient, translucent and noisy parts. */
    private static int[] mixed(int w, int h) {
        Random random = new Random(7);
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c;
                if (y < h / 4) {
                    c = 0xFF3366CC;
                } else if (y < h / 2) {
                    c = 0xFF000000 | (x * 255 / w) << 16 | (y * 255 / h) << 8 | 0x40;
                } else if (y < 3 * h / 4) {
                    c = (x * 255 / w) << 24 | 0x00AA22;
                } else {
                    c = random.nextInt();
                }
                argb[y * w + x] = c;
            }
        }
        return argb;
    }

    @Test
    void thePngDecodesToExactlyThePixelsIncludingAlpha() throws Exception {
        int[] argb = mixed(53, 40);
        PixelImage image = new PixelImage(53, 40, argb.clone());
        assertArrayEquals(argb, decoded(image.png(), 53, 40));
    }

    @Test
    void theDataUrlIsTheBase64Png() throws Exception {
        PixelImage image = new PixelImage(3, 2, new int[] {0xFFFF0000, 0x8000FF00, 0, 1, 2, 3});
        String url = image.toDataUrl();
        assertTrue(url.startsWith("data:image/png;base64,"), url);
        byte[] png = Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
        assertArrayEquals(new int[] {0xFFFF0000, 0x8000FF00, 0, 1, 2, 3}, decoded(png, 3, 2));
        assertSame(url, image.toDataUrl(), "encoded once");
    }

    /** ImageIO's PNG writer as the yardstick: the adapters used it before core had its own. */
    private static int imageIoSize(int w, int h, int[] argb) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.size();
    }

    @Test
    void pngsAreAboutAsSmallAsImageIosForFlatMixedAndNoisyPixels() throws Exception {
        int[] flat = new int[400 * 300];
        java.util.Arrays.fill(flat, 0xFFEEEEEE);
        int[][] images = {flat, mixed(400, 300)};
        for (int[] argb : images) {
            int ours = new PixelImage(400, 300, argb.clone()).png().length;
            int theirs = imageIoSize(400, 300, argb);
            System.out.println("PNG " + ours + " bytes, ImageIO " + theirs);
            assertTrue(ours <= theirs * 1.1 + 64, ours + " bytes where ImageIO writes " + theirs);
        }
    }

    @Test
    void equalPixelsShareAKeyAndAnyChangedPixelChangesIt() {
        int[] argb = mixed(20, 20);
        String key = new PixelImage(20, 20, argb.clone()).contentKey();
        assertEquals(key, new PixelImage(20, 20, argb.clone()).contentKey());
        assertEquals(32, key.length());
        int[] changed = argb.clone();
        changed[211] ^= 1;
        assertNotEquals(key, new PixelImage(20, 20, changed).contentKey());
        assertNotEquals(key, new PixelImage(10, 40, argb.clone()).contentKey(), "same pixels, another shape");
    }

    @Test
    void aCropIsThePartInsideTheImage() {
        int[] argb = mixed(20, 10);
        PixelImage image = new PixelImage(20, 10, argb);
        PixelImage crop = image.crop(15, 8, 10, 10);
        assertEquals(5, crop.width());
        assertEquals(2, crop.height());
        assertEquals(image.argb(16, 9), crop.argb(1, 1));
        assertSame(image, image.crop(-5, -5, 40, 40));
        assertNull(image.crop(20, 0, 5, 5));
    }

    @Test
    void opacityAndSamePixelsAreReadFromThePixels() {
        int[] argb = {0xFF000000, 0xFFFFFFFF};
        PixelImage image = new PixelImage(2, 1, argb.clone());
        assertTrue(image.opaque());
        assertFalse(new PixelImage(2, 1, new int[] {0xFF000000, 0x7FFFFFFF}).opaque());
        assertTrue(image.samePixels(2, 1, argb));
        assertFalse(image.samePixels(1, 2, argb));
        assertFalse(image.samePixels(2, 1, new int[] {0xFF000000, 0xFFFFFFFE}));
    }

    @Test
    void aSizeThePixelsCannotFillIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new PixelImage(4, 4, new int[15]));
        assertTrue(e.getMessage().contains("4x4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PixelImage(0, 4, new int[4]));
    }
}
