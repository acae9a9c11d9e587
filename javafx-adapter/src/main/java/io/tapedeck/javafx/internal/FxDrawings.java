package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Affine;

/**
 * What a JavaFX node looks like, as SVG elements for core: the backgrounds and borders CSS
 * resolved for a region (colours, gradients, radii, insets, per-side borders, CSS shapes),
 * text ({@link FxTextElements}), shapes ({@link FxShapeElements}), images and canvases ({@link FxImageElements},
 * {@link FxCanvases}), each under its node's transforms, opacity, clip and drop shadow. The
 * scene graph is declarative, so this is the node's own look, not an approximation of it. A
 * leaf (a button, a field) is drawn with everything its skin put inside it. Coordinates are
 * the view's box: the node's bounds in its parent. FX thread only.
 */
final class FxDrawings {
    private FxDrawings() {}

    /**
     * The node's own look (not its children's).
     *
     * @param idPrefix unique per node: prefixes the ids of the definitions the drawing needs
     */
    static Drawing own(Node node, String idPrefix) {
        FxDrawingOut out = new FxDrawingOut(idPrefix);
        out.place = origin(node);
        draw(node, out, false, true);
        return Drawing.of(out.elements);
    }

    /** The node and every visible node inside it, relative to the node. */
    static Drawing whole(Node node, String idPrefix) {
        FxDrawingOut out = new FxDrawingOut(idPrefix);
        out.place = origin(node);
        draw(node, out, true, true);
        return Drawing.of(out.elements);
    }

    /**
     * From the node's local coordinates to its view's box: the node's bounds in the scene, at
     * whole pixels as FxSnapshotBuilder places the box (the drawing is relative to it, so where the
     * scene graph puts the box, an unscrolled viewport included, does not matter).
     */
    private static FxDrawingOut.Place origin(Node node) {
        Bounds box = node.localToScene(node.getBoundsInLocal());
        return FxDrawingOut.Place.IDENTITY
                .moved(-Math.round(box.getMinX()), -Math.round(box.getMinY()))
                .then(node.getLocalToSceneTransform());
    }

    /**
     * Draws {@code n}, whose place (transform) is already in {@code out}, and its subtree if
     * asked. The view's own opacity is its view node's (core applies it to the whole box);
     * the opacities of nodes inside a leaf multiply into their elements.
     */
    private static void draw(Node n, FxDrawingOut out, boolean subtree, boolean origin) {
        if (!n.isVisible() || n.getOpacity() <= 0) return;
        FxDrawingOut.Place saved = out.place;
        try {
            if (!origin && n.getOpacity() < 1) out.place = out.place.withOpacity(out.place.opacity() * n.getOpacity());
            if (n.getClip() != null) out.place = out.place.withClip(clip(n.getClip(), out));
            out.filter = n.getEffect() == null ? null : FxEffects.filter(n.getEffect(), out);
            drawOwn(n, out);
            out.filter = null;
            if (subtree && n instanceof Parent) {
                FxDrawingOut.Place here = out.place;
                for (Node child : ((Parent) n).getChildrenUnmodifiable()) {
                    if (child instanceof Text && FxTextElements.drawnByFlow((Text) child)) continue;
                    out.place = here.then(child.getLocalToParentTransform());
                    draw(child, out, true, false);
                }
            }
        } finally {
            out.filter = null;
            out.place = saved;
        }
    }

    private static void drawOwn(Node n, FxDrawingOut out) {
        if (isWebView(n)) {
            FxCanvases.page((Parent) n, out); // reached only when explicitly unmasked (FxSnapshotBuilder)
        } else if (n instanceof Region) {
            region((Region) n, out);
            if (n instanceof TextFlow) FxTextElements.flow((TextFlow) n, out);
        } else if (n instanceof Text) {
            if (!FxTextElements.drawnByFlow((Text) n)) FxTextElements.text((Text) n, out);
        } else if (n instanceof Shape) {
            FxShapeElements.draw((Shape) n, out);
        } else if (n instanceof ImageView) {
            FxImageElements.imageView((ImageView) n, out);
        } else if (n instanceof Canvas) {
            FxCanvases.canvas((Canvas) n, out);
        }
    }

    /** JavaFX's WebView (javafx-web, not a dependency of ours: known by name). */
    static boolean isWebView(Node n) {
        for (Class<?> k = n.getClass(); k != null; k = k.getSuperclass()) {
            if (k.getName().equals(FxKinds.WEB_VIEW)) return n instanceof Parent;
        }
        return false;
    }

