package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.PixelImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.RenderedImage;

/**
 * Bitmaps as IMAGE elements ({@code x y width height}, a {@code transform} when rotated or
 * flipped, {@code opacity} from the composite). Every {@code drawImage} variant comes down to
 * {@link #place}: a {@link PixelImage} and the transform from its pixels to user space.
 */
final class ImageElements {
    /** A shape filled with a paint SVG cannot express is rasterised up to this many pixels. */
    private static final long MAX_RASTER_PIXELS = 4L << 20;

    private ImageElements() {}

    static boolean placed(RecordingGraphics g, Image img, int x, int y, int w, int h, Color bg) {
        if (img == null || !g.rec.accepting()) return true;
        try {
            PixelImage pixels = ImagePixels.of(img);
            if (pixels == null) return false;
            if (w == 0 || h == 0) return true;
            double sx = w < 0 ? 1 : (double) w / pixels.width(), sy = h < 0 ? 1 : (double) h / pixels.height();
            place(g, pixels, new AffineTransform(sx, 0, 0, sy, x, y), bg);
            return true;
        } catch (RuntimeException e) {
            g.failed("drawImage", e);
            return true;
        }
    }

    static boolean part(
            RecordingGraphics g,
            Image img,
            int dx1,
            int dy1,
            int dx2,
            int dy2,
            int sx1,
            int sy1,
            int sx2,
            int sy2,
            Color bg) {
        if (img == null || !g.rec.accepting()) return true;
        if (dx1 == dx2 || dy1 == dy2 || sx1 == sx2 || sy1 == sy2) return true;
        try {
            int sx = Math.min(sx1, sx2), sy = Math.min(sy1, sy2);
            PixelImage pixels = ImagePixels.of(img, sx, sy, Math.abs(sx2 - sx1), Math.abs(sy2 - sy1));
            if (pixels == null) return img.getWidth(null) >= 0;
            // Source point (sx1, sy1) lands on (dx1, dy1), (sx2, sy2) on (dx2, dy2); flips included.
            double scaleX = (double) (dx2 - dx1) / (sx2 - sx1), scaleY = (double) (dy2 - dy1) / (sy2 - sy1);
            AffineTransform toUser = new AffineTransform(scaleX, 0, 0, scaleY, dx1 - sx1 * scaleX, dy1 - sy1 * scaleY);
            toUser.translate(Math.max(0, sx), Math.max(0, sy)); // the copied part starts there
            place(g, pixels, toUser, bg);
            return true;
        } catch (RuntimeException e) {
            g.failed("drawImage", e);
            return true;
        }
    }

    static boolean transformed(RecordingGraphics g, Image img, AffineTransform xform) {
        if (img == null || !g.rec.accepting()) return true;
        try {
            PixelImage pixels = ImagePixels.of(img);
            if (pixels == null) return false;
            place(g, pixels, xform == null ? new AffineTransform() : new AffineTransform(xform), null);
            return true;
        } catch (RuntimeException e) {
            g.failed("drawImage", e);
            return true;
        }
    }

    static void filtered(RecordingGraphics g, BufferedImage img, BufferedImageOp op, int x, int y) {
        if (img == null || !g.rec.accepting()) return;
        try {
            BufferedImage result = op == null ? img : op.filter(img, null);
            placed(g, result, x, y, -1, -1, null);
        } catch (RuntimeException e) {
            g.failed("drawImage with op", e);
        }
    }

    static void rendered(RecordingGraphics g, RenderedImage img, AffineTransform xform) {
        if (img == null || !g.rec.accepting()) return;
        try {
            PixelImage pixels = ImagePixels.ofRendered(img);
            if (pixels == null) return;
            AffineTransform toUser = xform == null ? new AffineTransform() : new AffineTransform(xform);
            toUser.translate(img.getMinX(), img.getMinY());
            place(g, pixels, toUser, null);
        } catch (RuntimeException e) {
            g.failed("drawRenderedImage", e);
        }
    }

