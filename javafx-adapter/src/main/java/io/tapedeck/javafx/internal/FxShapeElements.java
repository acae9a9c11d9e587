package io.tapedeck.javafx.internal;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.StrokeType;
import javafx.scene.shape.VLineTo;

/**
 * JavaFX shapes as SVG elements with their fill and stroke: width, dashes, caps and joins
 * (JavaFX's defaults are square caps and a miter limit of 10, SVG's butt and 4, so they are
 * always written), and the stroke type: SVG strokes are centred, so an inside or outside
 * stroke of a rectangle, circle or ellipse is drawn on a geometry grown or shrunk by half the
 * width; of other shapes it is approximated as centred.
 */
final class FxShapeElements {
    private FxShapeElements() {}

    static boolean isSupported(Shape s) {
        return s instanceof Rectangle
                || s instanceof Circle
                || s instanceof Ellipse
                || s instanceof Line
                || s instanceof Polygon
                || s instanceof Polyline
                || s instanceof Path
                || s instanceof SVGPath
                || s instanceof Arc
                || s instanceof QuadCurve
                || s instanceof CubicCurve;
    }

    static void draw(Shape s, FxDrawingOut out) {
        if (!isSupported(s)) return;
        boolean local = s instanceof SVGPath;
        Paint stroke = s.getStroke();
        boolean stroked = s.getStrokeWidth() > 0 && FxPaintStyles.visible(stroke);
        double grow = !stroked || s.getStrokeType() == StrokeType.CENTERED || !growable(s)
                ? 0
                : (s.getStrokeType() == StrokeType.OUTSIDE ? 1 : -1) * s.getStrokeWidth() / 2;
        FxDrawingOut.Attrs a = new FxDrawingOut.Attrs();
        String tag = geometry(s, 0, a, out);
        if (tag == null) return;
        boolean filled = !(s instanceof Line) && FxPaintStyles.paint("fill", s.getFill(), a, out);
        if (!filled) a.add("fill", "none");
        if (stroked && grow == 0) {
            strokeAttributes(s, a, out);
        } else if (!filled) {
            return;
        }
        if (!s.isSmooth()) a.add("shape-rendering", "crispEdges");
        emit(tag, a, local, out);
        if (stroked && grow != 0) {
            FxDrawingOut.Attrs b = new FxDrawingOut.Attrs();
            geometry(s, grow, b, out);
            b.add("fill", "none");
            strokeAttributes(s, b, out);
            if (!s.isSmooth()) b.add("shape-rendering", "crispEdges");
            emit(tag, b, false, out);
        }
    }

    private static void emit(String tag, FxDrawingOut.Attrs a, boolean local, FxDrawingOut out) {
        if (local) out.localShape(tag, a);
        else out.shape(tag, a);
    }

    private static boolean growable(Shape s) {
        return s instanceof Rectangle || s instanceof Circle || s instanceof Ellipse;
    }