    /**
     * A clip node as a {@code clipPath} in drawing coordinates ({@code url(#…)}), chained to the
     * clip already in force; the clip in force when this one cannot be expressed.
     */
    private static String clip(Node clip, FxDrawingOut out) {
        String outer = out.place.clip();
        if (!(clip instanceof Shape) || !FxShapeElements.isSupported((Shape) clip) || clip instanceof SVGPath)
            return outer;
        FxDrawingOut.Place saved = out.place;
        try {
            out.place = out.place.then(clip.getLocalToParentTransform());
            if (!out.place.translationOnly()) return outer;
            FxDrawingOut.Attrs a = new FxDrawingOut.Attrs();
            String tag = FxShapeElements.geometry((Shape) clip, 0, a, out);
            if (tag == null) return outer;
            String id = out.newId();
            FxDrawingOut.Attrs def = new FxDrawingOut.Attrs().add("id", id).add("clip-path", outer);
            out.definition(DrawElement.definition("clipPath", List.of(DrawElement.shape(tag, a.array())), def.array()));
            return "url(#" + id + ")";
        } finally {
            out.place = saved;
        }
    }

    private static void region(Region r, FxDrawingOut out) {
        double w = r.getWidth(), h = r.getHeight();
        String shapePath = shapePath(r.getShape());
        if (shapePath != null) {
            shapedRegion(r, r.getShape(), shapePath, out);
            return;
        }
        Background background = r.getBackground();
        if (background != null) {
            for (BackgroundFill fill : background.getFills()) {
                Insets in = fill.getInsets();
                box(
                        in.getLeft(),
                        in.getTop(),
                        w - in.getLeft() - in.getRight(),
                        h - in.getTop() - in.getBottom(),
                        fill.getRadii(),
                        fill.getFill(),
                        null,
                        0,
                        null,
                        out);
            }
        }
        Border border = r.getBorder();
        if (border != null) {
            for (BorderStroke stroke : border.getStrokes()) borderStroke(stroke, w, h, out);
        }
    }

    private static void borderStroke(BorderStroke stroke, double w, double h, FxDrawingOut out) {
        Insets in = stroke.getInsets();
        BorderWidths bw = stroke.getWidths();
        double x = in.getLeft(),
                y = in.getTop(),
                bwid = w - in.getLeft() - in.getRight(),
                bhgt = h - in.getTop() - in.getBottom();
        double top = bw.getTop(), right = bw.getRight(), bottom = bw.getBottom(), left = bw.getLeft();
        Paint p = stroke.getTopStroke();
        BorderStrokeStyle style = stroke.getTopStyle();
        boolean uniform = top == right
                && top == bottom
                && top == left
                && p.equals(stroke.getRightStroke())
                && p.equals(stroke.getBottomStroke())
                && p.equals(stroke.getLeftStroke())
                && style.equals(stroke.getRightStyle())
                && style.equals(stroke.getBottomStyle())
                && style.equals(stroke.getLeftStyle());
        if (uniform) {
            if (style == BorderStrokeStyle.NONE || top <= 0) return;
            double half = top / 2;
            box(x + half, y + half, bwid - top, bhgt - top, stroke.getRadii(), null, p, top, style, out);
            return;
        }
        // Sides that differ (a table cell's column line) are filled bands along each edge.
        side(x, y, bwid, top, stroke.getTopStroke(), stroke.getTopStyle(), out);
        side(x + bwid - right, y, right, bhgt, stroke.getRightStroke(), stroke.getRightStyle(), out);
        side(x, y + bhgt - bottom, bwid, bottom, stroke.getBottomStroke(), stroke.getBottomStyle(), out);
        side(x, y, left, bhgt, stroke.getLeftStroke(), stroke.getLeftStyle(), out);
    }

    private static void side(
            double x, double y, double w, double h, Paint p, BorderStrokeStyle style, FxDrawingOut out) {
        if (w <= 0 || h <= 0 || style == BorderStrokeStyle.NONE) return;
        box(x, y, w, h, null, p, null, 0, null, out);
    }

