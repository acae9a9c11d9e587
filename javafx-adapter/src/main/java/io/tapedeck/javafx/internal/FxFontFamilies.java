package io.tapedeck.javafx.internal;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A JavaFX font as CSS: family, weight, style. JavaFX's logical families ("System",
 * "SansSerif", "Serif", "Monospaced", and any family that is not installed, which falls back
 * to "System") are composites whose first physical font draws Latin text; the browser must be
 * told that family (on Linux usually DejaVu Sans). JavaFX knows it in {@code com.sun.javafx.font}
 * (readable when JavaFX sits on the class path); otherwise it is found by measuring the
 * logical font against the installed usual candidates. A weight or posture in the style name
 * ("System Bold", "Segoe UI Semibold") becomes {@code font-weight}/{@code font-style}.
 * FX-thread cache, one resolution per font name.
 */
final class FxFontFamilies {
    private static final Map<String, String> FAMILIES = new HashMap<>();
    private static final String[] SANS = {
        "DejaVu Sans",
        "Liberation Sans",
        "Noto Sans",
        "Segoe UI",
        "Arial",
        "Tahoma",
        "Lucida Grande",
        "Helvetica",
        "Verdana",
        "Ubuntu",
        "Cantarell",
        "FreeSans"
    };
    private static final String[] SERIF = {
        "DejaVu Serif", "Liberation Serif", "Noto Serif", "Times New Roman", "Times", "FreeSerif"
    };
    private static final String[] MONO = {
        "DejaVu Sans Mono",
        "Liberation Mono",
        "Noto Sans Mono",
        "Courier New",
        "Consolas",
        "Menlo",
        "Monaco",
        "FreeMono"
    };
    private static final String SAMPLE = "HXgaifl0@Wmj";

    private FxFontFamilies() {}

    /** The CSS {@code font-family}: the physical family, quoted, then the generic family. */
    static String family(Font font) {
        String css = FAMILIES.get(font.getName());
        if (css == null) {
            css = resolve(font);
            FAMILIES.put(font.getName(), css);
        }
        return css;
    }

    /** CSS {@code font-weight}, or null for regular. */
    static String weight(Font font) {
        String s = font.getStyle().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (s.contains("extrabold") || s.contains("ultrabold")) return "800";
        if (s.contains("semibold") || s.contains("demibold")) return "600";
        if (s.contains("bold")) return "bold";
        if (s.contains("black") || s.contains("heavy")) return "900";
        if (s.contains("medium")) return "500";
        if (s.contains("extralight") || s.contains("ultralight")) return "200";
        if (s.contains("thin") || s.contains("hairline")) return "100";
        if (s.contains("light")) return "300";
        return null;
    }

    static boolean italic(Font font) {
        String s = font.getStyle().toLowerCase(Locale.ROOT);
        return s.contains("italic") || s.contains("oblique");
    }

    private static String resolve(Font font) {
        String family = font.getFamily();
        String physical = physicalFromJavaFx(font);
        String generic = generic(physical != null ? physical : family);
        if (physical == null && isLogical(family)) physical = physicalByMeasure(font, generic);
        if (physical == null) physical = isLogical(family) ? null : family;
        return physical == null ? generic : quote(physical) + ", " + generic;
    }

    static boolean isLogical(String family) {
        switch (family.toLowerCase(Locale.ROOT)) {
            case "system":
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
        if (f.contains("mono") || f.contains("courier") || f.contains("consol") || f.contains("menlo"))
            return "monospace";
        if (f.equals("serif") || (f.contains("serif") && !f.contains("sans")) || f.contains("times")) return "serif";
        return "sans-serif";
    }

    private static String quote(String family) {
        return "'" + family.replace("'", "").replace("\"", "").replace("\\", "") + "'";
    }

    /**
     * The family of the font resource that draws Latin text: a logical font's first slot, or
     * the resource itself. Null when {@code com.sun.javafx.font} is not accessible (JavaFX on
     * the module path without an export) or the internals changed.
     */
    private static String physicalFromJavaFx(Font font) {
        try {
            Method nativeFont = Font.class.getDeclaredMethod("getNativeFont");
            nativeFont.setAccessible(true);
            Object pgFont = nativeFont.invoke(font);
            if (pgFont == null) return null;
            Object resource = Class.forName("com.sun.javafx.font.PGFont")
                    .getMethod("getFontResource")
                    .invoke(pgFont);
            Class<?> composite = Class.forName("com.sun.javafx.font.CompositeFontResource");
            if (composite.isInstance(resource)) {
                resource = composite.getMethod("getSlotResource", int.class).invoke(resource, 0);
            }
            Object family = Class.forName("com.sun.javafx.font.FontResource")
                    .getMethod("getFamilyName")
                    .invoke(resource);
            return family instanceof String && !((String) family).isEmpty() && !isLogical((String) family)
                    ? (String) family
                    : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The installed candidate that lays out a sample exactly as wide as the logical font, or null. */
    private static String physicalByMeasure(Font font, String generic) {
        double want = width(Font.font(font.getFamily(), 40));
        List<String> installed = Font.getFamilies();
        for (String name : generic.equals("serif") ? SERIF : generic.equals("monospace") ? MONO : SANS) {
            if (!installed.contains(name)) continue;
            if (Math.abs(width(Font.font(name, 40)) - want) < 0.01) return name;
        }
        return null;
    }

    private static double width(Font f) {
        Text t = new Text(SAMPLE);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }
}
