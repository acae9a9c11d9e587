package io.tapedeck.core.internal.dom;

import io.tapedeck.core.internal.view.BorderSpec;
import io.tapedeck.core.internal.view.FontSpec;

/** Small CSS value formatters. */
final class Css {
    private Css() {}

    /** {@code #rrggbb}, or {@code rgba(...)} when translucent. */
    static String color(int argb) {
        int a = argb >>> 24;
        int rgb = argb & 0xFFFFFF;
        if (a == 255) {
            String hex = Integer.toHexString(rgb | 0x1000000);
            return "#" + hex.substring(1);
        }
        return "rgba(" + ((rgb >> 16) & 255) + "," + ((rgb >> 8) & 255) + "," + (rgb & 255) + "," + trim(a / 255f)
                + ")";
    }

    static boolean visible(int argb) {
        return (argb >>> 24) != 0;
    }

    static String font(FontSpec f) {
        StringBuilder sb = new StringBuilder(48);
        if (f.italic()) sb.append("italic ");
        if (f.bold()) sb.append("bold ");
        sb.append(trim(f.sizePx())).append("px ").append(f.family());
        return sb.toString();
    }

    /** A border drawn as inset shadows, so it never shifts absolutely placed children. */
    static String borderShadow(BorderSpec b) {
        switch (b.style()) {
            case LINE:
                return "inset 0 0 0 " + Math.max(1, b.thickness()) + "px " + color(b.argb());
            case ETCHED:
                return "inset 1px 1px 0 #9aa3ad,inset -1px -1px 0 #9aa3ad,inset 2px 2px 0 #fff";
            case RAISED:
                return "inset 1px 1px 0 #fff,inset -1px -1px 0 #6f6f6f";
            case LOWERED:
                return "inset 1px 1px 0 #6f6f6f,inset -1px -1px 0 #fff";
            case FOCUS:
                return "inset 0 0 0 1px #6382bf";
            default:
                return null;
        }
    }

    static String trim(float v) {
        if (v == (long) v) return Long.toString((long) v);
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        return s.substring(0, end);
    }
}
