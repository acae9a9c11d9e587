package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.DrawElement;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.Transparency;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Fills and strokes as {@code rect}/{@code path} elements. Coordinates are written in device
 * space (the component's), so Swing's many translations cost nothing; strokes under other
 * transforms keep a {@code transform} attribute so their width scales as in Java. Java2D's
 * stroke normalisation is emulated (it moves lines by up to half a pixel, visible on every
 * border): antialiased strokes snap to pixel centres, aliased wide strokes to quarter pixels,
 * thin aliased lines light whole pixels from end to end; aliased shapes render crisp.
 */
final class ShapeElements {
    private static final AffineTransform IDENTITY = new AffineTransform();

    private ShapeElements() {}

    static void fill(RecordingGraphics g, Shape s) {
        if (s == null || !g.rec.accepting()) return;
        try {
            fillShape(g, s);
        } catch (RuntimeException e) {
            g.failed("fill", e);
        }
    }

    static void stroke(RecordingGraphics g, Shape s) {
        if (s == null || !g.rec.accepting()) return;
        try {
            if (g.stroke instanceof BasicStroke) strokeShape(g, s, (BasicStroke) g.stroke);
            else fillShape(g, g.stroke.createStrokedShape(s)); // a custom stroke: its outline
        } catch (RuntimeException e) {
            g.failed("draw", e);
        }
    }

    private static void fillShape(RecordingGraphics g, Shape s) {
        AffineTransform tx = g.tx;
        boolean translation = RecordingGraphics.isTranslation(tx);
        double dx = tx.getTranslateX(), dy = tx.getTranslateY();
        Shape device = translation ? null : tx.createTransformedShape(s);
        Rectangle2D bounds;
        if (translation) {
            Rectangle2D b = s.getBounds2D();
            bounds = new Rectangle2D.Double(b.getX() + dx, b.getY() + dy, b.getWidth(), b.getHeight());
        } else {
            bounds = device.getBounds2D();
        }
        if (bounds.isEmpty()) return;
        double alpha = g.compositeAlpha(bounds, g.paint.getTransparency() == Transparency.OPAQUE);
        if (alpha < 0) return;
        PaintStyles.Ref ref = PaintStyles.ref(g.paint, tx, g.rec);
        if (ref == null) {
            ImageElements.paintedShape(g, s, bounds, alpha);
            return;
        }
        Svg.Attrs a = new Svg.Attrs();
        String tag;
        boolean pixelExact = false;
        if (translation && s instanceof Rectangle2D) {
            Rectangle2D r = (Rectangle2D) s;
            tag = "rect";
            double x = r.getX() + dx, y = r.getY() + dy;
            a.num("x", x).num("y", y).num("width", r.getWidth()).num("height", r.getHeight());
            pixelExact = whole(x) && whole(y) && whole(r.getWidth()) && whole(r.getHeight());
        } else {
            tag = "path";
            PathIterator it = translation
                    ? s.getPathIterator(dx == 0 && dy == 0 ? null : AffineTransform.getTranslateInstance(dx, dy))
                    : device.getPathIterator(null);
            boolean evenOdd = it.getWindingRule() == PathIterator.WIND_EVEN_ODD;
            a.add("d", Svg.pathData(it, null, null));
            if (evenOdd) a.add("fill-rule", "evenodd");
        }
        paint(a, "fill", ref, alpha);
        if (!pixelExact && !g.antialiased()) a.add("shape-rendering", "crispEdges");
        g.emit(DrawElement.Role.SHAPE, tag, a, null, null, bounds, null);
    }

    private static void strokeShape(RecordingGraphics g, Shape s, BasicStroke bs) {
        AffineTransform tx = g.tx;
        int type = tx.getType();
        boolean baked = (type & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_UNIFORM_SCALE)) == 0
                && tx.getScaleX() > 0;
        double scale = baked ? tx.getScaleX() : Math.sqrt(Math.abs(tx.getDeterminant()));
        double deviceWidth = bs.getLineWidth() * scale;
        boolean aa = g.antialiased();
        boolean thin = !aa && deviceWidth <= 1;
        Svg.Snap snap = !baked
                ? null
                : thin ? Svg.Snap.PIXEL : g.pureStrokes() ? null : aa ? Svg.Snap.CENTRE : Svg.Snap.QUARTER;

        Rectangle2D shapeBounds = baked && RecordingGraphics.isTranslation(tx)
                ? translated(s.getBounds2D(), tx)
                : tx.createTransformedShape(s).getBounds2D();
        double margin = thin ? 1 : Math.max(deviceWidth, 1) * 0.71 + 0.5;
        Rectangle2D bounds = new Rectangle2D.Double(
                shapeBounds.getX() - margin,
                shapeBounds.getY() - margin,
                shapeBounds.getWidth() + 2 * margin,
                shapeBounds.getHeight() + 2 * margin);
        double alpha = g.compositeAlpha(bounds, g.paint.getTransparency() == Transparency.OPAQUE);
        if (alpha < 0) return;
        PaintStyles.Ref ref = PaintStyles.ref(g.paint, baked ? tx : IDENTITY, g.rec);
        if (ref == null) {
            fillShape(g, bs.createStrokedShape(s)); // rasterised with the paint
            return;
        }
        if (thin && baked && s instanceof Line2D && bs.getDashArray() == null && pixelLine(g, (Line2D) s, ref, alpha)) {
            return;
        }

        Svg.Attrs a = new Svg.Attrs();
        String tag;
        int flags;
        Rectangle2D r = s instanceof Rectangle2D ? (Rectangle2D) s : null;
        if (baked && r != null && r.getWidth() > 0 && r.getHeight() > 0) {
            tag = "rect";
            Point2D p0 = tx.transform(new Point2D.Double(r.getMinX(), r.getMinY()), null);
            Point2D p1 = tx.transform(new Point2D.Double(r.getMaxX(), r.getMaxY()), null);
            double x0 = p0.getX(), y0 = p0.getY(), x1 = p1.getX(), y1 = p1.getY();
            if (snap != null) {
                x0 = snap.apply(x0);
                y0 = snap.apply(y0);
                x1 = snap.apply(x1);
                y1 = snap.apply(y1);
            }
            a.num("x", x0).num("y", y0).num("width", x1 - x0).num("height", y1 - y0);
            flags = 0;
        } else {
            tag = "path";
            int[] info = new int[1];
            a.add("d", Svg.pathData(s.getPathIterator(baked ? tx : null), snap, info));
            flags = info[0];
        }
        a.add("fill", "none");
        paint(a, "stroke", ref, alpha);
        strokeStyle(a, bs, baked ? scale : 1, scale, thin, deviceWidth, flags);
        if (!aa && !(thin && (flags & Svg.SLANTED) == 0)) a.add("shape-rendering", "crispEdges");
        if (!baked) a.add("transform", Svg.preciseMatrix(tx));
        g.emit(DrawElement.Role.SHAPE, tag, a, null, null, bounds, baked ? null : tx);
    }

    /**
     * @param scale how much the written coordinates are scaled (1 when a transform attribute
     *        does it); {@code deviceScale} how much the user space is
     */
    private static void strokeStyle(
            Svg.Attrs a,
            BasicStroke bs,
            double scale,
            double deviceScale,
            boolean thin,
            double deviceWidth,
            int flags) {
        // Thin and zero-width lines are one device pixel wide whatever the transform.
        double width = thin || deviceWidth <= 0 ? 1 / Math.max(1e-6, deviceScale) * scale : bs.getLineWidth() * scale;
        if (width != 1) a.num("stroke-width", width);
        if ((flags & Svg.OPEN) != 0) {
            // Thin aliased lines light their end pixels whatever the cap; Java's default is square.
            int cap = thin ? BasicStroke.CAP_SQUARE : bs.getEndCap();
            if (cap == BasicStroke.CAP_SQUARE) a.add("stroke-linecap", "square");
            else if (cap == BasicStroke.CAP_ROUND) a.add("stroke-linecap", "round");
        }
        if (!thin) {
            if (bs.getLineJoin() == BasicStroke.JOIN_ROUND) a.add("stroke-linejoin", "round");
            else if (bs.getLineJoin() == BasicStroke.JOIN_BEVEL) a.add("stroke-linejoin", "bevel");
            else if ((flags & Svg.SLANTED) != 0 && bs.getMiterLimit() != 4f)
                a.num("stroke-miterlimit", bs.getMiterLimit());
        }
        float[] dash = bs.getDashArray();
        if (dash != null && dash.length > 0) {
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            for (int i = 0; i < dash.length; i++) {
                if (i > 0) sb.append(',');
                Svg.num(sb, dash[i] * scale);
                any |= dash[i] > 0;
            }
            if (any) {
                a.add("stroke-dasharray", sb.toString());
                if (bs.getDashPhase() != 0) a.num("stroke-dashoffset", bs.getDashPhase() * scale);
            }
        }
    }

    /**
     * A thin aliased horizontal or vertical line as the exact run of pixels Java lights; false
     * for a slanted line (drawn as a crisp path instead).
     */
    private static boolean pixelLine(RecordingGraphics g, Line2D line, PaintStyles.Ref ref, double alpha) {
        Point2D p1 = g.tx.transform(line.getP1(), null), p2 = g.tx.transform(line.getP2(), null);
        long x1 = (long) Math.floor(p1.getX() + 0.25), y1 = (long) Math.floor(p1.getY() + 0.25);
        long x2 = (long) Math.floor(p2.getX() + 0.25), y2 = (long) Math.floor(p2.getY() + 0.25);
        if (x1 != x2 && y1 != y2) return false;
        double x = Math.min(x1, x2), y = Math.min(y1, y2);
        double w = Math.abs(x2 - x1) + 1, h = Math.abs(y2 - y1) + 1;
        Svg.Attrs a = new Svg.Attrs().num("x", x).num("y", y).num("width", w).num("height", h);
        paint(a, "fill", ref, alpha);
        g.emit(DrawElement.Role.SHAPE, "rect", a, null, null, new Rectangle2D.Double(x, y, w, h), null);
        return true;
    }

    static void paint(Svg.Attrs a, String property, PaintStyles.Ref ref, double alpha) {
        a.add(property, ref.value);
        double opacity = ref.opacity * alpha;
        if (opacity < 0.9995) a.add(property + "-opacity", Svg.opacity(opacity));
    }

    private static Rectangle2D translated(Rectangle2D b, AffineTransform tx) {
        return new Rectangle2D.Double(
                b.getX() + tx.getTranslateX(), b.getY() + tx.getTranslateY(), b.getWidth(), b.getHeight());
    }

    private static boolean whole(double v) {
        return v == Math.rint(v);
    }
}
