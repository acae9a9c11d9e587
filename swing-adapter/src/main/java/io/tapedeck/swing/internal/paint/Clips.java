package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.DrawElement;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.util.Collections;

/**
 * Clip arithmetic in device space, and clips as {@code clipPath} definitions. Most Swing clips
 * are rectangles under translations, so rectangles stay rectangles; anything else becomes an
 * {@link Area}. An element needs a {@code clip-path} only when it crosses the clip's edge.
 */
final class Clips {
    private Clips() {}

    static Shape intersect(Shape current, Shape added) {
        if (current == null) return added;
        if (current instanceof Rectangle2D && added instanceof Rectangle2D) {
            Rectangle2D a = (Rectangle2D) current, b = (Rectangle2D) added;
            double x = Math.max(a.getX(), b.getX()), y = Math.max(a.getY(), b.getY());
            double r = Math.min(a.getMaxX(), b.getMaxX()), bottom = Math.min(a.getMaxY(), b.getMaxY());
            return new Rectangle2D.Double(x, y, Math.max(0, r - x), Math.max(0, bottom - y));
        }
        Area area = new Area(current);
        area.intersect(new Area(added));
        return area;
    }

    /** The part of device {@code bounds} inside the recording's area, or null when none is. */
    static Rectangle2D inArea(Rectangle2D bounds, int width, int height) {
        double x0 = Math.max(bounds.getMinX(), 0), y0 = Math.max(bounds.getMinY(), 0);
        double x1 = Math.min(bounds.getMaxX(), width), y1 = Math.min(bounds.getMaxY(), height);
        if (x1 <= x0 || y1 <= y0) return null;
        return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }

    /** Whether {@code r} and the clip's bounds overlap (an element outside is not recorded). */
    static boolean overlaps(Shape clip, Rectangle2D r) {
        if (clip == null) return true;
        Rectangle2D c = clip.getBounds2D();
        return c.getMinX() < r.getMaxX()
                && c.getMaxX() > r.getMinX()
                && c.getMinY() < r.getMaxY()
                && c.getMaxY() > r.getMinY();
    }

    /** Whether an element covering {@code r} lies inside the clip (needs no clip-path). */
    static boolean contains(Shape clip, Rectangle2D r) {
        if (clip == null) return true;
        if (clip instanceof Rectangle2D) {
            Rectangle2D c = (Rectangle2D) clip;
            double e = 0.01;
            return c.getMinX() <= r.getMinX() + e
                    && c.getMinY() <= r.getMinY() + e
                    && c.getMaxX() >= r.getMaxX() - e
                    && c.getMaxY() >= r.getMaxY() - e;
        }
        return clip.contains(r);
    }

    /**
     * The id of a {@code clipPath} for device-space {@code clip}; {@code local} is the transform
     * of the element using it (a clip path is read in the element's own coordinates).
     */
    static String define(PaintRecording rec, Shape clip, AffineTransform local) {
        Svg.Attrs child = new Svg.Attrs();
        String tag;
        if (clip instanceof Rectangle2D) {
            Rectangle2D r = (Rectangle2D) clip;
            tag = "rect";
            child.num("x", r.getX())
                    .num("y", r.getY())
                    .num("width", r.getWidth())
                    .num("height", r.getHeight());
        } else {
            tag = "path";
            child.add("d", Svg.pathData(clip.getPathIterator(null), null, null));
        }
        if (local != null) {
            try {
                child.add("transform", Svg.preciseMatrix(local.createInverse()));
            } catch (NoninvertibleTransformException e) {
                child.add("transform", "scale(0)");
            }
        }
        return rec.define(
                "clipPath", "c", Collections.singletonList(DrawElement.shape(tag, child.toArray())), new Svg.Attrs());
    }
}
