package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What a JavaFX node looks like, as SVG elements for core: the backgrounds and borders CSS
 * resolved for a region (colours, radii, insets), a text node's string in its font and fill,
 * simple shapes. The scene graph is declarative, so this is the node's own look, not an
 * approximation of it. A leaf (a button, a field) is drawn with everything its skin put inside
 * it, relative to the leaf. FX thread only.
 */
final class FxDrawings {
    private FxDrawings() {}

    /** The elements of one drawing, and the ids of the definitions (gradients) it needs. */
    private static final class Out {
        final List<DrawElement> elements = new ArrayList<>();
        final String idPrefix;
        int nextId;

        Out(String idPrefix) { this.idPrefix = idPrefix; }

        void add(DrawElement e) { elements.add(e); }

        String newId() { return idPrefix + "g" + nextId++; }
    }

    /**
     * The node's own look (not its children's).
     *
     * @param idPrefix unique per node: prefixes the ids of the definitions the drawing needs
     */
    static Drawing own(Node node, String idPrefix) {
        Out out = new Out(idPrefix);
        add(node, node, out);
        return Drawing.of(out.elements);
    }

    /** The node and every visible node inside it, relative to the node. */
    static Drawing whole(Node node, String idPrefix) {
        Out out = new Out(idPrefix);
        addTree(node, node, out);
        return Drawing.of(out.elements);
    }

