package io.tapedeck.core.internal.view;

/** Text as a document may hold it, for drawings' SVG text. */
public final class DocumentText {
    private DocumentText() {}

    /**
     * {@code s} with control characters (a tab), non-characters and lone surrogates, none valid
     * in an XML document, replaced by spaces: the replayer would otherwise drop the whole drawing.
     * One space each, so positions measured per character still line up.
     */
    public static String of(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20
                    || (c >= 0x7F && c < 0xA0)
                    || c == 0xFFFE
                    || c == 0xFFFF
                    || (Character.isHighSurrogate(c)
                            && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? s : new String(chars);
    }
}
