package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;

/**
 * Test-only: a {@link Drawing} as a standalone SVG document, images inline as data URLs (in the
 * product core renders drawings, with images in a per-session library).
 */
final class SvgDocument {
    private SvgDocument() {}

    static String of(Drawing drawing, int width, int height) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\">");
        for (DrawElement e : drawing.elements()) element(sb, e);
        return sb.append("</svg>").toString();
    }

    /** An HTML page showing the drawing at the top left corner, nothing else. */
    static String page(Drawing drawing, int width, int height) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>html,body{margin:0;padding:0;"
                + "background:#fff;overflow:hidden}svg{display:block}</style></head><body>"
                + of(drawing, width, height) + "</body></html>";
    }

    private static void element(StringBuilder sb, DrawElement e) {
        boolean image = e.role() == DrawElement.Role.IMAGE;
        String tag = image ? "image" : e.tag();
        sb.append('<').append(tag);
        if (image) sb.append(" href=\"").append(e.image().toDataUrl()).append('"');
        for (int i = 0; i < e.attributeCount(); i++) {
            sb.append(' ')
                    .append(e.attributeName(i))
                    .append("=\"")
                    .append(escape(e.attributeValue(i)))
                    .append('"');
        }
        if (image) sb.append(" preserveAspectRatio=\"none\"");
        sb.append('>');
        if (e.text() != null) sb.append(escape(e.text()));
        for (DrawElement c : e.children()) element(sb, c);
        sb.append("</").append(tag).append('>');
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
