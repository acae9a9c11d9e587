package io.tapedeck.swing.internal.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tapedeck.core.internal.view.DrawElement;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecordedTextTest {
    private static final Font DIALOG = new Font(Font.DIALOG, Font.PLAIN, 12);

    @Test
    void drawStringIsTextWithEveryGlyphWhereJavaPutIt() {
        Recorded r = Recorded.paint(300, 50, g -> {
            g.translate(10, 0);
            g.setFont(DIALOG);
            g.drawString("Hello, world", 5, 20);
        });
        DrawElement text = r.only();
        assertEquals(DrawElement.Role.TEXT, text.role());
        assertEquals("Hello, world", text.text());
        FontRenderContext frc = new FontRenderContext(
                null, RenderingHints.VALUE_TEXT_ANTIALIAS_DEFAULT, RenderingHints.VALUE_FRACTIONALMETRICS_DEFAULT);
        java.awt.font.GlyphVector gv = DIALOG.createGlyphVector(frc, "Hello, world");
        StringBuilder xs = new StringBuilder();
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            xs.append(i == 0 ? "" : " ")
                    .append(Svg.num(15 + gv.getGlyphPosition(i).getX()));
        }
        assertEquals(xs.toString(), text.attribute("x"));
        assertEquals("20", text.attribute("y"));
        assertEquals("12", text.attribute("font-size"));
        assertNull(text.attribute("textLength"), "positions, not stretching");
        assertEquals("#000", text.attribute("fill"));
    }

    @Test
    void aSingleCharacterIsPlacedByItsStart() {
        DrawElement text = Recorded.paint(300, 50, g -> {
                    g.setFont(DIALOG);
                    g.drawString("W", 5, 20);
                })
                .only();
        assertEquals("5", text.attribute("x"));
        assertEquals(
                Svg.num(DIALOG.getStringBounds(
                                "W",
                                new FontRenderContext(
                                        null,
                                        RenderingHints.VALUE_TEXT_ANTIALIAS_DEFAULT,
                                        RenderingHints.VALUE_FRACTIONALMETRICS_DEFAULT))
                        .getWidth()),
                text.attribute("textLength"));
    }

    @Test
    void logicalFontsAreNamedByThePhysicalFamilyThatDraws() {
        assumeTrue(
                new Font("DejaVu Sans", Font.PLAIN, 12).getFamily(Locale.ROOT).equals("DejaVu Sans"),
                "DejaVu fonts installed (Dialog's first font on this Debian)");
        DrawElement text = Recorded.paint(300, 50, g -> {
                    g.setFont(DIALOG.deriveFont(Font.BOLD | Font.ITALIC));
                    g.drawString("Bold", 5, 20);
                })
                .only();
        assertEquals("'DejaVu Sans', sans-serif", text.attribute("font-family"));
        assertEquals("bold", text.attribute("font-weight"));
        assertEquals("italic", text.attribute("font-style"));
        assertEquals(
                "monospace",
                FontFamilies.css(new Font(Font.MONOSPACED, Font.PLAIN, 12)).replaceAll(".*, ", ""));
    }

    @Test
    void textLayoutBecomesTextAgain() {
        DrawElement text = Recorded.paint(300, 50, true, g -> {
                    g.setFont(DIALOG);
                    new TextLayout("Hello", DIALOG, g.getFontRenderContext()).draw(g, 5, 20);
                })
                .only();
        assertEquals(DrawElement.Role.TEXT, text.role());
        assertEquals("Hello", text.text());
        assertEquals("5", text.attribute("x").split(" ")[0]);
        assertEquals(5, text.attribute("x").split(" ").length, "one position per glyph");
    }

    @Test
    void glyphsThatDoNotMapToCharactersAreDrawnAsOutlines() {
        Recorded r = Recorded.paint(300, 50, g -> {
            Font font = new Font("DejaVu Sans", Font.PLAIN, 14);
            g.drawGlyphVector(font.createGlyphVector(g.getFontRenderContext(), "\u05D0\u05D1"), 5, 20);
        });
        DrawElement outline = r.only();
        assertEquals("path", outline.tag(), "Hebrew is outside the mapped ranges and right-to-left");
    }

    @Test
    void charsAndBytesAreStrings() {
        Recorded r = Recorded.paint(300, 50, g -> {
            g.drawChars("xabcx".toCharArray(), 1, 3, 5, 20);
            g.drawBytes("def".getBytes(), 0, 3, 5, 40);
        });
        assertEquals("abc", r.drawn().get(0).text());
        assertEquals("def", r.drawn().get(1).text());
    }

    @Test
    void spacesThatMatterArePreserved() {
        DrawElement text = Recorded.paint(300, 50, g -> g.drawString("  two  spaces", 5, 20))
                .only();
        assertEquals("white-space:pre", text.attribute("style"));
        DrawElement plain =
                Recorded.paint(300, 50, g -> g.drawString("one space", 5, 20)).only();
        assertNull(plain.attribute("style"));
        assertTrue(
                Recorded.paint(300, 50, g -> g.drawString("   ", 5, 20)).drawn().isEmpty(), "blank: nothing");
    }

    @Test
    void attributedTextKeepsItsTextAndUnderline() {
        Recorded r = Recorded.paint(300, 50, g -> {
            AttributedString s = new AttributedString("Link text");
            s.addAttribute(TextAttribute.FONT, DIALOG);
            s.addAttribute(TextAttribute.UNDERLINE, TextAttribute.UNDERLINE_ON);
            g.drawString(s.getIterator(), 5, 20);
        });
        assertNull(r.unsupported());
        assertTrue(r.drawn().stream().anyMatch(e -> "Link text".equals(e.text())), r.toString());
        assertTrue(r.drawn().stream().anyMatch(e -> e.role() == DrawElement.Role.SHAPE), "the underline");
    }

    @Test
    void metricsAndHintsAreThoseOfARealGraphics() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D real = image.createGraphics();
        Recorded.paint(100, 100, g -> {
            assertEquals(real.getRenderingHints(), g.getRenderingHints());
            assertTrue(g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING) != null, "Swing restores it");
            for (Object aa :
                    new Object[] {RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF}) {
                real.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, aa);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, aa);
                assertEquals(real.getFontRenderContext(), g.getFontRenderContext());
                assertEquals(
                        real.getFontMetrics(DIALOG).stringWidth("Measure me"),
                        g.getFontMetrics(DIALOG).stringWidth("Measure me"));
            }
        });
        real.dispose();
    }
}
