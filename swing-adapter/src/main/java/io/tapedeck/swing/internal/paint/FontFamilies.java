package io.tapedeck.swing.internal.paint;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The CSS {@code font-family} for a Java font. Java's logical fonts (Dialog, SansSerif…) are
 * composites whose first physical font is what actually draws Latin text; the browser must be
 * told that family. The JDK knows it in {@code sun.font} (readable when the agent exported the
 * package to us); otherwise the physical family is found by comparing the logical font's
 * measurements with a few usual candidates; the CSS generic family always follows as fallback.
 * EDT-confined cache.
 */
final class FontFamilies {
    private static final Map<String, String> CSS = new HashMap<>();
    private static final String[] SANS = {
        "DejaVu Sans",
        "Liberation Sans",
        "Arial",
        "Noto Sans",
        "Segoe UI",
        "Tahoma",
        "Lucida Grande",
        "Helvetica",
        "Verdana",
        "Ubuntu",
        "Cantarell",
        "FreeSans"
    };
    private static final String[] SERIF = {
        "DejaVu Serif", "Liberation Serif", "Times New Roman", "Noto Serif", "Times", "FreeSerif"
    };
    private static final String[] MONO = {
        "DejaVu Sans Mono",
        "Liberation Mono",
        "Courier New",
        "Noto Sans Mono",
        "Consolas",
        "Menlo",
        "Monaco",
        "FreeMono"
    };
    private static final String SAMPLE = "HXgaifl0@Wmj";
    private static final FontRenderContext PLAIN = new FontRenderContext(null, false, true);

    private FontFamilies() {}

    static synchronized String css(Font font) {
        String key = font.getFamily() + '/' + (font.getStyle() & Font.BOLD);
        String css = CSS.get(key);
        if (css == null) {
            css = resolve(font);
            CSS.put(key, css);
        }
        return css;
    }

    private static String resolve(Font font) {
        String family = font.getFamily();
        String logical = font.getFamily(Locale.ROOT);
        String generic = generic(logical);
        if (isLogical(logical)) {
            String physical = physicalFromJdk(font);
            if (physical == null) physical = physicalByMeasure(font, generic);
            return physical == null ? generic : quote(physical) + ", " + generic;
        }
        return quote(family) + ", " + generic;
    }

    static boolean isLogical(String family) {
        switch (family.toLowerCase(Locale.ROOT)) {
            case "dialog":
            case "dialoginput":
            case "sansserif":
            case "serif":
            case "monospaced":
                return true;
            default:
                return false;
        }
    }

    private static String generic(String family) {
        String f = family.toLowerCase(Locale.ROOT);
        if (f.equals("monospaced")
                || f.equals("dialoginput")
                || f.contains("mono")
                || f.contains("courier")
                || f.contains("consol")) {
            return "monospace";
        }
        if (f.equals("serif") || (f.contains("serif") && !f.contains("sans")) || f.contains("times")) return "serif";
        return "sans-serif";
    }

    private static String quote(String family) {
        String clean = family.replace("'", "").replace("\"", "").replace("\\", "");
        return "'" + clean + "'";
    }

    /** {@code FontUtilities.getFont2D(font)}, first slot of a composite, its family; or null. */
    private static String physicalFromJdk(Font font) {
        try {
            Class<?> utilities = Class.forName("sun.font.FontUtilities");
            if (!utilities.getModule().isExported("sun.font", FontFamilies.class.getModule())) return null;
            Object font2d = utilities.getMethod("getFont2D", Font.class).invoke(null, font);
            Class<?> composite = Class.forName("sun.font.CompositeFont");
            if (composite.isInstance(font2d)) {
                font2d = composite.getMethod("getSlotFont", int.class).invoke(font2d, 0);
            }
            Method name = Class.forName("sun.font.Font2D").getMethod("getFamilyName", Locale.class);
            Object family = name.invoke(font2d, Locale.ENGLISH);
            return family instanceof String && !((String) family).isEmpty() ? (String) family : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The candidate whose glyphs measure exactly like the logical font's, or null. */
    private static String physicalByMeasure(Font font, String generic) {
        Font probe = font.deriveFont(font.getStyle(), 40f);
        Rectangle2D want = probe.createGlyphVector(PLAIN, SAMPLE).getVisualBounds();
        double wantAdvance = probe.getStringBounds(SAMPLE, PLAIN).getWidth();
        String[] candidates = generic.equals("serif") ? SERIF : generic.equals("monospace") ? MONO : SANS;
        for (String name : candidates) {
            Font candidate = new Font(name, font.getStyle(), 40);
            if (!candidate.getFamily(Locale.ROOT).equalsIgnoreCase(name)) continue; // not installed
            Rectangle2D got = candidate.createGlyphVector(PLAIN, SAMPLE).getVisualBounds();
            double advance = candidate.getStringBounds(SAMPLE, PLAIN).getWidth();
            if (Math.abs(advance - wantAdvance) < 0.01
                    && Math.abs(got.getX() - want.getX()) < 0.01
                    && Math.abs(got.getWidth() - want.getWidth()) < 0.01
                    && Math.abs(got.getHeight() - want.getHeight()) < 0.01) {
                return name;
            }
        }
        return null;
    }
}
