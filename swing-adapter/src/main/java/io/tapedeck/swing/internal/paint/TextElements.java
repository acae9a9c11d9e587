package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.DocumentText;
import io.tapedeck.core.internal.view.DrawElement;
import java.awt.Font;
import java.awt.Transparency;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

/**
 * Text as {@code <text>} elements: the physical font family, size, weight and style, and Java's
 * own advance forced through {@code textLength}, so the replayed text is exactly as wide as on
 * screen whatever the browser's font. Glyph vectors (TextLayout, Nimbus' printing path) become
 * text again through {@link GlyphChars}; glyphs that do not map (ligatures, private fonts,
 * right-to-left runs in visual order) are drawn as outlines.
 */
final class TextElements {
    private TextElements() {}

    static void string(RecordingGraphics g, String s, double x, double y) {
        if (s == null || s.isEmpty() || !g.rec.accepting()) return;
        try {
            text(g, s, g.font, x, y, -1, null);
        } catch (RuntimeException e) {
            g.failed("drawString", e);
        }
    }

    static void glyphs(RecordingGraphics g, GlyphVector gv, float x, float y) {
        if (gv == null || !g.rec.accepting()) return;
        try {
            int n = gv.getNumGlyphs();
            if (n == 0) return;
            String text = plainText(gv);
            if (text != null) {
                Point2D first = gv.getGlyphPosition(0), end = gv.getGlyphPosition(n);
                text(g, text, gv.getFont(), x + first.getX(), y + first.getY(), end.getX() - first.getX(), gv);
            } else {
                ShapeElements.fill(g, gv.getOutline(x, y));
            }
        } catch (RuntimeException e) {
            g.failed("drawGlyphVector", e);
        }
    }

