package io.tapedeck.core.internal.view;

import java.util.Objects;

/**
 * A border as far as it can be drawn without the toolkit: its insets, a style, a colour and,
 * for titled borders, the title. Drawn inside the node's box so children keep the positions
 * the toolkit gave them.
 */
public final class BorderSpec {
    /** How the border line looks. */
    public enum Style {
        NONE,
        LINE,
        ETCHED,
        RAISED,
        LOWERED,
        FOCUS
    }

    private final int top, left, bottom, right;
    private final Style style;
    private final int argb;
    private final int thickness;
    private final String title;

    public BorderSpec(int top, int left, int bottom, int right, Style style, int argb, int thickness, String title) {
        this.top = top;
        this.left = left;
        this.bottom = bottom;
        this.right = right;
        this.style = Objects.requireNonNull(style, "style");
        this.argb = argb;
        this.thickness = thickness;
        this.title = title;
    }

    public int top() {
        return top;
    }

    public int left() {
        return left;
    }

    public int bottom() {
        return bottom;
    }

    public int right() {
        return right;
    }

    public Style style() {
        return style;
    }
    /** Line colour, ARGB. */
    public int argb() {
        return argb;
    }
    /** Line thickness in pixels, for {@link Style#LINE}. */
    public int thickness() {
        return thickness;
    }
    /** Title of a titled border, or null. */
    public String title() {
        return title;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof BorderSpec)) return false;
        BorderSpec b = (BorderSpec) o;
        return top == b.top
                && left == b.left
                && bottom == b.bottom
                && right == b.right
                && argb == b.argb
                && thickness == b.thickness
                && style == b.style
                && Objects.equals(title, b.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(top, left, bottom, right, style, argb, thickness, title);
    }
}
