package io.tapedeck.swing.internal.paint;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Glyph code to character, per font: text drawn as a {@link GlyphVector} (TextLayout, and all
 * Swing text when Nimbus paints for a {@code PrintGraphics}) must become a {@code <text>} again.
 * Built once per font face from a plain (un-shaped) glyph vector over the common Unicode
 * ranges; glyphs outside them, or ligatures, are not mapped and the caller draws outlines.
 * EDT-confined.
 */
final class GlyphChars {
    private static final int[][] RANGES = {
        {0x20, 0x7E},
        {0xA0, 0x24F},
        {0x370, 0x3FF},
        {0x400, 0x4FF},
        {0x2000, 0x206F},
        {0x20A0, 0x20BF},
        {0x2100, 0x215F},
        {0x2190, 0x21FF},
        {0x2200, 0x22FF},
        {0x2500, 0x25FF},
        {0x2600, 0x26FF},
        {0x2700, 0x27BF},
    };
    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);
    private static final Map<String, Map<Integer, Character>> BY_FACE =
            new LinkedHashMap<String, Map<Integer, Character>>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<Integer, Character>> eldest) {
                    return size() > 32;
                }
            };

    private GlyphChars() {}

    /** The characters of {@code gv}'s glyphs in order, or null when one cannot be mapped. */
    static synchronized String text(GlyphVector gv) {
        Map<Integer, Character> map = of(gv.getFont());
        int n = gv.getNumGlyphs();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            Character c = map.get(gv.getGlyphCode(i));
            if (c == null) return null;
            out[i] = c;
        }
        return new String(out);
    }

    private static Map<Integer, Character> of(Font font) {
        String face = font.getFontName() + '/' + font.getStyle();
        Map<Integer, Character> map = BY_FACE.get(face);
        if (map == null) {
            map = build(font.deriveFont(12f));
            BY_FACE.put(face, map);
        }
        return map;
    }

    private static Map<Integer, Character> build(Font font) {
        int count = 0;
        for (int[] r : RANGES) count += r[1] - r[0] + 1;
        char[] chars = new char[count];
        int k = 0;
        for (int[] r : RANGES) {
            for (int c = r[0]; c <= r[1]; c++) chars[k++] = (char) c;
        }
        int missing = font.getMissingGlyphCode();
        GlyphVector gv = font.createGlyphVector(FRC, chars);
        Map<Integer, Character> map = new HashMap<>(count * 2);
        int[] codes = gv.getGlyphCodes(0, gv.getNumGlyphs(), null);
        for (int i = 0; i < codes.length && i < chars.length; i++) {
            // A composite font puts the slot in the high byte; 0 is "missing", 0xFFFE+ "invisible".
            int glyph = codes[i] & 0xFFFFFF;
            if (codes[i] == missing || glyph == 0 || glyph >= 0xFFFE) continue;
            map.putIfAbsent(codes[i], chars[i]);
        }
        return map;
    }
}
