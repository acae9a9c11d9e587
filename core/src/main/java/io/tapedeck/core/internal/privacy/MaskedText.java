package io.tapedeck.core.internal.privacy;

/**
 * Masked text keeps its shape: one {@code *} per character (per code point), while spaces,
 * tabs and line breaks stay where they are, so a masked paragraph wraps and aligns like the
 * original and a replay still shows where text was. What it reveals is the length and word
 * boundaries, never a character.
 */
public final class MaskedText {
    public static final char MASK = '*';

    private MaskedText() {}

    public static String of(String text) {
        if (text == null || text.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            out.append(cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t' ? (char) cp : MASK);
        }
        return out.toString();
    }
}