    /**
     * A filled ({@code fill}) or stroked ({@code stroke}) box with corner radii: a {@code rect}
     * when the corners agree, a path with a curve per corner when they do not.
     */
    private static void box(
            double x,
            double y,
            double w,
            double h,
            CornerRadii radii,
            Paint fill,
            Paint stroke,
            double strokeWidth,
            BorderStrokeStyle style,
            FxDrawingOut out) {
        if (w <= 0 || h <= 0) return;
        Paint paint = fill != null ? fill : stroke;
        if (!FxPaintStyles.visible(paint)) return;
        double tl = 0, tr = 0, br = 0, bl = 0;
        if (radii != null && !radii.equals(CornerRadii.EMPTY)) {
            double limit = Math.min(w, h) / 2;
            tl = Math.min(
                    limit,
                    radius(radii.getTopLeftHorizontalRadius(), radii.isTopLeftHorizontalRadiusAsPercentage(), w));
            tr = Math.min(
                    limit,
                    radius(radii.getTopRightHorizontalRadius(), radii.isTopRightHorizontalRadiusAsPercentage(), w));
            br = Math.min(
                    limit,
                    radius(
                            radii.getBottomRightHorizontalRadius(),
                            radii.isBottomRightHorizontalRadiusAsPercentage(),
                            w));
            bl = Math.min(
                    limit,
                    radius(radii.getBottomLeftHorizontalRadius(), radii.isBottomLeftHorizontalRadiusAsPercentage(), w));
        }
        FxDrawingOut.Attrs a = new FxDrawingOut.Attrs();
        double px = x + out.ox(), py = y + out.oy();
        String tag;
        if (tl == tr && tl == br && tl == bl) {
            tag = "rect";
            a.num("x", px).num("y", py).num("width", w).num("height", h);
            if (tl > 0) a.num("rx", tl);
        } else {
            tag = "path";
            a.add("d", roundedBox(px, py, w, h, tl, tr, br, bl));
        }
        if (fill != null) {
            FxPaintStyles.paint("fill", fill, a, out);
        } else {
            a.add("fill", "none");
            FxPaintStyles.paint("stroke", stroke, a, out);
            if (strokeWidth != 1) a.num("stroke-width", strokeWidth);
            if (style != null && !style.getDashArray().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (Double d : style.getDashArray())
                    sb.append(sb.length() > 0 ? "," : "").append(FxPaintStyles.num(d * strokeWidth));
                a.add("stroke-dasharray", sb.toString());
            }
        }
        out.shape(tag, a);
    }

    private static double radius(double r, boolean percentage, double size) {
        return percentage ? r * size : r;
    }

    private static String roundedBox(
            double x, double y, double w, double h, double tl, double tr, double br, double bl) {
        StringBuilder sb =
                new StringBuilder("M").append(pt(x + tl, y)).append(" H").append(FxPaintStyles.num(x + w - tr));
        if (tr > 0)
            sb.append(" A")
                    .append(FxPaintStyles.num(tr))
                    .append(' ')
                    .append(FxPaintStyles.num(tr))
                    .append(" 0 0 1 ")
                    .append(pt(x + w, y + tr));
        sb.append(" V").append(FxPaintStyles.num(y + h - br));
        if (br > 0)
            sb.append(" A")
                    .append(FxPaintStyles.num(br))
                    .append(' ')
                    .append(FxPaintStyles.num(br))
                    .append(" 0 0 1 ")
                    .append(pt(x + w - br, y + h));
        sb.append(" H").append(FxPaintStyles.num(x + bl));
        if (bl > 0)
            sb.append(" A")
                    .append(FxPaintStyles.num(bl))
                    .append(' ')
                    .append(FxPaintStyles.num(bl))
                    .append(" 0 0 1 ")
                    .append(pt(x, y + h - bl));
        sb.append(" V").append(FxPaintStyles.num(y + tl));
        if (tl > 0)
            sb.append(" A")
                    .append(FxPaintStyles.num(tl))
                    .append(' ')
                    .append(FxPaintStyles.num(tl))
                    .append(" 0 0 1 ")
                    .append(pt(x + tl, y));
        return sb.append(" Z").toString();
    }

    private static String pt(double x, double y) {
        return FxPaintStyles.num(x) + ',' + FxPaintStyles.num(y);
    }