    /** The characters of a glyph vector laid out on one baseline, or null. */
    private static String plainText(GlyphVector gv) {
        int n = gv.getNumGlyphs();
        double baseline = gv.getGlyphPosition(0).getY();
        for (int i = 0; i < n; i++) {
            if (gv.getGlyphTransform(i) != null || gv.getGlyphPosition(i).getY() != baseline) return null;
        }
        String text = GlyphChars.text(gv);
        if (text == null) return null;
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return null; // visual order would be reordered again by the browser
            }
        }
        return text;
    }

    /** @param advance Java's advance of the text in user space, or negative to measure it */
    private static void text(
            RecordingGraphics g, String s, Font font, double x, double y, double advance, GlyphVector laidOut) {
        String shown = DocumentText.of(s);
        Map<TextAttribute, ?> attributes = font.getAttributes();
        String decoration = decoration(attributes);
        if (shown.trim().isEmpty() && decoration == null) return;
        FontRenderContext frc = g.getFontRenderContext();
        Font plain = font.isTransformed() ? font.deriveFont(new AffineTransform()) : font;
        if (advance < 0 || font.isTransformed())
            advance = plain.getStringBounds(s, frc).getWidth();
        LineMetrics lm = plain.getLineMetrics(s, frc);

        AffineTransform tx = g.tx;
        AffineTransform local = null;
        double px = x, py = y;
        // Translations and uniform scales (a HiDPI screen's) are baked into the coordinates.
        double k = uniformScale(tx);
        if (k > 0 && !font.isTransformed()) {
            px = x * k + tx.getTranslateX();
            py = y * k + tx.getTranslateY();
        } else {
            k = 1;
            local = new AffineTransform(tx);
            if (font.isTransformed()) {
                local.translate(x, y);
                local.concatenate(font.getTransform());
                px = 0;
                py = 0;
            }
        }
        Rectangle2D box = new Rectangle2D.Double(
                px, py - lm.getAscent() * k, Math.max(advance * k, 1), (lm.getAscent() + lm.getDescent()) * k);
        Rectangle2D bounds =
                local == null ? box : local.createTransformedShape(box).getBounds2D();
        double alpha = g.compositeAlpha(bounds, g.paint.getTransparency() == Transparency.OPAQUE);
        if (alpha < 0) return;
        PaintStyles.Ref ref = PaintStyles.ref(g.paint, local == null ? tx : new AffineTransform(), g.rec);
        if (ref == null) { // a paint SVG cannot express: the outlines, rasterised with it
            ShapeElements.fill(g, font.createGlyphVector(frc, s).getOutline((float) x, (float) y));
            return;
        }
        String glyphXs = local == null
                ? glyphPositions(laidOut != null ? laidOut : plain.createGlyphVector(frc, s), s.length(), px, k)
                : null;
        Svg.Attrs a = (glyphXs != null ? new Svg.Attrs().add("x", glyphXs) : new Svg.Attrs().num("x", px))
                .num("y", py)
                .add("font-family", FontFamilies.css(font))
                .num("font-size", plain.getSize2D() * k)
                .add("font-weight", weight(font, attributes))
                .add("font-style", font.isItalic() ? "italic" : null);
        ShapeElements.paint(a, "fill", ref, alpha);
        if (advance > 0 && glyphXs == null) a.num("textLength", advance * k).add("lengthAdjust", "spacingAndGlyphs");
        if (shown.startsWith(" ") || shown.endsWith(" ") || shown.contains("  ")) a.add("style", "white-space:pre");
        a.add("text-decoration", decoration);
        if (local != null) a.add("transform", Svg.preciseMatrix(local));
        g.emit(DrawElement.Role.TEXT, "text", a, shown, null, bounds, local);
    }

    /**
     * Where Java put each glyph, as an SVG {@code x} list ("12 19 26.5"), when there is one glyph
     * per character; else null. Placing every glyph where Java placed it (rather than stretching
     * the run to Java's width) keeps the replayed glyphs on the same pixels. Core keeps only
     * the first position when it masks the text, so masked text reveals no glyph widths.
     */
    private static String glyphPositions(GlyphVector gv, int chars, double x0, double k) {
        int n = gv.getNumGlyphs();
        if (n != chars || n < 2) return null;
        double first = gv.getGlyphPosition(0).getX();
        StringBuilder sb = new StringBuilder(n * 4);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            sb.append(Svg.num(x0 + (gv.getGlyphPosition(i).getX() - first) * k));
        }
        return sb.toString();
    }

    /** The factor of a transform that only translates and scales the same both ways, else 0. */
    private static double uniformScale(AffineTransform t) {
        int type = t.getType() & ~AffineTransform.TYPE_TRANSLATION;
        if (type == 0) return 1;
        if ((type & ~AffineTransform.TYPE_UNIFORM_SCALE) != 0 || t.getScaleX() <= 0) return 0;
        return t.getScaleX();
    }

    private static String weight(Font font, Map<TextAttribute, ?> attributes) {
        Object w = attributes.get(TextAttribute.WEIGHT);
        if (w instanceof Number) {
            float f = ((Number) w).floatValue();
            if (f == 1f) return null;
            // TextAttribute weights: 1 regular, 2 bold, 0.5 extra light... CSS: 400, 700, 200.
            int css = Math.round(Math.max(100, Math.min(900, f <= 1 ? 400 * f : 400 + (f - 1) * 300)) / 100f) * 100;
            return css == 700 ? "bold" : Integer.toString(css);
        }
        return font.isBold() ? "bold" : null;
    }

    private static String decoration(Map<TextAttribute, ?> attributes) {
        boolean under = attributes.get(TextAttribute.UNDERLINE) != null
                && !Integer.valueOf(-1).equals(attributes.get(TextAttribute.UNDERLINE));
        boolean through = Boolean.TRUE.equals(attributes.get(TextAttribute.STRIKETHROUGH));
        if (under && through) return "underline line-through";
        return under ? "underline" : through ? "line-through" : null;
    }
}
