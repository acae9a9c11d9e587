package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.PixelImage;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A {@link Graphics2D} that records instead of drawing: each call becomes SVG elements of its
 * {@link PaintRecording}, in device coordinates of the component. It keeps the state a screen
 * graphics keeps (transform, clip, paint, stroke, font, composite, hints) and answers metrics
 * like one, so the component lays out exactly as on screen. Never throws out of a drawing call:
 * what it cannot express marks the recording {@link PaintRecording#unsupported() unsupported}.
 */
class RecordingGraphics extends Graphics2D {
    final PaintRecording rec;
    AffineTransform tx;
    /** In device space; null: unclipped. */
    Shape clip;

    Paint paint;
    Color color;
    Color background;
    Stroke stroke;
    Font font;
    Composite composite;
    RenderingHints hints;
    boolean xor;

    RecordingGraphics(PaintRecording rec) {
        this.rec = rec;
        // As a real screen graphics on a scaled (HiDPI) screen: the scale is its transform.
        tx = AffineTransform.getScaleInstance(rec.scale(), rec.scale());
        clip = new Rectangle(0, 0, rec.width(), rec.height());
        color = Color.BLACK;
        paint = color;
        background = Color.WHITE;
        stroke = new BasicStroke();
        font = new Font(Font.DIALOG, Font.PLAIN, 12);
        composite = AlphaComposite.SrcOver;
        hints = rec.metrics().defaultHints();
    }

    RecordingGraphics(RecordingGraphics from) {
        rec = from.rec;
        tx = new AffineTransform(from.tx);
        clip = from.clip;
        paint = from.paint;
        color = from.color;
        background = from.background;
        stroke = from.stroke;
        font = from.font;
        composite = from.composite;
        hints = (RenderingHints) from.hints.clone();
        xor = from.xor;
    }

    /** A copy of this graphics of the same class (the PrintGraphics marker must survive). */
    RecordingGraphics copy() {
        return new RecordingGraphics(this);
    }

    @Override
    public Graphics create() {
        return copy();
    }

    @Override
    public void dispose() {}

    // ---- state -------------------------------------------------------------------------

    @Override
    public Color getColor() {
        return color;
    }

    @Override
    public void setColor(Color c) {
        if (c == null) return;
        color = c;
        paint = c;
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public void setPaint(Paint p) {
        if (p == null) return;
        paint = p;
        if (p instanceof Color) color = (Color) p;
    }

    @Override
    public void setPaintMode() {
        xor = false;
    }

    @Override
    public void setXORMode(Color c) {
        xor = true;
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        if (f != null) font = f;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setBackground(Color c) {
        background = c;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setStroke(Stroke s) {
        if (s != null) stroke = s; // SunGraphics2D throws; the recorder never does
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setComposite(Composite c) {
        if (c != null) composite = c; // SunGraphics2D throws; the recorder never does
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        if (key == null) return;
        if (value == null) hints.remove(key);
        else hints.put(key, value);
    }

    @Override
    public void setRenderingHints(Map<?, ?> h) {
        hints = rec.metrics().defaultHints();
        addRenderingHints(h);
    }

    @Override
    public void addRenderingHints(Map<?, ?> h) {
        if (h != null) hints.putAll(h);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    boolean antialiased() {
        return RenderingHints.VALUE_ANTIALIAS_ON.equals(hints.get(RenderingHints.KEY_ANTIALIASING));
    }

    boolean pureStrokes() {
        return RenderingHints.VALUE_STROKE_PURE.equals(hints.get(RenderingHints.KEY_STROKE_CONTROL));
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        // As SunGraphics2D: text antialiasing "default" follows shape antialiasing; no translation.
        Object aa = hints.get(RenderingHints.KEY_TEXT_ANTIALIASING);
        if (aa == null || aa == RenderingHints.VALUE_TEXT_ANTIALIAS_DEFAULT) {
            aa = antialiased() ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF;
        }
        Object fm = hints.get(RenderingHints.KEY_FRACTIONALMETRICS);
        if (fm == null) fm = RenderingHints.VALUE_FRACTIONALMETRICS_DEFAULT;
        AffineTransform linear = null;
        if (!isTranslation(tx)) {
            linear = new AffineTransform(tx.getScaleX(), tx.getShearY(), tx.getShearX(), tx.getScaleY(), 0, 0);
        }
        return new FontRenderContext(linear, aa, fm);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return rec.metrics().fontMetrics(f == null ? font : f, tx, hints);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return rec.metrics().configuration();
    }

    // ---- transform -----------------------------------------------------------------------

    static boolean isTranslation(AffineTransform t) {
        return (t.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0;
    }

    @Override
    public void translate(int x, int y) {
        tx.translate(x, y);
    }

    @Override
    public void translate(double x, double y) {
        tx.translate(x, y);
    }

    @Override
    public void rotate(double theta) {
        tx.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        tx.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        tx.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        tx.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform t) {
        if (t != null) tx.concatenate(t);
    }

    @Override
    public void setTransform(AffineTransform t) {
        if (t != null) tx = new AffineTransform(t);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(tx);
    }

    // ---- clip ----------------------------------------------------------------------------

    @Override
    public Shape getClip() {
        if (clip == null) return null;
        if (isTranslation(tx) && clip instanceof Rectangle2D) {
            Rectangle2D r = (Rectangle2D) clip;
            double x = r.getX() - tx.getTranslateX(), y = r.getY() - tx.getTranslateY();
            if (x == Math.rint(x)
                    && y == Math.rint(y)
                    && r.getWidth() == Math.rint(r.getWidth())
                    && r.getHeight() == Math.rint(r.getHeight())) {
                return new Rectangle((int) x, (int) y, (int) r.getWidth(), (int) r.getHeight());
            }
            return new Rectangle2D.Double(x, y, r.getWidth(), r.getHeight());
        }
        try {
            return tx.createInverse().createTransformedShape(clip);
        } catch (NoninvertibleTransformException e) {
            return new Rectangle();
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape s = getClip();
        return s == null ? null : s.getBounds();
    }

    @Override
    public void clipRect(int x, int y, int w, int h) {
        clip(new Rectangle(x, y, w, h));
    }

    @Override
    public void setClip(int x, int y, int w, int h) {
        setClip(new Rectangle(x, y, w, h));
    }

    @Override
    public void setClip(Shape s) {
        clip = s == null ? null : device(s);
    }

    @Override
    public void clip(Shape s) {
        if (s == null) {
            clip = null; // Graphics2D.clip(null) clears the clip
            return;
        }
        clip = Clips.intersect(clip, device(s));
    }

    /** {@code s} in device space; rectangles stay rectangles under translations. */
    Shape device(Shape s) {
        if (isTranslation(tx)) {
            if (tx.getTranslateX() == 0 && tx.getTranslateY() == 0) {
                // Copies: Swing reuses and mutates its Rectangles after handing them over.
                return s instanceof Rectangle2D ? ((Rectangle2D) s).getBounds2D() : new Path2D.Double(s);
            }
            if (s instanceof Rectangle2D) {
                Rectangle2D r = (Rectangle2D) s;
                return new Rectangle2D.Double(
                        r.getX() + tx.getTranslateX(), r.getY() + tx.getTranslateY(), r.getWidth(), r.getHeight());
            }
        }
        return tx.createTransformedShape(s);
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        if (s == null || rect == null) return false;
        Shape shape = onStroke ? stroke.createStrokedShape(s) : s;
        return tx.createTransformedShape(shape).intersects(rect);
    }

    // ---- shapes --------------------------------------------------------------------------

    @Override
    public void draw(Shape s) {
        ShapeElements.stroke(this, s);
    }

    @Override
    public void fill(Shape s) {
        ShapeElements.fill(this, s);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        ShapeElements.stroke(this, new Line2D.Float(x1, y1, x2, y2));
    }

    @Override
    public void drawRect(int x, int y, int w, int h) {
        if (w < 0 || h < 0) return;
        ShapeElements.stroke(this, new Rectangle(x, y, w, h));
    }

    @Override
    public void fillRect(int x, int y, int w, int h) {
        if (w <= 0 || h <= 0) return;
        ShapeElements.fill(this, new Rectangle(x, y, w, h));
    }

    @Override
    public void clearRect(int x, int y, int w, int h) {
        if (w <= 0 || h <= 0 || background == null) return;
        Composite saved = composite;
        Paint savedPaint = paint;
        composite = AlphaComposite.Src;
        paint = background;
        try {
            ShapeElements.fill(this, new Rectangle(x, y, w, h));
        } finally {
            composite = saved;
            paint = savedPaint;
        }
    }

    @Override
    public void drawRoundRect(int x, int y, int w, int h, int aw, int ah) {
        if (w < 0 || h < 0) return;
        ShapeElements.stroke(this, new RoundRectangle2D.Float(x, y, w, h, aw, ah));
    }

    @Override
    public void fillRoundRect(int x, int y, int w, int h, int aw, int ah) {
        if (w <= 0 || h <= 0) return;
        ShapeElements.fill(this, new RoundRectangle2D.Float(x, y, w, h, aw, ah));
    }

    @Override
    public void drawOval(int x, int y, int w, int h) {
        if (w < 0 || h < 0) return;
        ShapeElements.stroke(this, new Ellipse2D.Float(x, y, w, h));
    }

    @Override
    public void fillOval(int x, int y, int w, int h) {
        if (w <= 0 || h <= 0) return;
        ShapeElements.fill(this, new Ellipse2D.Float(x, y, w, h));
    }

    @Override
    public void drawArc(int x, int y, int w, int h, int start, int extent) {
        if (w < 0 || h < 0) return;
        ShapeElements.stroke(this, new Arc2D.Float(x, y, w, h, start, extent, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int w, int h, int start, int extent) {
        if (w <= 0 || h <= 0) return;
        ShapeElements.fill(this, new Arc2D.Float(x, y, w, h, start, extent, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xs, int[] ys, int n) {
        if (xs == null || ys == null) return;
        n = Math.min(n, Math.min(xs.length, ys.length));
        if (n <= 0) return;
        Path2D.Float p = new Path2D.Float(Path2D.WIND_NON_ZERO, n);
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) p.lineTo(xs[i], ys[i]);
        if (n == 1) p.lineTo(xs[0], ys[0]);
        ShapeElements.stroke(this, p);
    }

    @Override
    public void drawPolygon(int[] xs, int[] ys, int n) {
        Polygon p = polygon(xs, ys, n);
        if (p != null) ShapeElements.stroke(this, p);
    }

    @Override
    public void fillPolygon(int[] xs, int[] ys, int n) {
        Polygon p = polygon(xs, ys, n);
        if (p != null) ShapeElements.fill(this, p);
    }

    private static Polygon polygon(int[] xs, int[] ys, int n) {
        if (xs == null || ys == null) return null;
        n = Math.min(n, Math.min(xs.length, ys.length));
        return n <= 0 ? null : new Polygon(xs, ys, n);
    }

    @Override
    public void copyArea(int x, int y, int w, int h, int dx, int dy) {
        rec.unsupported("copyArea");
    }

    // ---- text ----------------------------------------------------------------------------

    @Override
    public void drawString(String s, int x, int y) {
        TextElements.string(this, s, x, y);
    }

    @Override
    public void drawString(String s, float x, float y) {
        TextElements.string(this, s, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, int x, int y) {
        drawString(it, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, float x, float y) {
        if (it == null || it.getBeginIndex() == it.getEndIndex()) return;
        try {
            // What SunGraphics2D does too: lay the runs out, which ends in drawGlyphVector/fill.
            new TextLayout(it, getFontRenderContext()).draw(this, x, y);
        } catch (RuntimeException e) {
            rec.unsupported("attributed text: " + e);
        }
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        TextElements.glyphs(this, g, x, y);
    }

    // ---- images --------------------------------------------------------------------------

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        return ImageElements.transformed(this, img, xform);
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        ImageElements.filtered(this, img, op, x, y);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        ImageElements.rendered(this, img, xform);
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        if (img == null) return;
        try {
            drawRenderedImage(img.createDefaultRendering(), xform);
        } catch (RuntimeException e) {
            rec.unsupported("renderable image: " + e);
        }
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver obs) {
        return ImageElements.placed(this, img, x, y, -1, -1, null);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver obs) {
        return ImageElements.placed(this, img, x, y, -1, -1, bg);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver obs) {
        return ImageElements.placed(this, img, x, y, w, h, null);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver obs) {
        return ImageElements.placed(this, img, x, y, w, h, bg);
    }

    @Override
    public boolean drawImage(
            Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver obs) {
        return ImageElements.part(this, img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, null);
    }

    @Override
    public boolean drawImage(
            Image img,
            int dx1,
            int dy1,
            int dx2,
            int dy2,
            int sx1,
            int sy1,
            int sx2,
            int sy2,
            Color bg,
            ImageObserver obs) {
        return ImageElements.part(this, img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bg);
    }

    // ---- output --------------------------------------------------------------------------

    /**
     * The extra alpha the composite gives an element over device {@code bounds}, or -1 when it
     * draws nothing (or nothing SVG can show, then the recording is marked unsupported).
     */
    double compositeAlpha(Rectangle2D bounds, boolean opaqueSource) {
        if (xor) {
            rec.unsupported("XOR mode");
            return -1;
        }
        if (!(composite instanceof AlphaComposite)) {
            rec.unsupported("composite " + composite.getClass().getName());
            return -1;
        }
        AlphaComposite ac = (AlphaComposite) composite;
        float alpha = ac.getAlpha();
        switch (ac.getRule()) {
            case AlphaComposite.SRC_OVER:
                return alpha;
            case AlphaComposite.DST:
                return -1;
            case AlphaComposite.SRC:
                if (opaqueSource && alpha == 1f) return 1;
                break;
            default:
                break;
        }
        if (rec.nothingDrawnUnder(bounds)) {
            // Over nothing, these rules leave the source (SRC_OVER-like) or nothing at all.
            switch (ac.getRule()) {
                case AlphaComposite.SRC:
                case AlphaComposite.DST_OVER:
                case AlphaComposite.SRC_OUT:
                case AlphaComposite.XOR:
                    return alpha;
                default:
                    return -1;
            }
        }
        rec.unsupported("composite rule " + ac.getRule());
        return -1;
    }

    /**
     * Adds an element covering device {@code bounds}: nothing when it lies outside the clip, a
     * {@code clip-path} when it crosses the clip's edge.
     *
     * @param local the element's {@code transform} attribute (null: written in device space)
     */
    void emit(
            DrawElement.Role role,
            String tag,
            Svg.Attrs attrs,
            String text,
            PixelImage image,
            Rectangle2D bounds,
            AffineTransform local) {
        if (!rec.accepting()) return;
        Rectangle2D visible = Clips.inArea(bounds, rec.width(), rec.height());
        if (visible == null || !Clips.overlaps(clip, visible)) return;
        if (!Clips.contains(clip, visible)) {
            attrs.add("clip-path", "url(#" + Clips.define(rec, clip, local) + ")");
        }
        DrawElement e;
        String[] pairs = attrs.toArray();
        switch (role) {
            case TEXT:
                e = DrawElement.text(text, pairs);
                break;
            case IMAGE:
                e = DrawElement.image(image, pairs);
                break;
            default:
                e = DrawElement.shape(tag, pairs);
                break;
        }
        rec.add(e, visible);
    }

    /** A drawing call failed on odd input: the recording is no longer faithful, the app never sees it. */
    void failed(String what, RuntimeException e) {
        rec.unsupported(what + ": " + e);
    }
}