    private static void addTree(Node node, Node origin, Out out) {
        if (!node.isVisible() || node.getOpacity() <= 0) return;
        add(node, origin, out);
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) addTree(child, origin, out);
        }
    }

    private static void add(Node node, Node origin, Out out) {
        if (node instanceof Region) region((Region) node, origin, out);
        else if (node instanceof Text) text((Text) node, origin, out);
        else if (node instanceof Rectangle) rectangle((Rectangle) node, origin, out);
        else if (node instanceof Circle) circle((Circle) node, origin, out);
        else if (node instanceof Line) line((Line) node, origin, out);
    }

    private static void region(Region r, Node origin, Out out) {
        double w = r.getWidth(), h = r.getHeight();
        if (r.getShape() instanceof SVGPath) {
            shapedRegion(r, (SVGPath) r.getShape(), origin, out);
            return;
        }
        Background background = r.getBackground();
        if (background != null) {
            for (BackgroundFill fill : background.getFills()) {
                Insets in = fill.getInsets();
                rect(r, origin, in.getLeft(), in.getTop(), w - in.getLeft() - in.getRight(),
                        h - in.getTop() - in.getBottom(), fill.getRadii(), "fill", fill.getFill(), 0, out);
            }
        }
        Border border = r.getBorder();
        if (border != null) {
            for (BorderStroke stroke : border.getStrokes()) {
                double width = stroke.getWidths().getTop();
                Insets in = stroke.getInsets();
                double half = width / 2;
                rect(r, origin, in.getLeft() + half, in.getTop() + half, w - in.getLeft() - in.getRight() - width,
                        h - in.getTop() - in.getBottom() - width, stroke.getRadii(), "stroke", stroke.getTopStroke(),
                        width, out);
            }
        }
    }

    /**
     * A region with a CSS shape ({@code -fx-shape}: a check mark, an arrow, a close cross): its
     * background fills the shape, scaled to the region's box (JavaFX's default) or as it is.
     */
    private static void shapedRegion(Region r, SVGPath shape, Node origin, Out out) {
        Background background = r.getBackground();
        if (background == null || background.getFills().isEmpty()) return;
        Bounds sb = shape.getLayoutBounds();
        double w = r.getWidth(), h = r.getHeight();
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (r.isScaleShape() && sb.getWidth() > 0 && sb.getHeight() > 0) {
            sx = w / sb.getWidth();
            sy = h / sb.getHeight();
            tx = -sb.getMinX() * sx;
            ty = -sb.getMinY() * sy;
        } else if (r.isCenterShape()) {
            tx = (w - sb.getWidth()) / 2 - sb.getMinX();
            ty = (h - sb.getHeight()) / 2 - sb.getMinY();
        }
        Point2D p = place(r, origin, 0, 0);
        String transform = "matrix(" + num(sx) + " 0 0 " + num(sy) + " " + num(p.getX() + tx) + " " + num(p.getY() + ty) + ")";
        // The last fill is what shows on top (the mark itself, over its insets' outlines).
        BackgroundFill fill = background.getFills().get(background.getFills().size() - 1);
        String ref = paintRef(fill.getFill(), out);
        if (ref == null) return;
        List<String> a = new ArrayList<>(List.of("d", shape.getContent(), "transform", transform, "fill", ref));
        if (shape.getFillRule() == javafx.scene.shape.FillRule.EVEN_ODD) { a.add("fill-rule"); a.add("evenodd"); }
        addOpacity(a, "fill", fill.getFill());
        out.add(DrawElement.shape("path", a.toArray(new String[0])));
    }

    private static void rect(Node n, Node origin, double x, double y, double w, double h, CornerRadii radii,
                             String how, Paint paint, double strokeWidth, Out out) {
        if (w <= 0 || h <= 0) return;
        String color = paintRef(paint, out);
        if (color == null) return;
        Point2D p = place(n, origin, x, y);
        List<String> a = new ArrayList<>(List.of("x", num(p.getX()), "y", num(p.getY()), "width", num(w), "height", num(h)));
        double radius = radii == null ? 0 : radii.getTopLeftHorizontalRadius();
        if (radii != null && radii.isTopLeftHorizontalRadiusAsPercentage()) radius = radius * Math.min(w, h);
        if (radius > 0) { a.add("rx"); a.add(num(radius)); }
        if (how.equals("fill")) {
            a.add("fill"); a.add(color);
        } else {
            a.add("fill"); a.add("none");
            a.add("stroke"); a.add(color);
            a.add("stroke-width"); a.add(num(strokeWidth));
        }
        addOpacity(a, how, paint);
        out.add(DrawElement.shape("rect", a.toArray(new String[0])));
    }

    private static void text(Text t, Node origin, Out out) {
        String s = t.getText();
        if (s == null || s.isEmpty()) return;
        String color = color(t.getFill());
        if (color == null) return;
        Bounds lb = t.getLayoutBounds();
        Font font = t.getFont();
        String[] lines = s.split("\n", -1);
        double lineHeight = lines.length > 1 ? lb.getHeight() / lines.length : 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) continue;
            Point2D p = place(t, origin, lb.getMinX(), lb.getMinY() + t.getBaselineOffset() + i * lineHeight);
            List<String> a = new ArrayList<>(List.of("x", num(p.getX()), "y", num(p.getY()),
                    "font-family", "'" + font.getFamily() + "', sans-serif", "font-size", num(font.getSize())));
            String style = font.getStyle().toLowerCase(Locale.ROOT);
            if (style.contains("bold")) { a.add("font-weight"); a.add("bold"); }
            if (style.contains("italic")) { a.add("font-style"); a.add("italic"); }
            a.add("fill"); a.add(color);
            addOpacity(a, "fill", t.getFill());
            if (lines.length == 1) { a.add("textLength"); a.add(num(lb.getWidth())); a.add("lengthAdjust"); a.add("spacingAndGlyphs"); }
            out.add(DrawElement.text(lines[i], a.toArray(new String[0])));
        }
    }

    private static void rectangle(Rectangle r, Node origin, Out out) {
        CornerRadii radii = r.getArcWidth() > 0 ? new CornerRadii(r.getArcWidth() / 2) : null;
        rect(r, origin, r.getX(), r.getY(), r.getWidth(), r.getHeight(), radii, "fill", r.getFill(), 0, out);
        if (r.getStroke() != null) {
            rect(r, origin, r.getX(), r.getY(), r.getWidth(), r.getHeight(), radii, "stroke", r.getStroke(),
                    r.getStrokeWidth(), out);
        }
    }

    private static void circle(Circle c, Node origin, Out out) {
        Point2D p = place(c, origin, c.getCenterX(), c.getCenterY());
        List<String> a = new ArrayList<>(List.of("cx", num(p.getX()), "cy", num(p.getY()), "r", num(c.getRadius())));
        String fill = color(c.getFill());
        a.add("fill"); a.add(fill == null ? "none" : fill);
        String stroke = color(c.getStroke());
        if (stroke != null) { a.add("stroke"); a.add(stroke); a.add("stroke-width"); a.add(num(c.getStrokeWidth())); }
        out.add(DrawElement.shape("circle", a.toArray(new String[0])));
    }

    private static void line(Line l, Node origin, Out out) {
        String stroke = color(l.getStroke());
        if (stroke == null) return;
        Point2D a = place(l, origin, l.getStartX(), l.getStartY()), b = place(l, origin, l.getEndX(), l.getEndY());
        out.add(DrawElement.shape("line", "x1", num(a.getX()), "y1", num(a.getY()), "x2", num(b.getX()), "y2", num(b.getY()),
                "stroke", stroke, "stroke-width", num(l.getStrokeWidth())));
    }

    /**
     * A point of {@code n}'s local space in the element of {@code origin}, whose top-left corner
     * is the top-left of the origin's bounds (a text node's local origin is its baseline).
     */
    private static Point2D place(Node n, Node origin, double x, double y) {
        Point2D p = n == origin ? new Point2D(x, y) : origin.sceneToLocal(n.localToScene(x, y));
        Bounds b = origin.getBoundsInLocal();
        return new Point2D(p.getX() - b.getMinX(), p.getY() - b.getMinY());
    }

    /**
     * What to write as {@code fill}/{@code stroke}: a colour, or {@code url(#id)} of a gradient
     * definition added to {@code out} (JavaFX's proportional gradients are SVG's
     * objectBoundingBox ones); null for no paint or a paint not supported yet (image patterns).
     */
    private static String paintRef(Paint paint, Out out) {
        if (paint instanceof Color) return color(paint);
        if (paint instanceof LinearGradient) {
            LinearGradient g = (LinearGradient) paint;
            String id = out.newId();
            List<String> a = new ArrayList<>(List.of("id", id, "x1", num(g.getStartX()), "y1", num(g.getStartY()),
                    "x2", num(g.getEndX()), "y2", num(g.getEndY())));
            if (!g.isProportional()) { a.add("gradientUnits"); a.add("userSpaceOnUse"); }
            spread(a, g.getCycleMethod());
            out.add(DrawElement.definition("linearGradient", stops(g.getStops()), a.toArray(new String[0])));
            return "url(#" + id + ")";
        }
        if (paint instanceof RadialGradient) {
            RadialGradient g = (RadialGradient) paint;
            String id = out.newId();
            List<String> a = new ArrayList<>(List.of("id", id, "cx", num(g.getCenterX()), "cy", num(g.getCenterY()),
                    "r", num(g.getRadius())));
            if (!g.isProportional()) { a.add("gradientUnits"); a.add("userSpaceOnUse"); }
            spread(a, g.getCycleMethod());
            out.add(DrawElement.definition("radialGradient", stops(g.getStops()), a.toArray(new String[0])));
            return "url(#" + id + ")";
        }
        return null;
    }

    private static void spread(List<String> a, CycleMethod cycle) {
        if (cycle == CycleMethod.REFLECT) { a.add("spreadMethod"); a.add("reflect"); }
        else if (cycle == CycleMethod.REPEAT) { a.add("spreadMethod"); a.add("repeat"); }
    }

    private static List<DrawElement> stops(List<Stop> stops) {
        List<DrawElement> out = new ArrayList<>(stops.size());
        for (Stop stop : stops) {
            Color c = stop.getColor();
            List<String> a = new ArrayList<>(List.of("offset", num(stop.getOffset()), "stop-color", color(c, true)));
            if (c.getOpacity() < 0.999) { a.add("stop-opacity"); a.add(num(c.getOpacity())); }
            out.add(DrawElement.shape("stop", a.toArray(new String[0])));
        }
        return out;
    }

    /** {@code #rrggbb} of an opaque-ish colour; null for no paint or a paint not supported yet. */
    static String color(Paint paint) {
        return paint instanceof Color ? color((Color) paint, false) : null;
    }

    private static String color(Color c, boolean evenIfClear) {
        if (c.getOpacity() == 0 && !evenIfClear) return null;
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static void addOpacity(List<String> a, String how, Paint paint) {
        if (paint instanceof Color && ((Color) paint).getOpacity() < 0.999) {
            a.add(how + "-opacity");
            a.add(num(((Color) paint).getOpacity()));
        }
    }

    static String num(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