    private static void strokeAttributes(Shape s, FxDrawingOut.Attrs a, FxDrawingOut out) {
        FxPaintStyles.paint("stroke", s.getStroke(), a, out);
        if (s.getStrokeWidth() != 1) a.num("stroke-width", s.getStrokeWidth());
        StrokeLineCap cap = s.getStrokeLineCap();
        if (cap == StrokeLineCap.SQUARE) a.add("stroke-linecap", "square");
        else if (cap == StrokeLineCap.ROUND) a.add("stroke-linecap", "round");
        StrokeLineJoin join = s.getStrokeLineJoin();
        if (join == StrokeLineJoin.BEVEL) a.add("stroke-linejoin", "bevel");
        else if (join == StrokeLineJoin.ROUND) a.add("stroke-linejoin", "round");
        else if (s.getStrokeMiterLimit() != 4) a.num("stroke-miterlimit", s.getStrokeMiterLimit());
        List<Double> dashes = s.getStrokeDashArray();
        if (!dashes.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Double d : dashes) {
                if (sb.length() > 0) sb.append(',');
                sb.append(FxPaintStyles.num(d == null ? 0 : d));
            }
            a.add("stroke-dasharray", sb.toString());
            if (s.getStrokeDashOffset() != 0) a.num("stroke-dashoffset", s.getStrokeDashOffset());
        }
    }

    /**
     * Writes the outline of {@code s} (grown by {@code grow} on each side where that applies)
     * into {@code a}, offset as {@code out} says (except an SVG path string, which the caller
     * places with a transform).
     *
     * @return the SVG tag, or null when the shape is empty or not supported
     */
    static String geometry(Shape s, double grow, FxDrawingOut.Attrs a, FxDrawingOut out) {
        double ox = out.ox(), oy = out.oy();
        if (s instanceof Rectangle) {
            Rectangle r = (Rectangle) s;
            double w = r.getWidth() + 2 * grow, h = r.getHeight() + 2 * grow;
            if (w <= 0 || h <= 0) return null;
            a.num("x", r.getX() - grow + ox)
                    .num("y", r.getY() - grow + oy)
                    .num("width", w)
                    .num("height", h);
            if (r.getArcWidth() > 0 && r.getArcHeight() > 0) {
                a.num("rx", Math.max(0, r.getArcWidth() / 2 + grow))
                        .num("ry", Math.max(0, r.getArcHeight() / 2 + grow));
            }
            return "rect";
        }
        if (s instanceof Circle) {
            Circle c = (Circle) s;
            double r = c.getRadius() + grow;
            if (r <= 0) return null;
            a.num("cx", c.getCenterX() + ox).num("cy", c.getCenterY() + oy).num("r", r);
            return "circle";
        }
        if (s instanceof Ellipse) {
            Ellipse e = (Ellipse) s;
            double rx = e.getRadiusX() + grow, ry = e.getRadiusY() + grow;
            if (rx <= 0 || ry <= 0) return null;
            a.num("cx", e.getCenterX() + ox)
                    .num("cy", e.getCenterY() + oy)
                    .num("rx", rx)
                    .num("ry", ry);
            return "ellipse";
        }
        if (s instanceof Line) {
            Line l = (Line) s;
            a.num("x1", l.getStartX() + ox)
                    .num("y1", l.getStartY() + oy)
                    .num("x2", l.getEndX() + ox)
                    .num("y2", l.getEndY() + oy);
            return "line";
        }
        if (s instanceof Polygon || s instanceof Polyline) {
            ObservableList<Double> p = s instanceof Polygon ? ((Polygon) s).getPoints() : ((Polyline) s).getPoints();
            if (p.size() < 4) return null;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i + 1 < p.size(); i += 2) {
                if (i > 0) sb.append(' ');
                sb.append(FxPaintStyles.num(p.get(i) + ox)).append(',').append(FxPaintStyles.num(p.get(i + 1) + oy));
            }
            a.add("points", sb.toString());
            return s instanceof Polygon ? "polygon" : "polyline";
        }
        if (s instanceof SVGPath) {
            String d = ((SVGPath) s).getContent();
            if (d == null || d.isBlank()) return null;
            a.add("d", d);
            if (((SVGPath) s).getFillRule() == FillRule.EVEN_ODD) a.add("fill-rule", "evenodd");
            return "path";
        }
        String d = s instanceof Path
                ? path((Path) s, ox, oy)
                : s instanceof Arc
                        ? arc((Arc) s, ox, oy)
                        : s instanceof QuadCurve
                                ? quad((QuadCurve) s, ox, oy)
                                : s instanceof CubicCurve ? cubic((CubicCurve) s, ox, oy) : null;
        if (d == null || d.isEmpty()) return null;
        a.add("d", d);
        if (s instanceof Path && ((Path) s).getFillRule() == FillRule.EVEN_ODD) a.add("fill-rule", "evenodd");
        return "path";
    }

    /** A path's elements as SVG commands; relative ones stay relative (the offset is for absolute ones). */
    static String path(Path p, double ox, double oy) {
        StringBuilder sb = new StringBuilder();
        for (PathElement e : p.getElements()) {
            boolean abs = e.isAbsolute();
            double dx = abs ? ox : 0, dy = abs ? oy : 0;
            if (sb.length() > 0) sb.append(' ');
            if (e instanceof MoveTo) {
                MoveTo m = (MoveTo) e;
                sb.append(abs ? 'M' : 'm').append(pt(m.getX() + dx, m.getY() + dy));
            } else if (e instanceof LineTo) {
                LineTo l = (LineTo) e;
                sb.append(abs ? 'L' : 'l').append(pt(l.getX() + dx, l.getY() + dy));
            } else if (e instanceof HLineTo) {
                sb.append(abs ? 'H' : 'h').append(FxPaintStyles.num(((HLineTo) e).getX() + dx));
            } else if (e instanceof VLineTo) {
                sb.append(abs ? 'V' : 'v').append(FxPaintStyles.num(((VLineTo) e).getY() + dy));
            } else if (e instanceof QuadCurveTo) {
                QuadCurveTo q = (QuadCurveTo) e;
                sb.append(abs ? 'Q' : 'q')
                        .append(pt(q.getControlX() + dx, q.getControlY() + dy))
                        .append(' ')
                        .append(pt(q.getX() + dx, q.getY() + dy));
            } else if (e instanceof CubicCurveTo) {
                CubicCurveTo c = (CubicCurveTo) e;
                sb.append(abs ? 'C' : 'c')
                        .append(pt(c.getControlX1() + dx, c.getControlY1() + dy))
                        .append(' ')
                        .append(pt(c.getControlX2() + dx, c.getControlY2() + dy))
                        .append(' ')
                        .append(pt(c.getX() + dx, c.getY() + dy));
            } else if (e instanceof ArcTo) {
                ArcTo r = (ArcTo) e;
                sb.append(abs ? 'A' : 'a')
                        .append(FxPaintStyles.num(r.getRadiusX()))
                        .append(' ')
                        .append(FxPaintStyles.num(r.getRadiusY()))
                        .append(' ')
                        .append(FxPaintStyles.num(r.getXAxisRotation()))
                        .append(' ')
                        .append(r.isLargeArcFlag() ? '1' : '0')
                        .append(' ')
                        .append(r.isSweepFlag() ? '1' : '0')
                        .append(' ')
                        .append(pt(r.getX() + dx, r.getY() + dy));
            } else if (e instanceof ClosePath) {
                sb.append('Z');
            }
        }
        return sb.toString();
    }

    /**
     * An arc as a path. JavaFX measures angles counter-clockwise on screen (y grows down), so
     * a point at angle t is (cx + rx cos t, cy - ry sin t) and a positive length is SVG's
     * negative sweep; a full turn is two half arcs (one SVG arc cannot close on itself).
     */
    static String arc(Arc arc, double ox, double oy) {
        double rx = arc.getRadiusX(), ry = arc.getRadiusY(), length = arc.getLength();
        if (rx <= 0 || ry <= 0 || length == 0) return null;
        double cx = arc.getCenterX() + ox, cy = arc.getCenterY() + oy;
        double start = Math.toRadians(arc.getStartAngle());
        boolean full = Math.abs(length) >= 360;
        double end = full ? start + Math.PI : Math.toRadians(arc.getStartAngle() + length);
        String sweep = length > 0 ? "0" : "1";
        String large = !full && Math.abs(length) > 180 ? "1" : "0";
        String r = FxPaintStyles.num(rx) + ' ' + FxPaintStyles.num(ry) + " 0 ";
        double sx = cx + rx * Math.cos(start), sy = cy - ry * Math.sin(start);
        double ex = cx + rx * Math.cos(end), ey = cy - ry * Math.sin(end);
        StringBuilder sb = new StringBuilder();
        if (arc.getType() == ArcType.ROUND && !full)
            sb.append('M').append(pt(cx, cy)).append(" L").append(pt(sx, sy));
        else sb.append('M').append(pt(sx, sy));
        sb.append(" A")
                .append(r)
                .append(large)
                .append(' ')
                .append(sweep)
                .append(' ')
                .append(pt(ex, ey));
        if (full)
            sb.append(" A").append(r).append("0 ").append(sweep).append(' ').append(pt(sx, sy));
        if (arc.getType() != ArcType.OPEN || full) sb.append(" Z");
        return sb.toString();
    }

    private static String quad(QuadCurve q, double ox, double oy) {
        return "M" + pt(q.getStartX() + ox, q.getStartY() + oy) + " Q" + pt(q.getControlX() + ox, q.getControlY() + oy)
                + ' ' + pt(q.getEndX() + ox, q.getEndY() + oy);
    }

    private static String cubic(CubicCurve c, double ox, double oy) {
        return "M" + pt(c.getStartX() + ox, c.getStartY() + oy) + " C"
                + pt(c.getControlX1() + ox, c.getControlY1() + oy) + ' '
                + pt(c.getControlX2() + ox, c.getControlY2() + oy) + ' ' + pt(c.getEndX() + ox, c.getEndY() + oy);
    }

    private static String pt(double x, double y) {
        return FxPaintStyles.num(x) + ',' + FxPaintStyles.num(y);
    }
}
