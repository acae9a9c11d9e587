package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.FontSpec;
import java.awt.Font;
import java.util.Locale;
import java.util.WeakHashMap;

/**
 * Java fonts as CSS fonts, one cached {@link FontSpec} per {@link Font} (fonts are immutable
 * values with a sound {@code equals}, so a plain weak map is right here). Java's logical
 * families have no CSS meaning, so they become the physical family Java picks on this
 * platform (the common default; asking the font manager would mean internal API), then a
 * generic family. EDT-confined.
 */
final class FontSpecs {
    private static final String SANS = platformSans();
    private final WeakHashMap<Font, FontSpec> cache = new WeakHashMap<>();

    FontSpec of(Font font) {
        if (font == null) return null;
        FontSpec spec = cache.get(font);
        if (spec == null) {
            spec = new FontSpec(cssFamily(font.getFamily()), font.getSize2D(), font.isBold(), font.isItalic());
            cache.put(font, spec);
        }
        return spec;
    }

    static String cssFamily(String family) {
        switch (family) {
            case Font.DIALOG:
            case Font.SANS_SERIF:
                return SANS;
            case Font.SERIF:
                return "serif";
            case Font.MONOSPACED:
            case Font.DIALOG_INPUT:
                return "monospace";
            default:
                return quote(family) + ", " + generic(family);
        }
    }

    private static String generic(String family) {
        String f = family.toLowerCase(Locale.ROOT);
        if (f.contains("mono") || f.contains("courier") || f.contains("consol")) return "monospace";
        if (f.contains("serif") && !f.contains("sans")) return "serif";
        return "sans-serif";
    }

    private static String quote(String family) {
        return "\"" + family.replace("\\", "").replace("\"", "") + "\"";
    }

    private static String platformSans() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) return "Arial, sans-serif";
        if (os.contains("mac")) return "\"Lucida Grande\", sans-serif";
        return "\"DejaVu Sans\", sans-serif";
    }
}