    /**
     * A region with a shape ({@code -fx-shape}: a check mark, an arrow, a close cross; or one a
     * skin set): each background fill fills the shape within its insets, the shape scaled to the
     * region (JavaFX's default) or kept at its size, centred or where it is.
     */
    private static void shapedRegion(Region r, Shape shape, String d, FxDrawingOut out) {
        Background background = r.getBackground();
        if (background == null || background.getFills().isEmpty()) return;
        Bounds sb = shape.getLayoutBounds();
        if (!(sb.getWidth() > 0) || !(sb.getHeight() > 0)) return;
        // The box the shape fills: the region's (scaled), or the shape's own, centred in the
        // region or where the shape says (a skin may shape a 0x0 region: a progress pie).
        double bx = 0, by = 0, bw = r.getWidth(), bh = r.getHeight();
        if (!r.isScaleShape()) {
            bw = sb.getWidth();
            bh = sb.getHeight();
            bx = r.isCenterShape() ? (r.getWidth() - bw) / 2 : sb.getMinX();
            by = r.isCenterShape() ? (r.getHeight() - bh) / 2 : sb.getMinY();
        }
        FxDrawingOut.Place saved = out.place;
        try {
            for (BackgroundFill fill : background.getFills()) {
                if (!FxPaintStyles.visible(fill.getFill())) continue;
                // Each fill's insets shrink the shape within that box, as JavaFX does.
                Insets in = fill.getInsets();
                double w = bw - in.getLeft() - in.getRight(), h = bh - in.getTop() - in.getBottom();
                if (w <= 0 || h <= 0) continue;
                double sx = w / sb.getWidth(), sy = h / sb.getHeight();
                double tx = bx + in.getLeft() - sb.getMinX() * sx, ty = by + in.getTop() - sb.getMinY() * sy;
                out.place = saved.then(new Affine(sx, 0, tx, 0, sy, ty));
                FxDrawingOut.Attrs a = new FxDrawingOut.Attrs().add("d", d);
                if (evenOdd(shape)) a.add("fill-rule", "evenodd");
                FxPaintStyles.paint("fill", fill.getFill(), a, out);
                out.localShape("path", a);
            }
        } finally {
            out.place = saved;
        }
    }

    /**
     * A region's shape as path data: a CSS {@code -fx-shape} is an {@code SVGPath}; skins also
     * set shapes in code (the pie of a determinate progress indicator is an {@code Arc}). Null
     * for none or one we cannot express.
     */
    private static String shapePath(Shape shape) {
        String d = null;
        if (shape instanceof SVGPath) d = ((SVGPath) shape).getContent();
        else if (shape instanceof javafx.scene.shape.Arc) d = FxShapeElements.arc((javafx.scene.shape.Arc) shape, 0, 0);
        else if (shape instanceof javafx.scene.shape.Path)
            d = FxShapeElements.path((javafx.scene.shape.Path) shape, 0, 0);
        else if (shape instanceof javafx.scene.shape.Circle) {
            javafx.scene.shape.Circle c = (javafx.scene.shape.Circle) shape;
            d = ellipse(c.getCenterX(), c.getCenterY(), c.getRadius(), c.getRadius());
        } else if (shape instanceof javafx.scene.shape.Ellipse) {
            javafx.scene.shape.Ellipse e = (javafx.scene.shape.Ellipse) shape;
            d = ellipse(e.getCenterX(), e.getCenterY(), e.getRadiusX(), e.getRadiusY());
        }
        return d == null || d.isBlank() ? null : d;
    }

    /** An ellipse as two half arcs (one SVG arc cannot close on itself). */
    private static String ellipse(double cx, double cy, double rx, double ry) {
        if (!(rx > 0) || !(ry > 0)) return null;
        String r = "A" + FxPaintStyles.num(rx) + ' ' + FxPaintStyles.num(ry) + " 0 1 0 ";
        return "M" + FxPaintStyles.num(cx - rx) + ',' + FxPaintStyles.num(cy) + ' ' + r + FxPaintStyles.num(cx + rx)
                + ',' + FxPaintStyles.num(cy) + ' ' + r + FxPaintStyles.num(cx - rx) + ',' + FxPaintStyles.num(cy)
                + " Z";
    }

    private static boolean evenOdd(Shape shape) {
        javafx.scene.shape.FillRule rule = shape instanceof SVGPath
                ? ((SVGPath) shape).getFillRule()
                : shape instanceof javafx.scene.shape.Path ? ((javafx.scene.shape.Path) shape).getFillRule() : null;
        return rule == javafx.scene.shape.FillRule.EVEN_ODD;
    }
}
