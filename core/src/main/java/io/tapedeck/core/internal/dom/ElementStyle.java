package io.tapedeck.core.internal.dom;

import io.tapedeck.core.internal.view.BorderSpec;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;

/** The inline {@code style} of a view's element: what the live component said about itself. */
final class ElementStyle {
    /**
     * The stylesheet gives every element this font and colour (Swing's usual defaults on
     * Linux), so elements that have them leave them out: most of a window's text.
     */
    static final String DEFAULT_FONT = "12px \"DejaVu Sans\", sans-serif";

    static final int DEFAULT_COLOR = 0xFF333333;

    private ElementStyle() {}

    /** Position, size and stacking only (a privacy placeholder shows nothing else). */
    static String bounds(ViewNode v, int zIndex) {
        return appendBounds(new StringBuilder(64), v, zIndex).toString();
    }

    /** A painted view: its box, stacking and opacity (everything else is in its painting). */
    static String painted(ViewNode v, int zIndex) {
        StringBuilder s = appendBounds(new StringBuilder(80), v, zIndex);
        appendOpacity(s, v);
        return s.toString();
    }

    private static void appendOpacity(StringBuilder s, ViewNode v) {
        if (v.opacity() < 1f) s.append(";opacity:").append(Css.trim(Math.max(0f, v.opacity())));
    }

    private static StringBuilder appendBounds(StringBuilder s, ViewNode v, int zIndex) {
        s.append("left:")
                .append(v.x())
                .append("px;top:")
                .append(v.y())
                .append("px;width:")
                .append(v.width())
                .append("px;height:")
                .append(v.height())
                .append("px");
        if (zIndex >= 0) s.append(";z-index:").append(zIndex);
        return s;
    }

    static String of(ViewNode v, int zIndex) {
        StringBuilder s = appendBounds(new StringBuilder(120), v, zIndex);
        ViewKind kind = v.kind();
        boolean paintsBackground = kind == ViewKind.WINDOW
                || v.has(ViewNode.OPAQUE)
                || kind == ViewKind.TEXT_FIELD
                || kind == ViewKind.PASSWORD
                || kind == ViewKind.TEXT_AREA;
        if (paintsBackground && Css.visible(v.background())) {
            s.append(";background-color:").append(Css.color(v.background()));
        }
        if (Css.visible(v.foreground()) && v.foreground() != DEFAULT_COLOR) {
            s.append(";color:").append(Css.color(v.foreground()));
        }
        if (v.font() != null) {
            String font = Css.font(v.font());
            if (!font.equals(DEFAULT_FONT)) s.append(";font:").append(font);
        }
        BorderSpec b = v.border();
        if (b != null && kind != ViewKind.WINDOW) {
            if (b.title() == null) {
                String shadow = Css.borderShadow(b);
                if (shadow != null) s.append(";box-shadow:").append(shadow);
            }
            if (carriesCaption(kind) && (b.top() | b.left() | b.bottom() | b.right()) != 0) {
                s.append(";padding:")
                        .append(b.top())
                        .append("px ")
                        .append(b.right())
                        .append("px ")
                        .append(b.bottom())
                        .append("px ")
                        .append(b.left())
                        .append("px");
            }
        }
        if (carriesCaption(kind)) {
            switch (v.align()) {
                case CENTER:
                    s.append(";justify-content:center");
                    break;
                case RIGHT:
                    s.append(";justify-content:flex-end");
                    break;
                default:
                    if (kind == ViewKind.BUTTON || kind == ViewKind.TOGGLE || kind == ViewKind.TAB) {
                        s.append(";justify-content:flex-start");
                    }
            }
        }
        if (kind == ViewKind.TEXT_FIELD || kind == ViewKind.PASSWORD) {
            if (v.align() == ViewNode.Align.CENTER) s.append(";text-align:center");
            else if (v.align() == ViewNode.Align.RIGHT) s.append(";text-align:right");
        }
        appendOpacity(s, v);
        return s.toString();
    }

    private static boolean carriesCaption(ViewKind kind) {
        switch (kind) {
            case LABEL:
            case BUTTON:
            case TOGGLE:
            case CHECKBOX:
            case RADIO:
            case MENU:
            case COMBO:
            case TAB:
            case CELL:
            case PANEL:
            case TOOLBAR:
            case CUSTOM:
            case TEXT_FIELD:
            case PASSWORD:
            case TEXT_AREA:
                return true;
            default:
                return false;
        }
    }

    /** Position of a scroll bar's thumb from value, extent and maximum. */
    static String thumb(ViewNode v) {
        boolean vertical = v.has(ViewNode.VERTICAL);
        int track = vertical ? v.height() : v.width();
        int max = Math.max(1, v.maximum());
        int length = Math.max(8, (int) ((long) track * Math.max(0, v.extent()) / max));
        int start = (int) ((long) track * Math.max(0, v.value()) / max);
        start = Math.min(start, Math.max(0, track - length));
        return vertical
                ? "left:2px;right:2px;width:auto;top:" + start + "px;height:" + length + "px"
                : "top:2px;bottom:2px;height:auto;left:" + start + "px;width:" + length + "px";
    }

    static String progress(ViewNode v) {
        int max = Math.max(1, v.maximum());
        int pct = (int) Math.round(100.0 * Math.max(0, Math.min(v.value(), max)) / max);
        return "width:" + pct + "%";
    }

    static String knob(ViewNode v) {
        int max = Math.max(1, v.maximum());
        int usable = Math.max(0, v.width() - 11);
        int left = (int) ((long) usable * Math.max(0, Math.min(v.value(), max)) / max);
        return "left:" + left + "px";
    }
}
