package io.tapedeck.swing.internal.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.DrawElement;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import org.junit.jupiter.api.Test;

class RecordedShapesTest {

    @Test
    void translatedFillRectIsOneRectAtTheTranslatedPlace() {
        Recorded r = Recorded.paint(100, 100, g -> {
            g.translate(10, 20);
            g.setColor(Color.RED);
            g.fillRect(1, 2, 30, 40);
        });
        DrawElement rect = r.only();
        assertEquals("<rect x=\"11\" y=\"22\" width=\"30\" height=\"40\" fill=\"#f00\"></rect>", rect.toString());
    }

    @Test
    void anyShapeIsAPathInComponentCoordinates() {
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.translate(5, 5);
                    g.fill(new Ellipse2D.Double(0, 0, 20, 10));
                })
                .only();
        assertEquals("path", e.tag());
        assertTrue(e.attribute("d").startsWith("M25,10C"), e.attribute("d"));
        assertNull(e.attribute("transform"), "translations are baked into the coordinates");
    }

    @Test
    void rotatedFillBakesTheTransformIntoThePath() {
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.rotate(Math.PI / 2);
                    g.fillRect(0, -50, 10, 20);
                })
                .only();
        assertEquals("path", e.tag());
        assertNull(e.attribute("transform"));
        assertEquals("M50,0L50,10 30,10 30,0 50,0Z", e.attribute("d"));
    }

    @Test
    void thinAliasedLineLightsEveryPixelFromEndToEnd() {
        DrawElement e = Recorded.paint(100, 100, g -> g.drawLine(10, 3, 2, 3)).only();
        assertEquals("<rect x=\"2\" y=\"3\" width=\"9\" height=\"1\" fill=\"#000\"></rect>", e.toString());
    }

    @Test
    void aliasedRectOutlineSitsOnPixelCentres() {
        DrawElement e = Recorded.paint(100, 100, g -> g.drawRect(5, 5, 10, 10)).only();
        assertEquals(
                "<rect x=\"5.5\" y=\"5.5\" width=\"10\" height=\"10\" fill=\"none\" stroke=\"#000\"></rect>",
                e.toString());
    }

    @Test
    void slantedAliasedLinesRenderCrisp() {
        DrawElement e = Recorded.paint(100, 100, g -> g.drawLine(0, 0, 10, 7)).only();
        assertEquals("crispEdges", e.attribute("shape-rendering"));
        assertEquals("square", e.attribute("stroke-linecap"), "thin lines light both end pixels");
    }

    @Test
    void antialiasedStrokesSnapToPixelCentresUnlessStrokesArePure() {
        DrawElement normalised = Recorded.paint(100, 100, g -> {
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g.draw(new Line2D.Double(0.2, 3.7, 10.2, 3.7));
                })
                .only();
        assertEquals("M0.5,3.5L10.5,3.5", normalised.attribute("d"));
        assertNull(normalised.attribute("shape-rendering"), "antialiased like the browser");
        DrawElement pure = Recorded.paint(100, 100, g -> {
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                    g.draw(new Line2D.Double(0.2, 3.7, 10.2, 3.7));
                })
                .only();
        assertEquals("M0.2,3.7L10.2,3.7", pure.attribute("d"));
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndNoTrailingZeros() {
        assertEquals("1.23", Svg.num(1.23456));
        assertEquals("2.5", Svg.num(2.50));
        assertEquals("0", Svg.num(-0.001));
        assertEquals("-3.05", Svg.num(-3.05));
        assertEquals("12", Svg.num(12.0));
        assertEquals("0.5", Svg.opacity(0.5));
        assertEquals("#f00", Svg.color(Color.RED));
        assertEquals("#123457", Svg.color(new Color(0x12, 0x34, 0x57)));
    }

    @Test
    void everyIntegerShapeCallRecordsOneElement() {
        Recorded r = Recorded.paint(200, 200, g -> {
            g.drawRoundRect(1, 1, 50, 30, 8, 8);
            g.fillRoundRect(1, 40, 50, 30, 8, 8);
            g.drawOval(60, 1, 20, 20);
            g.fillOval(60, 40, 20, 20);
            g.drawArc(90, 1, 20, 20, 0, 90);
            g.fillArc(90, 40, 20, 20, 0, 90);
            g.drawPolyline(new int[] {120, 130, 140}, new int[] {1, 20, 1}, 3);
            g.drawPolygon(new int[] {120, 130, 140}, new int[] {40, 60, 40}, 3);
            g.fillPolygon(new int[] {150, 160, 170}, new int[] {40, 60, 40}, 3);
            g.fill3DRect(1, 100, 40, 20, true);
            g.clearRect(50, 100, 10, 10);
        });
        assertNull(r.unsupported(), r.toString());
        assertTrue(r.drawn().size() >= 12, r.toString());
    }

    @Test
    void clearRectFillsWithTheBackground() {
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.setBackground(Color.BLUE);
                    g.clearRect(0, 0, 10, 10);
                })
                .only();
        assertEquals("#00f", e.attribute("fill"));
    }

    @Test
    void oddInputIsIgnoredNeverThrown() {
        Recorded r = Recorded.paint(100, 100, g -> {
            g.fill(null);
            g.draw(null);
            g.drawPolygon(new int[] {1, 2}, new int[0], 5);
            g.fillPolygon(null, null, 3);
            g.drawPolyline(new int[0], new int[0], 0);
            g.fillRect(0, 0, -5, 10);
            g.drawString((String) null, 0, 0);
            g.drawImage(null, 0, 0, null);
            g.drawGlyphVector(null, 0, 0);
            g.setColor(null);
            g.setPaint(null);
            g.setFont(null);
            g.setStroke(null);
            g.setComposite(null);
            g.transform(null);
        });
        assertNull(r.unsupported());
        assertTrue(r.drawn().isEmpty(), r.toString());
    }

    @Test
    void elementsOutsideTheComponentAreNotRecorded() {
        Recorded r = Recorded.paint(100, 100, g -> {
            g.fillRect(200, 10, 10, 10);
            g.fillRect(-50, -50, 10, 10);
        });
        assertTrue(r.drawn().isEmpty(), r.toString());
    }

    @Test
    void tooManyElementsMakeTheRecordingUnsupported() {
        Recorded r = Recorded.paint(100, 100, g -> {
            for (int i = 0; i < PaintRecording.MAX_ELEMENTS + 5; i++) g.fillRect(i % 90, 1, 1, 1);
        });
        assertEquals("too many elements", r.unsupported());
        assertEquals(PaintRecording.MAX_ELEMENTS, r.elements.size());
    }
}
