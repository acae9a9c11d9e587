package io.tapedeck.swing.internal.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.DrawElement;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import org.junit.jupiter.api.Test;

class RecordedClipsTest {

    @Test
    void clippedStringGetsAClipPath() {
        Recorded r = Recorded.paint(200, 50, g -> {
            g.clipRect(0, 0, 20, 20);
            g.drawString("Hello world", 5, 15);
        });
        DrawElement text = r.only();
        assertEquals("Hello world", text.text());
        assertEquals("url(#t-c0)", text.attribute("clip-path"));
        DrawElement clip = r.definitions("clipPath").get(0);
        assertEquals("t-c0", clip.attribute("id"));
        assertEquals(
                "<rect x=\"0\" y=\"0\" width=\"20\" height=\"20\"></rect>",
                clip.children().get(0).toString());
    }

    @Test
    void elementInsideTheClipNeedsNoClipPathAndOneOutsideIsSkipped() {
        Recorded r = Recorded.paint(200, 200, g -> {
            g.translate(10, 10);
            g.clipRect(0, 0, 50, 50);
            g.fillRect(5, 5, 10, 10);
            g.fillRect(100, 100, 10, 10);
        });
        DrawElement inside = r.only();
        assertNull(inside.attribute("clip-path"));
        assertTrue(r.definitions("clipPath").isEmpty());
    }

    @Test
    void identicalClipsAreDefinedOnce() {
        Recorded r = Recorded.paint(200, 200, g -> {
            g.setClip(0, 0, 30, 30);
            g.fillRect(20, 20, 20, 20);
            g.fillRect(25, 25, 20, 20);
            g.setClip(new Ellipse2D.Double(0, 0, 30, 30));
            g.fillRect(20, 20, 20, 20);
        });
        assertEquals(2, r.definitions("clipPath").size(), r.toString());
        assertEquals("path", r.definitions("clipPath").get(1).children().get(0).tag(), "round clips are paths");
        assertEquals(r.drawn().get(0).attribute("clip-path"), r.drawn().get(1).attribute("clip-path"));
    }

    @Test
    void clipIsReadBackInUserSpaceLikeJava2D() {
        Recorded.paint(200, 200, g -> {
            assertEquals(new Rectangle(0, 0, 200, 200), g.getClipBounds(), "the component's area");
            g.translate(30, 40);
            g.clipRect(0, 0, 10, 10);
            assertEquals(new Rectangle(0, 0, 10, 10), g.getClip());
            g.translate(5, 5);
            assertEquals(new Rectangle(-5, -5, 10, 10), g.getClipBounds());
            g.setClip(null);
            assertNull(g.getClip());
        });
    }

    @Test
    void clipOfATransformedElementIsMappedIntoItsCoordinates() {
        Recorded r = Recorded.paint(200, 200, g -> {
            g.clipRect(0, 0, 50, 50);
            g.rotate(0.3);
            g.drawString("Rotated text", 10, 30);
        });
        DrawElement text = r.only();
        assertTrue(text.attribute("transform").startsWith("matrix("), text.toString());
        DrawElement clipShape = r.definitions("clipPath").get(0).children().get(0);
        assertTrue(clipShape.attribute("transform").startsWith("matrix("), "inverse of the text's transform");
    }
}
