package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.view.DocumentText;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text as {@code <text>} elements, one per line as JavaFX laid it out (wrapping, alignment,
 * explicit line breaks): the lines come from the public layout queries {@code rangeShape}
 * (one rectangle per line) and {@code hitTest} (where each line starts), asked only of text
 * that can have more than one line. Each line is forced to JavaFX's width with
 * {@code textLength}, so the replay wraps nowhere else whatever the browser's font metrics.
 * Inside a {@link TextFlow} JavaFX lays out the flow, not its texts (a text's own queries are
 * wrong there), so a flow draws its texts itself, in its coordinates.
 */
final class FxTextElements {
    private FxTextElements() {}

    /** One laid-out line: where its box is, which characters it shows. */
    private record Line(double minX, double minY, double maxX, double maxY, int start) {}

    /** Whether the flow around {@code t} draws it (a text with a privacy marker draws itself). */
    static boolean drawnByFlow(Text t) {
        return t.getParent() instanceof TextFlow && FxPrivacyFacts.of(t) == PrivacyMarker.NONE;
    }

    /** A text node on its own (not drawn by a flow). */
    static void text(Text t, FxDrawingOut out) {
        String s = t.getText();
        if (s == null || s.isEmpty() || !FxPaintStyles.visible(t.getFill())) return;
        Bounds lb = t.getLayoutBounds();
        double baseline = lb.getMinY() + t.getBaselineOffset();
        if (s.indexOf('\n') < 0 && t.getWrappingWidth() <= 0) {
            line(t, s, lb.getMinX(), baseline, lb.getWidth(), out);
            return;
        }
        List<Line> lines = lines(t.rangeShape(0, s.length()), p -> t.hitTest(p).getCharIndex());
        if (lines.isEmpty()) return;
        double ascent = baseline - lines.get(0).minY();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int end = i + 1 < lines.size() ? lines.get(i + 1).start() : s.length();
            if (end <= l.start()) continue;
            String shown = trimEnd(s.substring(l.start(), end));
            if (shown.isEmpty()) continue;
            double width = l.maxX() - l.minX();
            if (shown.length() < end - l.start() - (s.charAt(end - 1) == '\n' ? 1 : 0)) {
                width = width(t.rangeShape(l.start(), l.start() + shown.length()));
            }
            line(t, shown, l.minX(), l.minY() + ascent, width, out);
        }
    }

    /** The texts of a flow, each line of each text where the flow put it. */
    static void flow(TextFlow flow, FxDrawingOut out) {
        int offset = 0;
        for (Node child : flow.getChildrenUnmodifiable()) {
            if (!(child instanceof Text)) {
                offset++; // an embedded node is one character of the flow's text
                continue;
            }
            Text t = (Text) child;
            String s = t.getText() == null ? "" : t.getText();
            int start = offset;
            offset += s.length();
            if (s.isEmpty() || !t.isVisible() || !drawnByFlow(t) || !FxPaintStyles.visible(t.getFill())) continue;
            int from = start, to = offset;
            List<Line> lines =
                    lines(flow.rangeShape(from, to), p -> flow.hitTest(p).getCharIndex());
            double ascent = t.getBaselineOffset();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                int lineStart = Math.max(from, Math.min(to, i == 0 ? from : l.start()));
                int lineEnd = i + 1 < lines.size()
                        ? Math.max(lineStart, Math.min(to, lines.get(i + 1).start()))
                        : to;
                if (lineEnd <= lineStart) continue;
                String shown = trimEnd(s.substring(lineStart - start, lineEnd - start));
                if (shown.isEmpty()) continue;
                double width = l.maxX() - l.minX();
                if (shown.length() < lineEnd - lineStart)
                    width = width(flow.rangeShape(lineStart, lineStart + shown.length()));
                // Lines of mixed sizes share a baseline JavaFX does not publish: this text's ascent
                // below the line's top is right when this text sets the line's height.
                line(t, shown, l.minX(), l.minY() + ascent, width, out);
            }
        }
    }

    private static void line(Text t, String s, double x, double baseline, double width, FxDrawingOut out) {
        String shown = DocumentText.of(s);
        if (shown.isBlank() && !t.isUnderline() && !t.isStrikethrough()) return;
        Font font = t.getFont();
        FxDrawingOut.Attrs a = new FxDrawingOut.Attrs()
                .num("x", x + out.ox())
                .num("y", baseline + out.oy())
                .add("font-family", FxFontFamilies.family(font))
                .num("font-size", font.getSize())
                .add("font-weight", FxFontFamilies.weight(font))
                .add("font-style", FxFontFamilies.italic(font) ? "italic" : null);
        FxPaintStyles.paint("fill", t.getFill(), a, out);
        if (t.isUnderline() && t.isStrikethrough()) a.add("text-decoration", "underline line-through");
        else if (t.isUnderline()) a.add("text-decoration", "underline");
        else if (t.isStrikethrough()) a.add("text-decoration", "line-through");
        if (width > 0) a.num("textLength", width).add("lengthAdjust", "spacingAndGlyphs");
        if (shown.startsWith(" ") || shown.endsWith(" ") || shown.contains("  ")) a.add("style", "white-space:pre");
        out.text(shown, a);
    }

    /** The line boxes of a range shape (a MoveTo and four LineTos each) and where each line starts. */
    private static List<Line> lines(PathElement[] shape, java.util.function.ToIntFunction<Point2D> hit) {
        List<Line> lines = new ArrayList<>();
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        boolean open = false;
        for (PathElement e : shape) {
            double x, y;
            if (e instanceof MoveTo) {
                if (open) lines.add(line(minX, minY, maxX, maxY, hit));
                x = ((MoveTo) e).getX();
                y = ((MoveTo) e).getY();
                minX = maxX = x;
                minY = maxY = y;
                open = true;
            } else if (e instanceof LineTo) {
                x = ((LineTo) e).getX();
                y = ((LineTo) e).getY();
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        if (open) lines.add(line(minX, minY, maxX, maxY, hit));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).start() < lines.get(i - 1).start()) return List.of(); // not in reading order
        }
        return lines;
    }

    private static Line line(
            double minX, double minY, double maxX, double maxY, java.util.function.ToIntFunction<Point2D> hit) {
        return new Line(minX, minY, maxX, maxY, hit.applyAsInt(new Point2D(minX + 0.01, (minY + maxY) / 2)));
    }

    private static double width(PathElement[] shape) {
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (PathElement e : shape) {
            if (e instanceof MoveTo) {
                min = Math.min(min, ((MoveTo) e).getX());
                max = Math.max(max, ((MoveTo) e).getX());
            } else if (e instanceof LineTo) {
                min = Math.min(min, ((LineTo) e).getX());
                max = Math.max(max, ((LineTo) e).getX());
            }
        }
        return max > min ? max - min : 0;
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }
}
