package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.PixelImage;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java {@link Paint} as an SVG paint value: a colour, or a reference to a gradient or pattern
 * definition that {@link PaintRecording} adds (once per distinct definition) before the first
 * element using it. Gradients keep Java's geometry in {@code userSpaceOnUse} coordinates, mapped
 * by {@code gradientTransform} into the coordinates the element is written in.
 */
final class PaintStyles {
    /** An SVG paint value and the alpha it carries outside the value (a colour's alpha). */
    static final class Ref {
        final String value;
        final double opacity;

        Ref(String value, double opacity) {
            this.value = value;
            this.opacity = opacity;
        }
    }

    private PaintStyles() {}

    /**
     * @param toElement maps the paint's user space to the coordinates the element is written in
     * @return the paint's SVG value, or null for a paint SVG cannot express
     */
    static Ref ref(Paint paint, AffineTransform toElement, PaintRecording rec) {
        if (paint instanceof Color) {
            Color c = (Color) paint;
            return new Ref(Svg.color(c), c.getAlpha() / 255.0);
        }
        if (paint instanceof GradientPaint) return gradient((GradientPaint) paint, toElement, rec);
        if (paint instanceof LinearGradientPaint) return linear((LinearGradientPaint) paint, toElement, rec);
        if (paint instanceof RadialGradientPaint) return radial((RadialGradientPaint) paint, toElement, rec);
        if (paint instanceof TexturePaint) return texture((TexturePaint) paint, toElement, rec);
        return null;
    }

    private static Ref gradient(GradientPaint p, AffineTransform toElement, PaintRecording rec) {
        Point2D a = p.getPoint1(), b = p.getPoint2();
        List<DrawElement> stops = new ArrayList<>(2);
        stops.add(stop(0, p.getColor1()));
        stops.add(stop(1, p.getColor2()));
        Svg.Attrs attrs = new Svg.Attrs()
                .add("gradientUnits", "userSpaceOnUse")
                .num("x1", a.getX())
                .num("y1", a.getY())
                .num("x2", b.getX())
                .num("y2", b.getY())
                .add("spreadMethod", p.isCyclic() ? "reflect" : null)
                .add("gradientTransform", transform(toElement));
        return new Ref("url(#" + rec.define("linearGradient", "g", stops, attrs) + ")", 1);
    }

    private static Ref linear(LinearGradientPaint p, AffineTransform toElement, PaintRecording rec) {
        Point2D a = p.getStartPoint(), b = p.getEndPoint();
        Svg.Attrs attrs = new Svg.Attrs()
                .add("gradientUnits", "userSpaceOnUse")
                .num("x1", a.getX())
                .num("y1", a.getY())
                .num("x2", b.getX())
                .num("y2", b.getY());
        return multiple(p, "linearGradient", attrs, toElement, rec);
    }

    private static Ref radial(RadialGradientPaint p, AffineTransform toElement, PaintRecording rec) {
        Point2D c = p.getCenterPoint(), f = p.getFocusPoint();
        Svg.Attrs attrs = new Svg.Attrs()
                .add("gradientUnits", "userSpaceOnUse")
                .num("cx", c.getX())
                .num("cy", c.getY())
                .num("r", p.getRadius());
        if (!c.equals(f)) attrs.num("fx", f.getX()).num("fy", f.getY());
        return multiple(p, "radialGradient", attrs, toElement, rec);
    }

    private static Ref multiple(
            MultipleGradientPaint p, String tag, Svg.Attrs attrs, AffineTransform toElement, PaintRecording rec) {
        float[] fractions = p.getFractions();
        Color[] colors = p.getColors();
        List<DrawElement> stops = new ArrayList<>(fractions.length);
        for (int i = 0; i < fractions.length; i++) stops.add(stop(fractions[i], colors[i]));
        switch (p.getCycleMethod()) {
            case REFLECT:
                attrs.add("spreadMethod", "reflect");
                break;
            case REPEAT:
                attrs.add("spreadMethod", "repeat");
                break;
            default:
                break;
        }
        if (p.getColorSpace() == MultipleGradientPaint.ColorSpaceType.LINEAR_RGB) {
            attrs.add("color-interpolation", "linearRGB");
        }
        AffineTransform t = new AffineTransform(toElement);
        t.concatenate(p.getTransform());
        attrs.add("gradientTransform", transform(t));
        return new Ref("url(#" + rec.define(tag, "g", stops, attrs) + ")", 1);
    }

    private static Ref texture(TexturePaint p, AffineTransform toElement, PaintRecording rec) {
        PixelImage image = ImagePixels.of(p.getImage());
        if (image == null) return null;
        Rectangle2D anchor = p.getAnchorRect();
        List<DrawElement> tile = new ArrayList<>(1);
        tile.add(DrawElement.image(
                image, "x", "0", "y", "0", "width", Svg.num(anchor.getWidth()), "height", Svg.num(anchor.getHeight())));
        Svg.Attrs attrs = new Svg.Attrs()
                .add("patternUnits", "userSpaceOnUse")
                .num("x", anchor.getX())
                .num("y", anchor.getY())
                .num("width", anchor.getWidth())
                .num("height", anchor.getHeight())
                .add("patternTransform", transform(toElement));
        return new Ref("url(#" + rec.define("pattern", "p", tile, attrs) + ")", 1);
    }

    private static DrawElement stop(float offset, Color c) {
        return DrawElement.shape(
                "stop",
                new Svg.Attrs()
                        .num("offset", offset)
                        .add("stop-color", Svg.color(c))
                        .add("stop-opacity", c.getAlpha() == 255 ? null : Svg.opacity(c.getAlpha() / 255.0))
                        .toArray());
    }

    private static String transform(AffineTransform t) {
        return t == null || t.isIdentity() ? null : Svg.preciseMatrix(t);
    }
}
