package io.tapedeck.swing.internal.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.PrintGraphics;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.print.PrinterGraphics;
import org.junit.jupiter.api.Test;

class RecordingGraphicsStateTest {

    @Test
    void createKeepsThePrintGraphicsMarkerAndTheState() {
        Recorded r = Recorded.paint(100, 100, true, g -> {
            assertTrue(g instanceof PrintGraphics && g instanceof PrinterGraphics);
            g.translate(10, 10);
            g.setColor(Color.RED);
            g.setFont(new Font(Font.SERIF, Font.BOLD, 20));
            g.setStroke(new BasicStroke(3));
            Graphics child = g.create(5, 5, 20, 20);
            assertTrue(child instanceof PrintGraphics, "Nimbus keeps painting vectors in children");
            assertSame(g.getClass(), child.getClass());
            Graphics2D c = (Graphics2D) child;
            assertEquals(Color.RED, c.getColor());
            assertEquals(20, c.getFont().getSize());
            assertEquals(3f, ((BasicStroke) c.getStroke()).getLineWidth());
            assertEquals(AffineTransform.getTranslateInstance(15, 15), c.getTransform());
            assertEquals(new Rectangle(0, 0, 20, 20), c.getClipBounds());
            c.setColor(Color.BLUE);
            c.fillRect(0, 0, 5, 5);
            c.dispose();
            assertEquals(Color.RED, g.getColor(), "a child's state is its own");
            g.fillRect(0, 0, 5, 5);
        });
        assertEquals("15", r.drawn().get(0).attribute("x"), "children share the one output");
        assertEquals("#00f", r.drawn().get(0).attribute("fill"));
        assertEquals("10", r.drawn().get(1).attribute("x"));
    }

    @Test
    void withoutVectorPaintersItIsNoPrintGraphics() {
        Recorded.paint(10, 10, g -> assertFalse(g.create() instanceof PrintGraphics));
    }

    @Test
    void copyAreaMakesTheRecordingUnsupported() {
        assertEquals(
                "copyArea",
                Recorded.paint(100, 100, g -> g.copyArea(0, 0, 10, 10, 0, 5)).unsupported());
    }

    @Test
    void rootGraphicsStartsLikeAScreenGraphics() {
        PaintRecording recording = new PaintRecording("k1-", 40, 30, null, false);
        Graphics2D g = recording.graphics();
        assertSame(g, recording.graphics());
        assertTrue(g.getTransform().isIdentity());
        assertEquals(new Rectangle(0, 0, 40, 30), g.getClipBounds());
        assertEquals(Font.DIALOG, g.getFont().getFamily(java.util.Locale.ROOT));
        assertEquals(Color.BLACK, g.getColor());
        assertTrue(g.getDeviceConfiguration() != null);
        assertNull(recording.unsupported());
        assertTrue(recording.finish().elements().isEmpty());
    }
}
