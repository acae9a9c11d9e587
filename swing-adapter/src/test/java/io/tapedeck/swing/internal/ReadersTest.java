package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.BorderSpec;
import io.tapedeck.core.internal.view.PixelImage;
import io.tapedeck.core.internal.view.ViewNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.border.BevelBorder;
import org.junit.jupiter.api.Test;

/** The small pure readers: keys, fonts, borders, icons. */
class ReadersTest {

    @Test
    void partKeysStayInsideTheirOwnersRangeAndBelowTheMaximum() {
        long owner = Keys.componentKey(Keys.MAX_SERIAL);
        assertTrue(owner < ViewNode.MAX_KEY);
        long last = Keys.partKey(owner, Keys.PART_SLOTS - 1);
        assertTrue(last <= ViewNode.MAX_KEY && last < owner + (1L << Keys.PART_BITS), "the last key is valid");
        assertEquals(owner, Keys.ownerOf(last));
        assertEquals(owner + 1, Keys.partKey(owner, Keys.PART_SLOTS), "positions wrap inside the owner's slots");
        assertNotEquals(Keys.partKey(Keys.componentKey(2), 0), Keys.componentKey(3));
    }

    @Test
    void logicalFontsBecomeCssFamilies() {
        FontSpecs fonts = new FontSpecs();
        Font dialog = new Font(Font.DIALOG, Font.BOLD, 13);
        assertTrue(fonts.of(dialog).family().endsWith("sans-serif"));
        assertTrue(fonts.of(dialog).bold());
        assertEquals(13f, fonts.of(dialog).sizePx());
        assertSame(fonts.of(dialog), fonts.of(new Font(Font.DIALOG, Font.BOLD, 13)), "cached per equal font");
        assertEquals(
                "monospace", fonts.of(new Font(Font.MONOSPACED, Font.PLAIN, 12)).family());
        assertEquals("serif", fonts.of(new Font(Font.SERIF, Font.ITALIC, 12)).family());
        assertEquals("\"Courier New\", monospace", FontSpecs.cssFamily("Courier New"));
    }

    @Test
    void bordersKeepInsetsStyleAndTitle() {
        JPanel c = new JPanel();
        BorderSpec line = BorderSpecs.of(BorderFactory.createLineBorder(Color.BLUE, 3), c);
        assertEquals(BorderSpec.Style.LINE, line.style());
        assertEquals(3, line.thickness());
        assertEquals(3, line.left());
        BorderSpec empty = BorderSpecs.of(BorderFactory.createEmptyBorder(1, 2, 3, 4), c);
        assertEquals(BorderSpec.Style.NONE, empty.style());
        assertEquals(4, empty.right());
        BorderSpec compound = BorderSpecs.of(
                BorderFactory.createCompoundBorder(
                        BorderFactory.createBevelBorder(BevelBorder.LOWERED),
                        BorderFactory.createEmptyBorder(5, 5, 5, 5)),
                c);
        assertEquals(BorderSpec.Style.LOWERED, compound.style());
        assertEquals(7, compound.top(), "total insets: bevel 2 + empty 5");
        BorderSpec titled =
                BorderSpecs.of(BorderFactory.createTitledBorder(BorderFactory.createEtchedBorder(), "Address"), c);
        assertEquals("Address", titled.title());
        assertEquals(BorderSpec.Style.ETCHED, titled.style());
        assertNull(BorderSpecs.of(null, c));
    }

    @Test
    void iconsAreCopiedOncePerObjectAndEncodeAsPng() throws Exception {
        BufferedImage red = new BufferedImage(8, 6, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 8; x++) for (int y = 0; y < 6; y++) red.setRGB(x, y, 0xFFFF0000);
        ImageIcon icon = new ImageIcon(red);
        IconCache cache = new IconCache();
        PixelImage a = cache.of(icon, new JLabel());
        assertSame(a, cache.of(icon, new JLabel()));
        assertEquals(a.contentKey(), cache.of(new ImageIcon(red), new JLabel()).contentKey(), "same pixels, same key");
        String url = a.toDataUrl();
        assertTrue(url.startsWith("data:image/png;base64,"));
        assertSame(url, a.toDataUrl(), "memoised");
        BufferedImage decoded = ImageIO.read(
                new ByteArrayInputStream(Base64.getDecoder().decode(url.substring("data:image/png;base64,".length()))));
        assertEquals(8, decoded.getWidth());
        assertEquals(0xFFFF0000, decoded.getRGB(3, 3));
    }
}