    /** Device {@code bounds} of {@code shape} filled with a paint SVG cannot express, as pixels. */
    static void paintedShape(RecordingGraphics g, Shape shape, Rectangle2D bounds, double alpha) {
        Rectangle2D visible = Clips.inArea(bounds, g.rec.width(), g.rec.height());
        if (visible == null || !Clips.overlaps(g.clip, visible)) return;
        Rectangle r = visible.getBounds();
        if ((long) r.width * r.height > MAX_RASTER_PIXELS) {
            g.rec.unsupported("paint " + g.paint.getClass().getName());
            return;
        }
        BufferedImage image = new BufferedImage(r.width, r.height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D ig = image.createGraphics();
        try {
            ig.setRenderingHints(g.hints);
            ig.translate(-r.x, -r.y);
            if (g.clip != null) ig.clip(g.clip);
            ig.transform(g.tx);
            ig.setPaint(g.paint);
            ig.fill(shape);
        } finally {
            ig.dispose();
        }
        int[] argb = new int[r.width * r.height];
        image.getRaster().getDataElements(0, 0, r.width, r.height, argb);
        emit(
                g,
                new PixelImage(r.width, r.height, argb),
                AffineTransform.getTranslateInstance(r.x, r.y),
                new Rectangle2D.Double(r.x, r.y, r.width, r.height),
                alpha);
    }

    /** Draws {@code pixels} mapped into user space by {@code toUser}, over {@code bg} if given. */
    private static void place(RecordingGraphics g, PixelImage pixels, AffineTransform toUser, Color bg) {
        AffineTransform full = new AffineTransform(g.tx);
        full.concatenate(toUser);
        Rectangle2D bounds = full.createTransformedShape(new Rectangle2D.Double(0, 0, pixels.width(), pixels.height()))
                .getBounds2D();
        double alpha = g.compositeAlpha(bounds, pixels.opaque() || bg != null && bg.getAlpha() == 255);
        if (alpha < 0) return;
        if (bg != null && !pixels.opaque()) {
            java.awt.Paint saved = g.paint;
            AffineTransform savedTx = g.tx;
            g.paint = bg;
            g.tx = full;
            try {
                ShapeElements.fill(g, new Rectangle2D.Double(0, 0, pixels.width(), pixels.height()));
            } finally {
                g.paint = saved;
                g.tx = savedTx;
            }
        }
        emit(g, pixels, full, bounds, alpha);
    }

    private static void emit(
            RecordingGraphics g, PixelImage pixels, AffineTransform full, Rectangle2D bounds, double alpha) {
        Svg.Attrs a = new Svg.Attrs();
        AffineTransform local = null;
        boolean axisAligned = (full.getType()
                                & ~(AffineTransform.TYPE_TRANSLATION
                                        | AffineTransform.TYPE_GENERAL_SCALE
                                        | AffineTransform.TYPE_UNIFORM_SCALE))
                        == 0
                && full.getScaleX() > 0
                && full.getScaleY() > 0;
        double w = pixels.width(), h = pixels.height();
        if (axisAligned) {
            w *= full.getScaleX();
            h *= full.getScaleY();
            a.num("x", full.getTranslateX())
                    .num("y", full.getTranslateY())
                    .num("width", w)
                    .num("height", h);
        } else {
            local = full;
            a.add("x", "0").add("y", "0").num("width", w).num("height", h).add("transform", Svg.preciseMatrix(full));
        }
        Object interpolation = g.hints.get(RenderingHints.KEY_INTERPOLATION);
        // Also when unscaled here: on a HiDPI screen Java scales the bitmap to device pixels with
        // the same interpolation, and so does the browser showing the replay at that scale.
        if (interpolation == null || interpolation == RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR) {
            a.add("style", "image-rendering:pixelated");
        }
        if (alpha < 0.9995) a.add("opacity", Svg.opacity(alpha));
        g.emit(DrawElement.Role.IMAGE, "use", a, null, pixels, bounds, local);
    }
}
