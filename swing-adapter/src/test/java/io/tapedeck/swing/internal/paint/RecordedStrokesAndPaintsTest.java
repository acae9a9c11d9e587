package io.tapedeck.swing.internal.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.DrawElement;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.PaintContext;
import java.awt.RadialGradientPaint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import org.junit.jupiter.api.Test;

class RecordedStrokesAndPaintsTest {

    @Test
    void dashedBasicStrokeGivesDashArrayJoinAndWidth() {
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.setStroke(new BasicStroke(
                            2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {4, 2}, 1));
                    g.drawLine(10, 10, 90, 10);
                })
                .only();
        assertEquals("4,2", e.attribute("stroke-dasharray"));
        assertEquals("1", e.attribute("stroke-dashoffset"));
        assertEquals("2", e.attribute("stroke-width"));
        assertEquals("round", e.attribute("stroke-linejoin"));
        assertNull(e.attribute("stroke-linecap"), "butt is SVG's default");
    }

    @Test
    void javasDefaultCapIsSquareAndMiterLimitTen() {
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g.setStroke(new BasicStroke(3));
                    g.drawPolyline(new int[] {10, 50, 20}, new int[] {10, 20, 40}, 3);
                })
                .only();
        assertEquals("square", e.attribute("stroke-linecap"));
        assertEquals("10", e.attribute("stroke-miterlimit"));
        assertEquals("3", e.attribute("stroke-width"));
    }

    @Test
    void uniformScaleIsBakedIntoCoordinatesAndWidth() {
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g.scale(2, 2);
                    g.setStroke(new BasicStroke(1.5f));
                    g.draw(new Line2D.Double(1, 1, 20, 1));
                })
                .only();
        assertEquals("M2,2L40,2", e.attribute("d"));
        assertEquals("3", e.attribute("stroke-width"));
        assertNull(e.attribute("transform"));
    }

    @Test
    void shearedStrokeKeepsATransformAttribute() {
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.shear(0.5, 0);
                    g.setStroke(new BasicStroke(2));
                    g.drawLine(10, 10, 50, 50);
                })
                .only();
        assertEquals("matrix(1 0 0.5 1 0 0)", e.attribute("transform"));
        assertEquals("M10,10L50,50", e.attribute("d"));
    }

    @Test
    void customStrokeIsFilledAsItsOutline() {
        Stroke custom = new Stroke() {
            @Override
            public Shape createStrokedShape(Shape p) {
                return new BasicStroke(4).createStrokedShape(p);
            }
        };
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.setStroke(custom);
                    g.drawLine(10, 10, 90, 10);
                })
                .only();
        assertEquals("#000", e.attribute("fill"));
        assertNull(e.attribute("stroke"));
    }

    @Test
    void colourAlphaAndCompositeAlphaBecomeFillOpacity() {
        DrawElement e = Recorded.paint(100, 100, g -> {
                    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
                    g.setColor(new Color(255, 0, 0, 128));
                    g.fillRect(0, 0, 10, 10);
                })
                .only();
        assertEquals("#f00", e.attribute("fill"));
        assertEquals("0.251", e.attribute("fill-opacity"));
    }

    @Test
    void gradientPaintIsALinearGradientDefinitionReferencedByUrl() {
        Recorded r = Recorded.paint(100, 100, g -> {
            g.translate(10, 0);
            g.setPaint(new GradientPaint(0, 0, Color.WHITE, 0, 20, new Color(0, 0, 255, 128), true));
            g.fillRect(0, 0, 50, 20);
            g.fillRect(0, 30, 50, 20); // same paint: the definition is shared
        });
        assertEquals(1, r.definitions("linearGradient").size(), r.toString());
        DrawElement gradient = r.definitions("linearGradient").get(0);
        assertEquals("t-g0", gradient.attribute("id"));
        assertEquals("userSpaceOnUse", gradient.attribute("gradientUnits"));
        assertEquals("reflect", gradient.attribute("spreadMethod"));
        assertEquals("matrix(1 0 0 1 10 0)", gradient.attribute("gradientTransform"), "user space -> component");
        assertEquals(2, gradient.children().size());
        assertEquals("0.502", gradient.children().get(1).attribute("stop-opacity"));
        assertEquals("url(#t-g0)", r.drawn().get(0).attribute("fill"));
        assertEquals("url(#t-g0)", r.drawn().get(1).attribute("fill"));
        assertTrue(r.elements.indexOf(gradient) < r.elements.indexOf(r.drawn().get(0)), "defined before use");
    }

    @Test
    void multipleGradientsKeepStopsCycleAndTransform() {
        Recorded r = Recorded.paint(100, 100, g -> {
            g.setPaint(new LinearGradientPaint(
                    0,
                    0,
                    10,
                    0,
                    new float[] {0, 0.5f, 1},
                    new Color[] {Color.RED, Color.GREEN, Color.BLUE},
                    MultipleGradientPaint.CycleMethod.REPEAT));
            g.fillRect(0, 0, 50, 20);
            g.setPaint(new RadialGradientPaint(
                    new Rectangle2D.Double(0, 0, 40, 20),
                    new float[] {0, 1},
                    new Color[] {Color.WHITE, Color.BLACK},
                    MultipleGradientPaint.CycleMethod.REFLECT));
            g.fillRect(0, 30, 40, 20);
        });
        DrawElement linear = r.definitions("linearGradient").get(0);
        assertEquals(3, linear.children().size());
        assertEquals("repeat", linear.attribute("spreadMethod"));
        DrawElement radial = r.definitions("radialGradient").get(0);
        assertEquals("reflect", radial.attribute("spreadMethod"));
        assertNotNull(radial.attribute("gradientTransform"), "the ellipse's scale");
        assertEquals("url(#" + radial.attribute("id") + ")", r.drawn().get(1).attribute("fill"));
    }

    @Test
    void texturePaintIsAPatternWithTheImage() {
        BufferedImage tile = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        tile.setRGB(1, 1, 0xFF00FF00);
        Recorded r = Recorded.paint(100, 100, g -> {
            g.setPaint(new TexturePaint(tile, new Rectangle(2, 2, 8, 8)));
            g.fillRect(0, 0, 50, 50);
        });
        DrawElement pattern = r.definitions("pattern").get(0);
        assertEquals("8", pattern.attribute("width"));
        DrawElement image = pattern.children().get(0);
        assertEquals(DrawElement.Role.IMAGE, image.role());
        assertEquals(4, image.image().width());
        assertEquals("url(#t-p0)", r.only().attribute("fill"));
    }

    @Test
    void otherPaintsAreRasterisedIntoAnImage() {
        Paint custom = new Paint() {
            private final Paint inner = new GradientPaint(0, 0, Color.RED, 10, 0, Color.BLUE);

            @Override
            public PaintContext createContext(
                    ColorModel cm, Rectangle db, Rectangle2D ub, AffineTransform x, RenderingHints h) {
                return inner.createContext(cm, db, ub, x, h);
            }

            @Override
            public int getTransparency() {
                return OPAQUE;
            }
        };
        Recorded r = Recorded.paint(100, 100, g -> {
            g.setPaint(custom);
            g.fillRect(10, 10, 20, 5);
        });
        DrawElement image = r.only();
        assertEquals(DrawElement.Role.IMAGE, image.role());
        assertEquals("10", image.attribute("x"));
        assertEquals(20, image.image().width());
        assertNull(r.unsupported());
    }

    @Test
    void xorModeMakesTheRecordingUnsupported() {
        Recorded r = Recorded.paint(100, 100, g -> {
            g.setXORMode(Color.WHITE);
            g.fillRect(0, 0, 10, 10);
        });
        assertEquals("XOR mode", r.unsupported());
    }

    @Test
    void sourceCompositeOverNothingIsPlainButOverDrawingUnsupported() {
        Recorded overNothing = Recorded.paint(100, 100, g -> {
            g.setComposite(AlphaComposite.Src);
            g.setColor(new Color(0, 0, 0, 100));
            g.fillRect(0, 0, 10, 10);
        });
        assertNull(overNothing.unsupported());
        assertEquals(1, overNothing.drawn().size());
        Recorded clearOverDrawing = Recorded.paint(100, 100, g -> {
            g.fillRect(0, 0, 10, 10);
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(5, 5, 10, 10);
        });
        assertTrue(clearOverDrawing.unsupported().startsWith("composite rule"), clearOverDrawing.unsupported());
        Recorded dstIsNothing = Recorded.paint(100, 100, g -> {
            g.setComposite(AlphaComposite.Dst);
            g.fillRect(0, 0, 10, 10);
        });
        assertTrue(dstIsNothing.drawn().isEmpty());
    }
}
